//! The specialty an ad's title names after its occupation ("Profesor de *Física*", "Chef de
//! *cuisine*", "Técnico de *mantenimiento de aerogeneradores*"), and whether a candidate's own
//! evidence places them in it. A shared word is not a shared job: a "Profesora de Educación
//! Física" names another subject, an "Elementary School Teacher" another level, a "Chef de
//! projet" another trade; such a candidate is a homonym, never delivered.

use std::collections::HashSet;

use crate::icp::text::norm;
use crate::profile::Profile;
use crate::taxonomy::fold_gender;

/// Words that join an occupation to its specialty ("de", "of", "für" …).
const PREPOSITIONS: &[&str] = &[
    "de", "del", "des", "du", "d", "of", "for", "fur", "di", "da", "do", "dos", "das", "voor",
    "van", "en", "in", "im", "w", "ds",
];

/// Words that never name a specialty: articles, conjunctions, levels, contract words.
const NOISE: &[&str] = &[
    "la",
    "el",
    "los",
    "las",
    "le",
    "les",
    "l",
    "the",
    "a",
    "an",
    "y",
    "e",
    "et",
    "and",
    "und",
    "o",
    "ou",
    "or",
    "oder",
    "i",
    "ed",
    "en",
    "het",
    "der",
    "die",
    "das",
    "dem",
    "il",
    "lo",
    "senior",
    "junior",
    "sr",
    "jr",
    "lead",
    "head",
    "chief",
    "principal",
    "staff",
    "associate",
    "interino",
    "interina",
    "interim",
    "titular",
    "sustituto",
    "sustituta",
    "substitute",
    "oficial",
    "primera",
    "segunda",
    "practicas",
    "trainee",
    "h",
    "f",
    "m",
    "w",
    "x",
    "d",
];

/// The specialty of an ad, as gender-folded words.
#[derive(Debug, Clone)]
pub(crate) struct Specialty {
    /// Words naming it.
    words: HashSet<String>,
    /// Words of the occupation's names (never a candidate's specialty).
    role_words: HashSet<String>,
}

impl Specialty {
    /// The specialty the written title names after a preposition, if any: the title without
    /// gender markers, bracketed parts and what follows a dash or comma. `role_names` are the
    /// occupation's names as normalised word lists.
    pub(crate) fn of(written_title: &str, role_names: &[Vec<String>]) -> Option<Self> {
        let words = keys(main_title(written_title));
        let after = words
            .iter()
            .position(|w| PREPOSITIONS.contains(&w.as_str()))?;
        // the occupation's words: its names without a specialty of their own (not the written
        // title's "Profesor de Física y Química" among the synonyms) and the title's own head
        let role_words: HashSet<String> = role_names
            .iter()
            .filter(|name| !name.iter().any(|w| PREPOSITIONS.contains(&w.as_str())))
            .flatten()
            .map(|w| fold_gender(w).into_owned())
            .chain(words[..after].iter().cloned())
            .collect();
        let special: HashSet<String> = words[after + 1..]
            .iter()
            .filter(|w| !is_noise(w) && !role_words.contains(*w))
            .cloned()
            .collect();
        (!special.is_empty()).then_some(Self {
            words: special,
            role_words,
        })
    }

    /// Whether the candidate's own evidence places them in the specialty: the specialty their
    /// current role names (the first word after its preposition, or its words beside the
    /// occupation's) is the ad's; a role naming none fits when it names the ad's role
    /// (`names_role`), else it must show the specialty in the headline, skills, highlights or
    /// past roles.
    pub(crate) fn fits(&self, profile: &Profile, names_role: bool) -> bool {
        let role = keys(profile.current_role.as_deref().unwrap_or(""));
        let theirs: Vec<&String> =
            match role.iter().position(|w| PREPOSITIONS.contains(&w.as_str())) {
                Some(p) => role[p + 1..]
                    .iter()
                    .find(|w| !is_noise(w))
                    .into_iter()
                    .collect(),
                None => role
                    .iter()
                    .filter(|w| !is_noise(w) && !self.role_words.contains(*w))
                    .collect(),
            };
        if !theirs.is_empty() {
            return theirs.iter().any(|w| self.words.contains(*w));
        }
        if names_role {
            return true;
        }
        let shows = |text: &str| keys(text).iter().any(|w| self.words.contains(w));
        profile.headline.as_deref().is_some_and(shows)
            || profile.skills.iter().any(|s| shows(s))
            || profile.experience.iter().any(|p| {
                p.role.as_deref().is_some_and(shows) || p.highlights.iter().any(|h| shows(h))
            })
    }
}

