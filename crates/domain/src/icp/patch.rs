//! Context patches (PATCH /sourcing/{id} `query`): small natural-language edits of an ICP such
//! as "also consider Go developers", "exclude consultants", "only Berlin", "more senior",
//! "remote ok", "must know Terraform".

use super::builder::{MAX_SYNONYMS, requirement};
use super::location;
use super::text::{norm, padded, push_unique, singular, tokens};
use super::{Icp, SkillRequirement};
use crate::taxonomy::{Seniority, Taxonomy, WorkMode};

/// Applies a context patch to `icp` and re-renders its boolean query; unknown text is recorded
/// but changes nothing else.
pub fn apply_patch(icp: &mut Icp, patch: &str, taxonomy: &Taxonomy) {
    let patch = patch.trim();
    if patch.is_empty() {
        return;
    }
    // "in Valencia, Spain": the patch settles an ambiguous place (its clauses would split it)
    let picked = location::pick_alternative(&mut icp.location, patch, taxonomy);
    for clause in clauses(patch) {
        if picked && names_only_a_place(&clause, taxonomy) {
            continue;
        }
        apply_clause(icp, &clause, taxonomy);
    }
    icp.patches.push(patch.to_owned());
    icp.refresh_boolean_query();
}

/// Whether a clause is only a place ("in Valencia", "Spain"), once a patch has picked one.
fn names_only_a_place(clause: &str, taxonomy: &Taxonomy) -> bool {
    let c = clause.trim();
    let c = c
        .strip_prefix("in ")
        .or_else(|| c.strip_prefix("In "))
        .unwrap_or(c);
    taxonomy.locations().resolve(c).is_some()
}

/// Splits a patch into clauses on punctuation and "and"/"but".
fn clauses(patch: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in patch.split([',', ';', '.', '\n']) {
        let mut rest = part.trim().to_owned();
        loop {
            let lower = rest.to_lowercase();
            let cut = [" and ", " but ", " und "]
                .iter()
                .filter_map(|sep| lower.find(sep).map(|i| (i, sep.len())))
                .min();
            match cut {
                // keep "and" inside skill lists of the same clause type: split only before a verb
                Some((i, len)) if starts_clause(&lower[i + len..]) => {
                    out.push(rest[..i].trim().to_owned());
                    rest = rest[i + len..].trim().to_owned();
                }
                _ => break,
            }
        }
        if !rest.is_empty() {
            out.push(rest);
        }
    }
    out
}

fn starts_clause(s: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("");
    matches!(
        first,
        "also"
            | "exclude"
            | "no"
            | "only"
            | "more"
            | "less"
            | "remote"
            | "must"
            | "require"
            | "include"
            | "consider"
            | "prefer"
            | "nice"
            | "at"
            | "without"
            | "avoid"
            | "not"
    )
}

/// One clause of a patch, normalised once for the tests below.
struct Clause<'a> {
    /// The clause as written.
    raw: &'a str,
    /// Normalised.
    n: String,
    /// Normalised and padded with a space each side.
    p: String,
}

impl<'a> Clause<'a> {
    /// Normalises `raw`.
    fn new(raw: &'a str) -> Self {
        let n = norm(raw);
        let p = format!(" {n} ");
        Clause { raw, n, p }
    }

    /// Whether the clause has the words `w`.
    fn has(&self, w: &str) -> bool {
        self.p.contains(&format!(" {w} "))
    }

    /// The first normalised word.
    fn first(&self) -> &str {
        self.n.split(' ').next().unwrap_or("")
    }

    /// The original-case rest of the clause after the first of `words` it starts with.
    fn rest_after(&self, words: &[&str]) -> Option<String> {
        for w in words {
            if let Some(r) = self.p.strip_prefix(&format!(" {w} ")) {
                return Some(clause_tail(self.raw, r));
            }
        }
        None
    }

    /// Whether the clause opens the search to remote candidates ("remote ok").
    fn allows_remote(&self) -> bool {
        self.has("remote ok")
            || self.has("remote is ok")
            || self.has("remote is fine")
            || self.has("open to remote")
            || self.has("remote allowed")
            || self.has("remote welcome")
            || self.n == "remote"
    }
}

/// Applies one clause of a patch: the first kind of edit it reads as wins.
fn apply_clause(icp: &mut Icp, clause: &str, taxonomy: &Taxonomy) {
    let c = Clause::new(clause);
    if c.allows_remote() {
        allow_remote(icp, clause);
        return;
    }
    if c.has("more senior") || c.has("senior") && c.first() == "more" {
        raise_seniority(icp, true);
        return;
    }
    if c.has("more junior") || c.has("less senior") {
        raise_seniority(icp, false);
        return;
    }
    if let Some(years) = super::years::min_years(clause)
        && (c.has("year") || c.has("years"))
    {
        icp.min_years = Some(years);
        return;
    }
    if let Some(place) = c
        .rest_after(&["only in", "only", "based in", "must be in", "located in"])
        .or_else(|| {
            c.n.strip_suffix(" only")
                .map(|s| clause_tail(clause, &format!("{s} ")))
        })
        && location::restrict(&mut icp.location, &place, taxonomy)
    {
        return;
    }
    if let Some(what) =
        c.rest_after(&["exclude", "no", "without", "avoid", "not", "drop", "remove"])
    {
        for word in negative_terms(&what) {
            push_unique(&mut icp.negative_keywords, word);
        }
        return;
    }
    if let Some(what) = c.rest_after(&[
        "must know",
        "must have",
        "must",
        "require",
        "requires",
        "required",
        "needs",
    ]) {
        for name in skill_names(&what, taxonomy) {
            promote(icp, &name, taxonomy);
        }
        return;
    }
    if let Some(what) = c.rest_after(&[
        "also consider",
        "consider",
        "include",
        "also include",
        "open to",
        "also",
        "add",
        "nice to have",
        "prefer",
        "bonus",
    ]) {
        consider(icp, &what, taxonomy);
    }
}

