//! Matching: scores a profile against an [`Icp`] with a per-criterion breakdown and
//! explanations specific to the person and the ad, and ranks profiles.
//!
//! Absent data never scores as agreement: an empty profile earns (almost) nothing. See
//! [`score`] for the weights.

mod analysis;
mod duration;
mod evidence;
mod explain;
pub(crate) mod head_word;
pub mod meaning;
mod prepared;
pub mod score;
pub(crate) mod specialty;

use chrono::NaiveDate;

use crate::icp::{Icp, SkillRequirement};
use crate::ports as meaning_port;
use crate::ports::SearchHit;
use crate::profile::Profile;
use crate::taxonomy::Taxonomy;
use analysis::ForOneIcp;
use evidence::{Evidence, TextMemo};
use meaning::AdMeaning;
use prepared::PreparedIcp;
use score::{LocationMatch, TitleMatch};

pub use analysis::ProfileAnalysis;
pub use duration::duration;

/// A profile to score, with the people index's analysis of it when the index made one.
pub trait ToScore {
    /// The profile.
    fn profile(&self) -> &Profile;
    /// Its analysis ([`ProfileAnalysis::of`]), if at hand.
    fn analysis(&self) -> Option<&ProfileAnalysis<'_>>;
}

impl ToScore for Profile {
    fn profile(&self) -> &Profile {
        self
    }

    fn analysis(&self) -> Option<&ProfileAnalysis<'_>> {
        None
    }
}

impl ToScore for SearchHit {
    fn profile(&self) -> &Profile {
        &self.profile
    }

    fn analysis(&self) -> Option<&ProfileAnalysis<'_>> {
        self.analysis.as_deref()
    }
}

/// The outcome of matching one profile against an ICP.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchResult {
    /// Overall fit, 0–100 (the sum of the breakdown, clamped).
    pub score: u8,
    /// Points per criterion, so clients can see why.
    pub breakdown: ScoreBreakdown,
    /// One or two sentences on why, naming this person's facts.
    pub rationale: String,
    /// What fits.
    pub fit_points: Vec<String>,
    /// What does not fit or is unknown.
    pub red_flags: Vec<String>,
    /// Per position: how relevant it is to the ad.
    pub detailed_rationale: Vec<RationaleEntry>,
    /// Per position: role, company, duration and highlights.
    pub detailed_experience: Vec<ExperienceEntry>,
    /// ICP skills the profile shows (must-haves first).
    pub matched_skills: Vec<String>,
    /// ICP skills the profile does not show (must-haves first).
    pub missing_skills: Vec<String>,
    /// Neither the title nor most of the role's skills fit: a keyword coincidence (a zookeeper
    /// whose skills say "Pflege" for a nurse ad), never delivered whatever the score.
    pub off_role: bool,
}

/// Integer points per criterion; `negatives` is ≤ 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ScoreBreakdown {
    /// Must-have (40) and nice-to-have (10) skills.
    pub skills: i32,
    /// Title match (25).
    pub title: i32,
    /// Years and level (15).
    pub seniority: i32,
    /// Location (10).
    pub location: i32,
    /// Closeness in meaning to the ad (5), by the text model; 0 without one.
    pub meaning: i32,
    /// Excluded keywords, stale role, job-hopping (down to −40).
    pub negatives: i32,
}

impl ScoreBreakdown {
    /// The overall score: the sum clamped to 0–100.
    #[must_use]
    pub fn total(&self) -> u8 {
        let sum = self.skills
            + self.title
            + self.seniority
            + self.location
            + self.meaning
            + self.negatives;
        sum.clamp(0, 100) as u8
    }
}

/// How one position relates to the ad.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RationaleEntry {
    /// Title held.
    pub title: String,
    /// Employer.
    pub company: String,
    /// "2 yrs 3 mos" (empty when the dates are unknown).
    pub duration: String,
    /// Why this position matters (or not) for the ad.
    pub relevance_explanation: String,
}