/// The title's main part: before brackets, a dash, a comma or a bar ("Infirmier (H/F) –
/// Réanimation" → "Infirmier").
fn main_title(written: &str) -> &str {
    let main = written
        .split([',', '|', '(', '[', '\u{2013}', '\u{2014}'])
        .next()
        .unwrap_or("");
    main.split(" - ").next().unwrap_or(main)
}

/// The written title's occupation words and specialty words (normalised, not gender-folded:
/// an index folds its own), split at its first preposition: "Profesor/a de Física y Química"
/// → (["profesor"], ["fisica", "quimica"]); `None` without a preposition or a specialty.
pub(crate) fn split_title(written: &str) -> Option<(Vec<String>, Vec<String>)> {
    let words: Vec<String> = norm(main_title(written))
        .split([' ', '-', '/'])
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let at = words
        .iter()
        .position(|w| PREPOSITIONS.contains(&w.as_str()))?;
    let keep = |ws: &[String]| -> Vec<String> {
        ws.iter()
            .filter(|w| !is_noise(w) && w.chars().count() >= 3)
            .cloned()
            .collect()
    };
    let (head, tail) = (keep(&words[..at]), keep(&words[at + 1..]));
    (!head.is_empty() && !tail.is_empty()).then_some((head, tail))
}

fn is_noise(w: &str) -> bool {
    NOISE.contains(&w) || PREPOSITIONS.contains(&w) || w.chars().all(|c| c.is_ascii_digit())
}

/// Normalised, gender-folded words.
fn keys(text: &str) -> Vec<String> {
    norm(text)
        .split([' ', '-', '/'])
        .filter(|w| !w.is_empty())
        .map(|w| fold_gender(w).into_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(role: &str, skills: &[&str]) -> Profile {
        Profile {
            profile_id: "p".into(),
            current_role: Some(role.into()),
            skills: skills.iter().map(|s| (*s).to_owned()).collect(),
            ..Profile::default()
        }
    }

    fn teacher_names() -> Vec<Vec<String>> {
        vec![
            vec!["teacher".into()],
            vec!["profesor".into()],
            vec!["docente".into()],
        ]
    }

    #[test]
    fn the_subject_of_a_teacher() {
        let s = Specialty::of("Profesor/a de Física y Química", &teacher_names()).unwrap();
        for fits in [
            "Profesora de Física",
            "Profesor de Física y Química (ESO/Bachillerato)",
            "Docente de Física y Química",
            "Profesora interina de Física y Química",
        ] {
            assert!(s.fits(&person(fits, &[]), true), "{fits}");
        }
        for homonym in [
            "Profesora de Educación Física",
            "Maestra de Educación Primaria",
            "Docente de primaria",
            "Elementary School Teacher",
        ] {
            assert!(!s.fits(&person(homonym, &[]), true), "{homonym}");
        }
        assert!(!s.fits(&person("Maestra", &["Lectoescritura"]), false));
        assert!(s.fits(&person("Docente", &["Física", "Laboratorio"]), false));
        assert!(!s.fits(&person("Docente", &["Lectoescritura"]), false));
        assert!(
            s.fits(&person("Docente", &[]), true),
            "names the role, no other subject"
        );
    }

    #[test]
    fn titles_without_a_specialty_gate_nobody() {
        for t in [
            "Infirmier (H/F) – Réanimation",
            "Senior Site Reliability Engineer",
            "Electricista (oficial de primera)",
            "Registered Nurse - Emergency Department",
            "Pflegefachkraft (m/w/d) Intensivstation",
        ] {
            assert!(Specialty::of(t, &teacher_names()).is_none(), "{t}");
        }
    }

    #[test]
    fn a_title_splits_into_occupation_and_specialty() {
        assert_eq!(
            split_title("Profesor/a de Física y Química (ESO)"),
            Some((
                vec!["profesor".to_owned()],
                vec!["fisica".to_owned(), "quimica".to_owned()]
            ))
        );
        assert_eq!(split_title("Infirmier (H/F) – Réanimation"), None);
        assert_eq!(
            split_title("Head of Sales"),
            None,
            "no occupation word before 'of'"
        );
    }

    #[test]
    fn the_trade_of_a_chef() {
        let names = vec![vec!["chef".into()]];
        let s = Specialty::of("Chef de cuisine (H/F)", &names).unwrap();
        assert!(s.fits(&person("Chef de cuisine", &[]), true));
        assert!(!s.fits(&person("Chef de projet digital", &[]), true));
    }
}