/// Opens the search to remote candidates, adding a location target for it if there is none.
fn allow_remote(icp: &mut Icp, clause: &str) {
    let loc = icp.location.get_or_insert_with(|| super::LocationTarget {
        raw: clause.to_owned(),
        city: None,
        region: None,
        country: None,
        country_code: None,
        variants: Vec::new(),
        work_mode: None,
        remote_countries: Vec::new(),
        region_countries: Vec::new(),
        alternatives: Vec::new(),
        city_only: false,
        radius_km: super::DEFAULT_NEARBY_RADIUS_KM,
    });
    loc.work_mode = Some(WorkMode::Remote);
    loc.city_only = false;
}

/// "also consider Go developers": the skills named become nice-to-haves (and, for people,
/// title synonyms); with no skill named, a title named becomes a synonym.
fn consider(icp: &mut Icp, what: &str, taxonomy: &Taxonomy) {
    let names = skill_names(what, taxonomy);
    let people = [
        "developer",
        "developers",
        "engineer",
        "engineers",
        "devs",
        "dev",
        "programmers",
    ]
    .iter()
    .any(|w| padded(what).contains(&format!(" {w} ")));
    for name in &names {
        add_nice(icp, name, taxonomy);
        if people && icp.title_synonyms.len() < MAX_SYNONYMS + 2 {
            push_unique(&mut icp.title_synonyms, format!("{name} Developer"));
            push_unique(&mut icp.title_synonyms, format!("{name} Engineer"));
        }
    }
    if names.is_empty() {
        // "also consider platform engineers": a title
        if let Some(e) = taxonomy.titles().find_in_text(what).into_iter().next() {
            push_unique(&mut icp.title_synonyms, e.canonical.clone());
        }
    }
}

/// The original-case text of the clause after a prefix (given the normalised remainder).
fn clause_tail(clause: &str, rest_norm: &str) -> String {
    let words = rest_norm.split_whitespace().count();
    let all: Vec<&str> = clause.split_whitespace().collect();
    all[all.len().saturating_sub(words)..].join(" ")
}

/// Negative keywords named in an exclusion ("consultants and agencies" → consultant, agency).
fn negative_terms(what: &str) -> Vec<String> {
    let words: Vec<String> = tokens(what)
        .into_iter()
        .filter(|w| {
            !matches!(
                w.as_str(),
                "and"
                    | "or"
                    | "the"
                    | "any"
                    | "all"
                    | "please"
                    | "profiles"
                    | "people"
                    | "candidates"
            )
        })
        .map(|w| singular(&w))
        .map(|w| {
            if w == "agencie" {
                "agency".to_owned()
            } else {
                w
            }
        })
        .collect();
    if words.len() <= 2 && !what.contains(" and ") && !what.contains(" or ") {
        return vec![words.join(" ")]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
    }
    words
}

/// Skills named in free text (case-insensitive for patches: "go" counts as Go here).
fn skill_names(what: &str, taxonomy: &Taxonomy) -> Vec<String> {
    let mut out: Vec<String> = taxonomy
        .skills()
        .find_in_text(what)
        .into_iter()
        .map(|s| s.canonical.clone())
        .collect();
    for w in what.split(|c: char| c.is_whitespace() || c == ',') {
        if let Some(e) = taxonomy.skills().canonical(w) {
            push_unique(&mut out, e.canonical.clone());
        }
    }
    out
}

fn position(list: &[SkillRequirement], name: &str) -> Option<usize> {
    list.iter().position(|s| norm(&s.name) == norm(name))
}

/// Makes `name` a must-have (moving it from the nice-to-haves if there).
fn promote(icp: &mut Icp, name: &str, taxonomy: &Taxonomy) {
    if position(&icp.must_have_skills, name).is_some() {
        return;
    }
    let req = match position(&icp.nice_to_have_skills, name) {
        Some(i) => icp.nice_to_have_skills.remove(i),
        None => requirement(name, taxonomy),
    };
    icp.must_have_skills.push(req);
}

/// Adds `name` as a nice-to-have unless already wanted.
fn add_nice(icp: &mut Icp, name: &str, taxonomy: &Taxonomy) {
    if position(&icp.must_have_skills, name).is_none()
        && position(&icp.nice_to_have_skills, name).is_none()
    {
        icp.nice_to_have_skills.push(requirement(name, taxonomy));
    }
}

/// One level up (or down) the IC ladder, with the matching minimum years.
fn raise_seniority(icp: &mut Icp, up: bool) {
    use Seniority::{Intern, Junior, Mid, Principal, Senior, Staff};
    let current = icp.seniority.unwrap_or(Mid);
    let next = if up {
        match current {
            Intern => Junior,
            Junior => Mid,
            Mid => Senior,
            Senior => Staff,
            Staff | Principal => Principal,
            other => other,
        }
    } else {
        match current {
            Principal => Staff,
            Staff => Senior,
            Senior => Mid,
            Mid | Junior => Junior,
            other => other,
        }
    };
    icp.seniority = Some(next);
    let years = icp.min_years.unwrap_or(0);
    icp.min_years = Some(if up {
        (years + 2).max(next.min_years())
    } else {
        years.saturating_sub(2).min(next.min_years().max(1))
    });
}