/// One position, as shown to the recruiter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExperienceEntry {
    /// Title held.
    pub role: String,
    /// Employer.
    pub company: String,
    /// "2 yrs 3 mos" (empty when the dates are unknown).
    pub duration: String,
    /// Achievements and duties.
    pub highlights: Vec<String>,
}

/// Scores `profile` against `icp` as of `today`, with the bundled taxonomy.
#[must_use]
pub fn score_profile(icp: &Icp, profile: &Profile, today: NaiveDate) -> MatchResult {
    score_with(icp, profile, today, Taxonomy::bundled())
}

/// Whether a place-bound ad's location filter rules the profile out: its country is known and
/// is not one the ad allows (such profiles are never delivered, whatever their score).
#[must_use]
pub fn outside_allowed_countries(icp: &Icp, profile: &Profile, taxonomy: &Taxonomy) -> bool {
    score::outside_allowed_countries(icp, profile, taxonomy)
}

/// Scores with an explicit taxonomy (tests, custom data). To score many profiles against one
/// ICP, use a [`Scorer`]: it prepares the ICP once and explains only what you ask it to.
#[must_use]
pub fn score_with(
    icp: &Icp,
    profile: &Profile,
    today: NaiveDate,
    taxonomy: &Taxonomy,
) -> MatchResult {
    let scorer = Scorer::new(icp, today, taxonomy);
    let scored = scorer.score(profile);
    scorer.explain(profile, &scored)
}

/// Scores many profiles against one ICP: what depends only on the ICP and the taxonomy is
/// worked out once, and the explanations (most of a match's text) are written only for the
/// profiles that are delivered ([`Scorer::explain`]).
pub struct Scorer<'a> {
    icp: &'a Icp,
    meaning: Option<&'a AdMeaning<'a>>,
    prep: PreparedIcp<'a>,
    today: NaiveDate,
    taxonomy: &'a Taxonomy,
    memo: TextMemo<'a>,
}

/// One profile's score and the facts behind it, before any explanation is written.
pub struct Scored {
    /// Overall fit, 0–100 (the sum of the breakdown, clamped).
    pub score: u8,
    /// Points per criterion.
    pub breakdown: ScoreBreakdown,
    /// Neither the title nor most of the role's skills fit: never delivered, whatever the score.
    pub off_role: bool,
    /// The ad's location filter rules the profile out ([`outside_allowed_countries`]).
    pub outside_allowed_countries: bool,
    /// The title shares the ad's occupation but the candidate's own evidence places them in
    /// another specialty ("Profesora de Educación Física" for a physics post): never delivered.
    pub homonym: bool,
    /// The current title, placed by the text model, is clearly another field's (an
    /// "Account Manager" for an accountant ad): never delivered.
    pub other_field: bool,
    ev: Evidence,
    title: TitleMatch,
    location: LocationMatch,
    /// Per must-have: the option shown (0 = the skill, then its alternatives), if any.
    must: Vec<Option<usize>>,
    /// Per nice-to-have: the option shown, if any.
    nice: Vec<Option<usize>>,
}

impl std::fmt::Debug for Scorer<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scorer")
            .field("canonical_title", &self.icp.canonical_title)
            .field("today", &self.today)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Scored {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Scored")
            .field("score", &self.score)
            .field("breakdown", &self.breakdown)
            .field("off_role", &self.off_role)
            .field("homonym", &self.homonym)
            .field("other_field", &self.other_field)
            .field("outside_allowed_countries", &self.outside_allowed_countries)
            .finish_non_exhaustive()
    }
}

impl<'a> Scorer<'a> {
    /// Prepares `icp` for scoring as of `today` with `taxonomy`.
    #[must_use]
    pub fn new(icp: &'a Icp, today: NaiveDate, taxonomy: &'a Taxonomy) -> Self {
        Scorer {
            icp,
            meaning: None,
            prep: PreparedIcp::new(icp, taxonomy),
            today,
            taxonomy,
            memo: TextMemo::default(),
        }
    }

    /// Adds meaning (a text model's view of the ad) to the score, as its uses say; ignored when
    /// made for another taxonomy.
    #[must_use]
    pub fn with_meaning(mut self, meaning: Option<&'a AdMeaning<'a>>) -> Self {
        self.meaning = meaning.filter(|m| m.made_for(self.taxonomy));
        self
    }

