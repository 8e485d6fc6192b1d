//! The head word of a job title: the noun that says what the person is ("*Chauffeur* SPL",
//! "*Conductrice* PL", "HGV Class 1 *Driver*", "*Técnico* de aerogeneradores"). A title no
//! taxonomy lists falls back to the occupation whose names share its head word, in the head's
//! position — first in Romance titles, last in English, German and Dutch ones — when the
//! candidate's skills agree (the scorer checks that). Heads compare gender-folded, so
//! "Conductrice" meets "Conducteur".

use crate::icp::text::norm;
use crate::taxonomy::fold_gender;

/// Words that join a head to its complement in head-first titles ("Técnico *de* …").
const PREPOSITIONS: &[&str] = &[
    "de", "del", "des", "du", "d", "di", "da", "do", "dos", "das", "della", "en", "a", "au",
];

/// Endings of agent nouns in Romance languages (after gender folding): a name that starts with
/// one is head-first ("chauffeur poids lourd", "conductor de camion", "motorista de caminhao").
/// ("-ant", "-ent" and "-ic" are left out: "Assistant Manager", "Patient Care Technician" and
/// "Public Relations Manager" are English head-last names.)
const AGENT_ENDINGS: &[&str] = &["eur", "or", "ier", "ist", "iste", "ien", "aire", "ari"];

/// Words that are never a head: levels, contract words, connectors.
const NOT_HEADS: &[&str] = &[
    "senior",
    "junior",
    "lead",
    "principal",
    "staff",
    "head",
    "chief",
    "mid",
    "level",
    "trainee",
    "apprentice",
    "intern",
    "internship",
    "stagiaire",
    "werkstudent",
    "praktikant",
    "becario",
    "estagiario",
    "tirocinante",
    "the",
    "and",
    "und",
    "et",
    "y",
    "e",
];

/// The head words of an occupation's names, by position.
#[derive(Debug, Default, Clone)]
pub(crate) struct HeadWords {
    /// Gender-folded heads of head-first names ("chauffeur", "conductor", "tecnic").
    first: Vec<String>,
    /// Gender-folded heads of head-last names ("driver", "engineer").
    last: Vec<String>,
}

/// A title's content words: normalised, without levels and connectors, cut at a parenthesis,
/// dash, bar, comma or "at" (what follows is a place, a company or a note).
fn content_words(title: &str) -> Vec<String> {
    let mut t = title;
    for cut in ["(", " - ", " – ", " | ", ",", " @ ", " at "] {
        if let Some((head, _)) = t.split_once(cut) {
            t = head;
        }
    }
    norm(t)
        .split_whitespace()
        .filter(|w| !NOT_HEADS.contains(w) && !w.bytes().all(|b| b.is_ascii_digit()))
        .map(str::to_owned)
        .collect()
}

/// Whether a name (normalised words) puts its head first.
fn head_first(words: &[String]) -> bool {
    let followed_by_preposition = words
        .get(1)
        .is_some_and(|w| PREPOSITIONS.contains(&w.as_str()));
    let agent = words
        .first()
        .is_some_and(|w| AGENT_ENDINGS.iter().any(|e| fold_gender(w).ends_with(e)));
    followed_by_preposition || agent
}

/// The head of a name of two words or more — whether it stands first, and the word as written
/// (normalised) — when it can be one (four letters or more: "pl", "hgv" and "cdl" are not).
fn head_of(name: &str) -> Option<(bool, String)> {
    let mut words = content_words(name);
    if words.len() < 2 {
        return None;
    }
    let first = head_first(&words);
    let word = if first {
        words.swap_remove(0)
    } else {
        words.pop()?
    };
    (word.chars().count() >= 4).then_some((first, word))
}

impl HeadWords {
    /// The heads of the occupation's names (canonical title, synonyms, local names as written);
    /// names of one word are left out, as the whole-name match already covers them.
    pub(crate) fn of<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut heads = HeadWords::default();
        for (first, word) in names.into_iter().filter_map(head_of) {
            let list = if first {
                &mut heads.first
            } else {
                &mut heads.last
            };
            let folded = fold_gender(&word).into_owned();
            if !list.contains(&folded) {
                list.push(folded);
            }
        }
        heads
    }

    /// Whether `title`'s first word is a head-first name's head, or its last word a head-last
    /// name's head.
    pub(crate) fn name(&self, title: &str) -> bool {
        let words = content_words(title);
        let (Some(first), Some(last)) = (words.first(), words.last()) else {
            return false;
        };
        self.first.iter().any(|h| *h == fold_gender(first))
            || self.last.iter().any(|h| *h == fold_gender(last))
    }

    /// The heads as written in `names` (for the index, which folds genders itself), first-
    /// position heads then last-position ones.
    pub(crate) fn surface_forms<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (_, word) in names.into_iter().filter_map(head_of) {
            if !out.contains(&word) {
                out.push(word);
            }
        }
        out
    }

    /// Whether no name gave a head.
    #[cfg(test)]
    pub(crate) fn is_empty(&self) -> bool {
        self.first.is_empty() && self.last.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn truck() -> HeadWords {
        HeadWords::of([
            "Truck Driver",
            "hgv driver",
            "chauffeur poids lourd",
            "conducteur routier",
            "conductor de camion",
            "camionero",
        ])
    }

    #[test]
    fn heads_meet_in_their_position_and_any_gender() {
        let h = truck();
        for title in [
            "Chauffeur SPL",
            "Conductrice PL",
            "Chauffeuse porteur",
            "HGV Class 1 Driver",
            "Senior Conductor de tráiler",
        ] {
            assert!(h.name(title), "{title}");
        }
        for title in [
            "Truck Mechanic",
            "Driver Coordinator (Dispatch)",
            "Agent de quai",
            "Poids lourd",
            "",
        ] {
            assert!(!h.name(title), "{title}");
        }
    }

    #[test]
    fn a_name_of_one_word_or_short_words_gives_no_head() {
        assert!(HeadWords::of(["Camionero", "PL CE"]).is_empty());
        assert_eq!(
            HeadWords::surface_forms(["Técnico de Mantenimiento", "Wind Turbine Technician"]),
            vec!["tecnico".to_owned(), "technician".to_owned()]
        );
    }
}
