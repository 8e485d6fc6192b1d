//! Splits a job description into sentences and classifies each as a requirement, a
//! nice-to-have, or neutral text, from section headers and in-sentence markers (several
//! languages).

use super::text::{contains_norm, padded};

/// How strongly a sentence asks for what it names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    /// Requirements ("must have", "you have", "Anforderungen").
    Must,
    /// Nice-to-haves ("bonus", "a plus", "von Vorteil").
    Nice,
    /// Neither (company blurb, responsibilities).
    Neutral,
}

/// Markers of a nice-to-have, checked before the requirement markers.
const NICE: &[&str] = &[
    "nice to have",
    "nice to haves",
    "nice-to-have",
    "bonus",
    "a plus",
    "is a plus",
    "are a plus",
    "plus if",
    "big plus",
    "preferred",
    "preferably",
    "ideally",
    "desirable",
    "would be great",
    "good to have",
    "wunschenswert",
    "von vorteil",
    "idealerweise",
    "ein plus",
    "pluspunkt",
    "serait un plus",
    "un plus",
    "souhaite",
    "idealement",
    "deseable",
    "valorable",
    "se valorara",
    "sera un plus",
    "gradito",
    "gradita",
    "graditi",
    "diferencial",
    "e um diferencial",
    "desejavel",
    "desejaveis",
    "um plus",
    "est un atout",
    "un atout",
    "sera un atout",
    "een pre",
    "is een pre",
    "pluspunt",
    "gewenst",
    "bij voorkeur",
    "titolo preferenziale",
    // participles and adjectives of wish, in their gendered and plural forms
    "apprecie",
    "appreciee",
    "apprecies",
    "appreciees",
    "souhaitee",
    "souhaites",
    "souhaitees",
    "souhaitable",
    "bienvenu",
    "bienvenue",
    "erwunscht",
    "gern gesehen",
    "se valora",
    "valorado",
    "valorada",
    "valoraremos",
    "apprezzato",
    "apprezzata",
    "apprezzati",
    "apprezzate",
    "valorizado",
    "valorizada",
    "mooi meegenomen",
    "an advantage",
    "advantageous",
    "an asset",
];

/// Markers of a requirement.
const MUST: &[&str] = &[
    "must",
    "must have",
    "must haves",
    "required",
    "requirements",
    "requires",
    "you have",
    "you bring",
    "you ll bring",
    "what you bring",
    "what we re looking for",
    "what we look for",
    "we are looking for",
    "qualifications",
    "you are",
    "you re",
    "strong",
    "solid",
    "proven",
    "expert",
    "experience with",
    "experience in",
    "proficient",
    "proficiency",
    "hands on",
    "mandatory",
    "essential",
    "anforderungen",
    "dein profil",
    "ihr profil",
    "das bringst du mit",
    "was du mitbringst",
    "du bringst",
    "sie bringen",
    "erfahrung mit",
    "erfahrung in",
    "kenntnisse",
    "voraussetzung",
    "zwingend",
    "profil recherche",
    "votre profil",
    "vous avez",
    "exige",
    "requis",
    "maitrise",
    "requisitos",
    "imprescindible",
    "experiencia con",
    "experiencia en",
    "requisiti",
    "esperienza",
    "vereisten",
    "ervaring met",
];

/// Section headers that are neither (responsibilities, company blurb).
const NEUTRAL_HEADERS: &[&str] = &[
    "responsibilities",
    "what you ll do",
    "what you will do",
    "your role",
    "the role",
    "about us",
    "about the role",
    "we offer",
    "benefits",
    "deine aufgaben",
    "ihre aufgaben",
    "aufgaben",
    "wir bieten",
    "das bieten wir",
    "missions",
    "vos missions",
    "funciones",
    "ofrecemos",
];

/// In-sentence markers of a requirement stated as non-negotiable ("must have Go").
const HARD: &[&str] = &[
    "must",
    "must have",
    "mandatory",
    "non negotiable",
    "a must",
    "zwingend",
    "unbedingt",
    "obligatoire",
    "indispensable",
    "imprescindible",
    "obbligatorio",
];

/// Whether the sentence itself states its skills as hard requirements (a section header such
/// as "Requirements" makes them must-haves, not hard ones).
pub(crate) fn states_hard_requirement(sentence: &str) -> bool {
    let p = padded(sentence);
    HARD.iter().any(|m| contains_norm(&p, m)) && !contains_norm(&p, "must not")
}

/// Phrases that make a clause say a skill is NOT needed.
const NEGATED: &[&str] = &[
    "do not need",
    "don t need",
    "dont need",
    "does not need",
    "won t need",
    "will not need",
    "no need",
    "not required",
    "not needed",
    "not necessary",
    "not a requirement",
    "not a must",
    "not expected",
    "is not important",
    "nicht erforderlich",
    "nicht notwendig",
    "brauchst du nicht",
    "keine voraussetzung",
    "no es necesario",
    "no se requiere",
    "no requerido",
    "pas necessaire",
    "pas requis",
    "pas obligatoire",
    "non richiesto",
    "niet vereist",
    "nao e necessario",
];