    /// Scores `profile`: the score, its breakdown and whether it is off the role. The profile
    /// is analysed for this ICP on the spot; see [`Scorer::score_analyzed`].
    #[must_use]
    pub fn score(&self, profile: &Profile) -> Scored {
        let for_icp = ForOneIcp {
            prep: &self.prep,
            now: duration::month_of(self.today),
            memo: &self.memo,
        };
        let analysis = ProfileAnalysis::build(profile, self.taxonomy, Some(&for_icp));
        self.score_with_analysis(profile, &analysis)
    }

    /// Scores `profile` with its analysis — `analysis` MUST be [`ProfileAnalysis::of`] that
    /// profile — as [`Scorer::score`] would, without reading its texts again. An analysis
    /// made with another taxonomy than the scorer's is ignored.
    #[must_use]
    pub fn score_analyzed(&self, profile: &Profile, analysis: &ProfileAnalysis<'_>) -> Scored {
        if std::ptr::eq(analysis.taxonomy, self.taxonomy) {
            self.score_with_analysis(profile, analysis)
        } else {
            self.score(profile)
        }
    }

    /// Scores a profile with its analysis when it has one.
    fn score_item(&self, item: &impl ToScore) -> Scored {
        match item.analysis() {
            Some(analysis) => self.score_analyzed(item.profile(), analysis),
            None => self.score(item.profile()),
        }
    }

    fn score_with_analysis(&self, profile: &Profile, analysis: &ProfileAnalysis<'_>) -> Scored {
        let (icp, taxonomy) = (self.icp, self.taxonomy);
        let ev = Evidence::gather(
            &self.prep, profile, analysis, self.today, taxonomy, &self.memo,
        );
        let must: Vec<Option<usize>> = self.prep.must.iter().map(|o| ev.held(o)).collect();
        let nice: Vec<Option<usize>> = self.prep.nice.iter().map(|o| ev.held(o)).collect();
        let matched_must = must.iter().flatten().count();
        let matched_nice = nice.iter().flatten().count();
        let share = |k: usize, n: usize| if n == 0 { 0.0 } else { k as f32 / n as f32 };
        let (must_w, nice_w) = if icp.must_have_skills.is_empty() {
            (0.0, score::MUST_WEIGHT + score::NICE_WEIGHT)
        } else {
            (score::MUST_WEIGHT, score::NICE_WEIGHT)
        };
        let skills = (must_w * share(matched_must, icp.must_have_skills.len())).round() as i32
            + (nice_w * share(matched_nice, icp.nice_to_have_skills.len())).round() as i32;
        let skills_fit =
            !icp.must_have_skills.is_empty() && matched_must * 2 >= icp.must_have_skills.len();
        let (have, of) = if icp.must_have_skills.is_empty() {
            (matched_nice, icp.nice_to_have_skills.len())
        } else {
            (matched_must, icp.must_have_skills.len())
        };
        let meaning = self.meaning;
        let vector = meaning
            .filter(|m| m.uses().title || m.uses().score)
            .map(|m| m.profile_vector(profile));
        let words = score::title_match(&self.prep, profile, &ev, analysis, skills_fit);
        let fit = RoleFit {
            skills_fit,
            have,
            vector: vector.as_ref(),
        };
        let title = self.by_meaning(words, profile, analysis, &ev, &fit);
        let role = profile.current_role.as_deref().unwrap_or("").trim();
        let names_role = matches!(title, TitleMatch::Current(_) | TitleMatch::Headline);
        // the place is resolved at most once, and only if needed
        let place = std::cell::OnceCell::new();
        let place = || *place.get_or_init(|| analysis.place(profile));
        let location = score::location_match(icp, &self.prep, profile, place);
        let breakdown = ScoreBreakdown {
            skills,
            title: title.points(),
            seniority: score::seniority_points(icp, &ev),
            location: score::location_points(icp, &location),
            meaning: match meaning.filter(|m| m.uses().score) {
                None => 0,
                // the words already say it: the model adds nothing and, reading some languages
                // poorly, must not take anything away
                Some(_) if names_role => meaning::MEANING_WEIGHT,
                Some(m) => vector.as_ref().map_or(0, |v| m.points(v)),
            },
            negatives: score::penalty(&ev),
        };
        let off_role = off_role(icp, &ev, &title, have, of);
        let homonym = self.homonym(profile, &title);
        let other_field = !names_role
            && !role.is_empty()
            && meaning.is_some_and(|m| m.uses().guard && m.other_field(role));
        Scored {
            score: breakdown.total(),
            breakdown,
            off_role,
            homonym,
            other_field,
            outside_allowed_countries: score::outside_allowed_countries_at(icp, profile, place),
            ev,
            title,
            location,
            must,
            nice,
        }
    }

