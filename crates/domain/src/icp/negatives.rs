//! Negative keywords: stated exclusions ("no agencies", "not a management role") and the
//! defaults a sourcer would add (no interns or students for experienced roles, no recruiters
//! unless the role is in recruiting).

use super::text::{contains_norm, padded, push_unique, singular, tokens};

/// Words that turn a noun into a title word for exclusion ("management" → "manager").
const NOUN_TO_TITLE: &[(&str, &str)] = &[
    ("management", "manager"),
    ("consulting", "consultant"),
    ("agency", "agency"),
    ("agencie", "agency"),
    ("recruiting", "recruiter"),
    ("recruitment", "recruiter"),
    ("freelance", "freelancer"),
    ("sales", "sales"),
    ("support", "support"),
    ("leadership", "manager"),
    ("people management", "manager"),
    ("agentur", "agency"),
    ("agenturen", "agency"),
    ("personalvermittler", "recruiter"),
    ("personalvermittlung", "recruiter"),
    ("berater", "consultant"),
];

/// Default exclusions for experienced roles.
pub(crate) const JUNIOR_NEGATIVES: &[&str] =
    &["intern", "internship", "student", "trainee", "werkstudent"];
/// Default exclusions unless the role is in recruiting.
pub(crate) const RECRUITER_NEGATIVES: &[&str] =
    &["recruiter", "talent acquisition", "sourcer", "headhunter"];

/// Recruiter titles in other languages, added when the ad shows two of the language's markers.
pub(crate) const LOCAL_RECRUITER_NEGATIVES: &[(&[&str], &[&str])] = &[
    (
        &[
            "und", "wir", "sie", "du", "mit", "fur", "m w d", "ihre", "deine",
        ],
        &[
            "personalvermittler",
            "personalvermittlerin",
            "personalberater",
            "personalberaterin",
        ],
    ),
    (
        &["y", "con", "para", "los", "las", "experiencia", "buscamos"],
        &[
            "reclutador",
            "reclutadora",
            "headhunter",
            "tecnico de seleccion",
            "tecnica de seleccion",
            "consultor de seleccion",
            "consultora de seleccion",
        ],
    ),
    (
        &["et", "avec", "pour", "les", "vous", "nous", "experience"],
        &[
            "recruteur",
            "recruteuse",
            "chasseur de tetes",
            "charge de recrutement",
            "chargee de recrutement",
            "responsable recrutement",
            "consultant en recrutement",
            "consultante en recrutement",
        ],
    ),
];

/// Student, intern and apprentice titles in other languages, added (unless the ad is for one)
/// when the ad shows two of the language's markers.
pub(crate) const LOCAL_JUNIOR_NEGATIVES: &[(&[&str], &[&str])] = &[
    (
        &[
            "und", "wir", "sie", "du", "mit", "fur", "m w d", "ihre", "deine",
        ],
        &[
            "praktikant",
            "praktikantin",
            "auszubildender",
            "auszubildende",
            "azubi",
        ],
    ),
    (
        &["y", "con", "para", "los", "las", "experiencia", "buscamos"],
        &[
            "estudiante",
            "becario",
            "becaria",
            "en practicas",
            "alumno",
            "alumna",
        ],
    ),
    (
        &["et", "avec", "pour", "les", "vous", "nous", "experience"],
        &[
            "eleve",
            "etudiant",
            "etudiante",
            "stagiaire",
            "apprenti",
            "apprentie",
            "alternant",
            "alternante",
        ],
    ),
];

/// Exclusion phrases written in the ad ("no agencies", "not a management role", "keine Agenturen").
pub(crate) fn stated(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for sentence in text.split(['.', '\n', ';', '!', '?']) {
        for n in stated_in(sentence) {
            push_unique(&mut out, n);
        }
    }
    out
}

/// Exclusions stated in one sentence.
fn stated_in(text: &str) -> Vec<String> {
    let toks = tokens(text);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let next = |k: usize| toks.get(i + k).map(String::as_str).unwrap_or("");
        let word = match t.as_str() {
            // "ce n'est pas un poste de chef de projet", "no es un puesto de jefe de proyecto",
            // "kein Job als …"
            "pas" | "no" | "kein" | "keine"
                if matches!(next(1), "un" | "une" | "una" | "eine" | "ein")
                    && matches!(
                        next(2),
                        "poste" | "role" | "puesto" | "rol" | "stelle" | "job"
                    )
                    && matches!(next(3), "de" | "d" | "als" | "du") =>
            {
                let role: Vec<&str> = (4..7)
                    .map(next)
                    .take_while(|w| {
                        !w.is_empty()
                            && !matches!(*w, "mais" | "pero" | "sondern" | "et" | "y" | "und")
                    })
                    .collect();
                if !role.is_empty() {
                    push_unique(&mut out, role.join(" "));
                }
                continue;
            }
            // "no agencies", "no recruiters please", "keine Agenturen", "pas d'agences"
            "no" | "keine" | "kein" | "sans" | "without" => next(1).to_owned(),
            // "not a management role", "not a sales position"
            "not"
                if matches!(next(1), "a" | "an")
                    && matches!(next(3), "role" | "position" | "job") =>
            {
                // "not an apprentice role": an explicit role, kept (as a title word when known:
                // "not a management role" → "manager")
                let word = next(2);
                let sing = singular(word);
                let mapped = NOUN_TO_TITLE
                    .iter()
                    .find(|(n, _)| *n == word || *n == sing)
                    .map_or(word.to_owned(), |(_, t)| (*t).to_owned());
                push_unique(&mut out, mapped);
                continue;
            }
            "not"
                if matches!(next(1), "a" | "an")
                    && matches!(next(4), "role" | "position" | "job") =>
            {
                // "not a research scientist role": an explicit role, kept as written
                push_unique(&mut out, format!("{} {}", next(2), next(3)));
                continue;
            }
            _ => continue,
        };
        if word.is_empty() {
            continue;
        }
        let sing = singular(&word);
        let mapped = NOUN_TO_TITLE
            .iter()
            .find(|(n, _)| *n == word || *n == sing)
            .map(|(_, t)| (*t).to_owned());
        // only nouns we understand, or words that look like a role ("consultants", "freelancers")
        let keep = mapped.or_else(|| {
            let looks_like_role = ["ers", "ists", "ants", "ents", "ors"]
                .iter()
                .any(|s| word.ends_with(s));
            looks_like_role.then_some(sing)
        });
        if let Some(k) = keep {
            push_unique(&mut out, k);
        }
    }
    out
}

/// Whether the text asks for interns, students or juniors.
pub(crate) fn asks_for_juniors(text: &str) -> bool {
    let p = padded(text);
    [
        "intern",
        "internship",
        "student",
        "students",
        "trainee",
        "graduate",
        "werkstudent",
        "praktikum",
        "praktikant",
        "working student",
        "apprentice",
        "new grad",
        "stagiaire",
        "becario",
        "junior",
        "entry level",
    ]
    .iter()
    .any(|w| contains_norm(&p, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_stated_exclusions() {
        assert_eq!(stated("No agencies please."), ["agency"]);
        assert_eq!(stated("This is not a management role."), ["manager"]);
        assert_eq!(
            stated("no recruiters, no consultants"),
            ["recruiter", "consultant"]
        );
        assert!(stated("No problem, we have no idea").is_empty());
    }
}