/// Phrases that describe the company's stack or customers, not the candidate.
const CONTEXT: &[&str] = &[
    "we use",
    "we re using",
    "we are using",
    "our stack",
    "our tech stack",
    "we work with",
    "our customers",
    "our clients",
    "our team uses",
    "for analytics",
    "wir nutzen",
    "wir verwenden",
    "wir arbeiten mit",
    "unser stack",
    "utilizamos",
    "usamos",
    "nous utilisons",
    "notre stack",
    "wij gebruiken",
    "utilizziamo",
];

/// Whether a clause says what it names is not needed ("you do not need it", "R not required").
pub(crate) fn is_negated(clause: &str) -> bool {
    marker(&padded(clause), NEGATED)
}

/// Whether a (neutral) sentence describes the company's context ("we use R for analytics").
pub(crate) fn is_context(sentence: &str) -> bool {
    marker(&padded(sentence), CONTEXT)
}

/// The clauses of a sentence, cut at "but", "however", "though" and semicolons, so a negation
/// ("… but you do not need it") can be scoped.
pub(crate) fn clauses(sentence: &str) -> Vec<&str> {
    let mut out = vec![sentence];
    for cut in [
        " but ",
        ", but",
        " however ",
        " though ",
        " aber ",
        " pero ",
        " mais ",
        ";",
    ] {
        out = out
            .into_iter()
            .flat_map(|c| c.split(cut))
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
    }
    out
}

/// One sentence of the description with its weight.
#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    /// The sentence as written.
    pub(crate) text: String,
    /// How strongly it asks.
    pub(crate) weight: Weight,
}

fn marker(p: &str, list: &[&str]) -> bool {
    list.iter().any(|m| contains_norm(p, m))
}

/// Splits `description` into sentences and weighs each.
pub(crate) fn sentences(description: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut section = Weight::Neutral;
    for line in description.lines() {
        let line = line.trim().trim_start_matches(['-', '*', '•', '·']).trim();
        if line.is_empty() {
            continue;
        }
        let p = padded(line);
        let words = p.split_whitespace().count();
        let is_header = line.ends_with(':') || (words <= 5 && !line.contains(['.', ',']));
        // a header (or "Nice to have: gRPC, Kafka") sets the section for the following lines
        let head = line.split(':').next().unwrap_or(line);
        let hp = padded(head);
        let head_weight = if marker(&hp, NICE) {
            Some(Weight::Nice)
        } else if marker(&hp, MUST) {
            Some(Weight::Must)
        } else if marker(&hp, NEUTRAL_HEADERS) {
            Some(Weight::Neutral)
        } else {
            None
        };
        if let Some(w) = head_weight
            && (is_header || line.contains(':'))
        {
            section = w;
        }
        for s in split_sentences(line) {
            let sp = padded(s);
            let weight = if marker(&sp, NICE) {
                Weight::Nice
            } else if marker(&sp, MUST) {
                Weight::Must
            } else {
                section
            };
            out.push(Sentence {
                text: s.to_owned(),
                weight,
            });
        }
    }
    out
}

/// Splits a line on sentence ends (". " and ";"), keeping "Node.js" and ".NET" whole.
fn split_sentences(line: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let end = match b {
            b';' => true,
            b'.' | b'!' | b'?' => bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()),
            _ => false,
        };
        if end {
            let s = line[start..i].trim();
            if !s.is_empty() {
                parts.push(s);
            }
            start = i + 1;
        }
    }
    let s = line[start..].trim();
    if !s.is_empty() {
        parts.push(s);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negation_and_context_are_scoped_to_clauses() {
        let c = clauses("We use R for analytics but you do not need it");
        assert_eq!(c, ["We use R for analytics", "you do not need it"]);
        assert!(is_negated(c[1]) && !is_negated(c[0]));
        assert!(is_context("We use R for analytics"));
        assert!(!is_context("You have 5 years of Python"));
        assert!(is_negated("Kubernetes is not required"));
        assert!(!is_negated("Kubernetes is required"));
    }

    #[test]
    fn weighs_sections_and_markers() {
        let s = sentences(
            "About us: we build things.\nRequirements:\n- Go and PostgreSQL\nNice to have:\n- Kafka\nKubernetes is a plus.",
        );
        let w: Vec<(String, Weight)> = s.into_iter().map(|s| (s.text, s.weight)).collect();
        assert!(w.contains(&("Go and PostgreSQL".into(), Weight::Must)));
        assert!(w.contains(&("Kafka".into(), Weight::Nice)));
        assert!(w.contains(&("Kubernetes is a plus".into(), Weight::Nice)));
    }

    #[test]
    fn participles_of_wish_mark_a_plus_in_any_gender_and_number() {
        for line in [
            "ADR (matières dangereuses) et CACES R489 appréciés",
            "Anglais courant souhaitée",
            "Se valora carnet de carretillero",
            "Conoscenza del tedesco apprezzata",
            "Staplerschein erwünscht",
            "SAP experience is an advantage",
        ] {
            let s = sentences(&format!("Profil recherché :\n- {line}"));
            let weights: Vec<Weight> = s.iter().skip(1).map(|s| s.weight).collect();
            assert_eq!(weights, vec![Weight::Nice], "{line}");
        }
    }
}