    /// A title of the ad's occupation whose own specialty is another (a neighbouring title the
    /// taxonomy lists in the occupation, "BI Analyst" for a data-analyst ad, is no homonym).
    fn homonym(&self, profile: &Profile, title: &TitleMatch) -> bool {
        self.prep.specialty.as_ref().is_some_and(|sp| {
            matches!(
                title,
                TitleMatch::Current(_)
                    | TitleMatch::Headline
                    | TitleMatch::Past(_)
                    | TitleMatch::HeadWord(_)
                    | TitleMatch::Meaning(..)
            ) && !sp.fits(
                profile,
                matches!(
                    title,
                    TitleMatch::Current(_) | TitleMatch::HeadWord(_) | TitleMatch::Meaning(..)
                ),
            )
        })
    }

    /// The title match by words, upgraded by meaning where the words found none: a title no
    /// list names that means the role, else a profile that means the job as a whole.
    fn by_meaning(
        &self,
        words: TitleMatch,
        profile: &Profile,
        analysis: &ProfileAnalysis<'_>,
        ev: &Evidence,
        fit: &RoleFit<'_>,
    ) -> TitleMatch {
        let Some(m) = self.meaning.filter(|m| m.uses().title) else {
            return words;
        };
        let role = profile.current_role.as_deref().unwrap_or("").trim();
        if !matches!(words, TitleMatch::None | TitleMatch::Past(_)) || ev.role_negative {
            return words;
        }
        if fit.skills_fit
            && !role.is_empty()
            && analysis.role_entry.is_none()
            && let Some(near) = m.names_role(role)
        {
            return TitleMatch::Meaning(role.to_owned(), (near * 100.0).round() as u8);
        }
        if let Some(v) = fit.vector
            // the model alone is no evidence: at least one of the skills that define the role
            && fit.have > 0
            && !self.prep.names_another_job(analysis)
            && !score::executive_elsewhere(self.icp, ev)
            && let Some(close) = m.means_the_job(v)
        {
            return TitleMatch::MeaningProfile(close);
        }
        words
    }

    /// Scores every profile (with its analysis when it has one), keeps those `keep` accepts,
    /// best first (ties by profile id, so the order is stable), at most `limit`, and explains
    /// only those: `(index in profiles, match)`.
    pub fn shortlist<P: ToScore>(
        &self,
        profiles: &[P],
        limit: usize,
        mut keep: impl FnMut(&Profile, &Scored) -> bool,
    ) -> Vec<(usize, MatchResult)> {
        let id = |i: usize| profiles[i].profile().profile_id.as_str();
        let mut kept: Vec<(usize, Scored)> = profiles
            .iter()
            .enumerate()
            .map(|(i, p)| (i, self.score_item(p)))
            .filter(|(i, s)| keep(profiles[*i].profile(), s))
            .collect();
        kept.sort_by(|a, b| b.1.score.cmp(&a.1.score).then_with(|| id(a.0).cmp(id(b.0))));
        kept.truncate(limit);
        kept.into_iter()
            .map(|(i, s)| (i, self.explain(profiles[i].profile(), &s)))
            .collect()
    }

    /// The whole match of `profile` — `scored` MUST be this scorer's score of that profile —
    /// with its rationale, fit points, red flags and per-position notes.
    #[must_use]
    pub fn explain(&self, profile: &Profile, scored: &Scored) -> MatchResult {
        let names = |list: &[SkillRequirement], held: &[Option<usize>]| {
            let mut matched = Vec::new();
            let mut missing = Vec::new();
            for (s, h) in list.iter().zip(held) {
                match h.and_then(|k| s.options().nth(k)) {
                    Some(option) => matched.push(option.name.clone()),
                    None => missing.push(s.label()),
                }
            }
            (matched, missing)
        };
        let (matched_must, missing_must) = names(&self.icp.must_have_skills, &scored.must);
        let (matched_nice, missing_nice) = names(&self.icp.nice_to_have_skills, &scored.nice);
        let meaning_words = match self.meaning {
            Some(m)
                if scored.breakdown.meaning > 0
                    && !matches!(scored.title, TitleMatch::Current(_) | TitleMatch::Headline) =>
            {
                m.closest_words(profile)
            }
            _ => Vec::new(),
        };
        let facts = explain::Facts {
            icp: self.icp,
            prep: &self.prep,
            profile,
            ev: &scored.ev,
            title: &scored.title,
            location: &scored.location,
            matched_must: &matched_must,
            matched_nice: &matched_nice,
            missing_must: &missing_must,
            today: self.today,
            taxonomy: self.taxonomy,
            meaning_words: &meaning_words,
        };
        let mut missing = missing_must.clone();
        missing.extend(missing_nice);
        let mut matched = matched_must.clone();
        matched.extend(matched_nice.iter().cloned());
        MatchResult {
            score: scored.score,
            breakdown: scored.breakdown,
            rationale: explain::rationale(&facts),
            fit_points: explain::fit_points(&facts),
            red_flags: explain::red_flags(&facts),
            detailed_rationale: explain::per_position(&facts),
            detailed_experience: explain::experience(profile, self.today),
            matched_skills: matched,
            missing_skills: missing,
            off_role: scored.off_role,
        }
    }
}

/// What the skills say of a profile's fit to the role, for the title by meaning.
struct RoleFit<'v> {
    /// At least half the must-haves.
    skills_fit: bool,
    /// How many of the skills that define the role it shows.
    have: usize,
    /// Its vector, when a model is at hand.
    vector: Option<&'v meaning_port::Embedding>,
}

/// Off the role: no title match and fewer than two thirds (rounded up, two at least) of the
/// `of` skills that define the role (`have` shown); a past role or a neighbouring occupation
/// needs at least one of those skills; an executive now is elsewhere.
fn off_role(icp: &Icp, ev: &Evidence, title: &TitleMatch, have: usize, of: usize) -> bool {
    match title {
        TitleMatch::None => {
            of == 0 || have < (of * 2).div_ceil(3).max(2) || score::executive_elsewhere(icp, ev)
        }
        TitleMatch::Past(_) => (of > 0 && have == 0) || score::executive_elsewhere(icp, ev),
        // a neighbouring occupation (a full-stack engineer for a data ad) needs the ad's skills
        TitleMatch::SameOccupation(_) | TitleMatch::Meaning(..) | TitleMatch::MeaningProfile(_) => {
            of > 0 && have == 0
        }
        TitleMatch::Current(_)
        | TitleMatch::Generic(_)
        | TitleMatch::HeadWord(_)
        | TitleMatch::Headline => false,
    }
}

/// Scores every profile and sorts best first (ties by profile id, so the order is stable).
#[must_use]
pub fn rank(icp: &Icp, profiles: Vec<Profile>, today: NaiveDate) -> Vec<(Profile, MatchResult)> {
    let scorer = Scorer::new(icp, today, Taxonomy::bundled());
    let mut scored: Vec<(Profile, MatchResult)> = profiles
        .into_iter()
        .map(|p| {
            let m = scorer.explain(&p, &scorer.score(&p));
            (p, m)
        })
        .collect();
    scored.sort_by(|a, b| {
        b.1.score
            .cmp(&a.1.score)
            .then_with(|| a.0.profile_id.cmp(&b.0.profile_id))
    });
    scored
}
