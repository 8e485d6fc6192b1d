//! Small hand-kept tables for what the bundled taxonomy lacks: non-English title words,
//! professions outside its curated set (nursing), and their skills.
//!
//! Kept here rather than in `taxonomy/` so the ICP can grow without touching shared data.

/// Non-English (and extra English) title phrases → canonical title, checked longest first.
pub(crate) const TITLE_WORDS: &[(&str, &str)] = &[
    ("gesundheits und krankenpfleger", "Registered Nurse"),
    ("gesundheits und krankenpflegerin", "Registered Nurse"),
    ("pflegefachkraft", "Registered Nurse"),
    ("pflegefachfrau", "Registered Nurse"),
    ("pflegefachmann", "Registered Nurse"),
    ("krankenschwester", "Registered Nurse"),
    ("krankenpfleger", "Registered Nurse"),
    ("krankenpflegerin", "Registered Nurse"),
    ("registered nurse", "Registered Nurse"),
    ("staff nurse", "Registered Nurse"),
    ("infirmier", "Registered Nurse"),
    ("infirmiere", "Registered Nurse"),
    ("enfermera", "Registered Nurse"),
    ("enfermero", "Registered Nurse"),
    ("verpleegkundige", "Registered Nurse"),
    ("infermiere", "Registered Nurse"),
    ("nurse", "Registered Nurse"),
    ("backend entwickler", "Backend Engineer"),
    ("frontend entwickler", "Frontend Engineer"),
    ("softwareentwickler", "Software Engineer"),
    ("software entwickler", "Software Engineer"),
    ("softwareentwicklerin", "Software Engineer"),
    ("softwareingenieur", "Software Engineer"),
    ("anwendungsentwickler", "Software Engineer"),
    ("entwickler", "Software Engineer"),
    ("entwicklerin", "Software Engineer"),
    ("programmierer", "Software Engineer"),
    ("developpeur", "Software Engineer"),
    ("developpeuse", "Software Engineer"),
    ("ingenieur logiciel", "Software Engineer"),
    ("desarrollador", "Software Engineer"),
    ("desarrolladora", "Software Engineer"),
    ("programador", "Software Engineer"),
    ("sviluppatore", "Software Engineer"),
    ("ontwikkelaar", "Software Engineer"),
    ("dateningenieur", "Data Engineer"),
    ("datenanalyst", "Data Analyst"),
    ("analista de datos", "Data Analyst"),
    ("analyste de donnees", "Data Analyst"),
    ("buchhalter", "Accountant"),
    ("buchhalterin", "Accountant"),
    ("bilanzbuchhalter", "Accountant"),
    ("comptable", "Accountant"),
    ("contable", "Accountant"),
    ("contador", "Accountant"),
    ("finanzanalyst", "Financial Analyst"),
    ("analyste financier", "Financial Analyst"),
    ("analista financiero", "Financial Analyst"),
    ("vertriebsmitarbeiter", "Account Executive"),
    ("kundenberater", "Account Executive"),
    ("ejecutivo de cuentas", "Account Executive"),
    // Spanish, Portuguese, Italian, French, Dutch and German names of common roles
    ("ingeniero de datos", "Data Engineer"),
    ("ingeniera de datos", "Data Engineer"),
    ("engenheiro de dados", "Data Engineer"),
    ("engenheira de dados", "Data Engineer"),
    ("ingegnere dei dati", "Data Engineer"),
    ("data ingenieur", "Data Engineer"),
    ("ingenieur donnees", "Data Engineer"),
    ("ingenieur data", "Data Engineer"),
    ("cientifico de datos", "Data Scientist"),
    ("cientifica de datos", "Data Scientist"),
    ("cientista de dados", "Data Scientist"),
    ("analista de dados", "Data Analyst"),
    ("analista dati", "Data Analyst"),
    ("desarrollador backend", "Backend Engineer"),
    ("desarrolladora backend", "Backend Engineer"),
    ("desenvolvedor backend", "Backend Engineer"),
    ("desenvolvedora backend", "Backend Engineer"),
    ("sviluppatore backend", "Backend Engineer"),
    ("developpeur backend", "Backend Engineer"),
    ("developpeuse backend", "Backend Engineer"),
    ("desarrollador frontend", "Frontend Engineer"),
    ("desenvolvedor frontend", "Frontend Engineer"),
    ("developpeur frontend", "Frontend Engineer"),
    ("desarrollador full stack", "Full Stack Engineer"),
    ("developpeur full stack", "Full Stack Engineer"),
    ("desenvolvedor", "Software Engineer"),
    ("desenvolvedora", "Software Engineer"),
    ("ingeniero de software", "Software Engineer"),
    ("engenheiro de software", "Software Engineer"),
    ("ingegnere del software", "Software Engineer"),
    ("ingeniero devops", "DevOps Engineer"),
    ("disenador de producto", "Product Designer"),
    ("designer de produto", "Product Designer"),
    ("productontwerper", "Product Designer"),
    ("gerente de producto", "Product Manager"),
    ("chef de produit", "Product Manager"),
    ("responsable produit", "Product Manager"),
    ("produktmanager", "Product Manager"),
    ("jefe de ventas", "Sales Manager"),
    ("vertriebsleiter", "Sales Manager"),
    ("verkaufsleiter", "Sales Manager"),
    ("directeur commercial", "Sales Manager"),
    ("responsable commercial", "Sales Manager"),
    ("gerente comercial", "Sales Manager"),
    ("gerente de ventas", "Sales Manager"),
    ("direttore commerciale", "Sales Manager"),
    ("contabile", "Accountant"),
    ("contabilista", "Accountant"),
    ("boekhouder", "Accountant"),
    ("expert comptable", "Accountant"),
    ("enfermeira", "Registered Nurse"),
    ("enfermeiro", "Registered Nurse"),
    ("verpleger", "Registered Nurse"),
    ("responsable marketing", "Marketing Manager"),
    ("personalreferent", "HR Business Partner"),
    ("personalreferentin", "HR Business Partner"),
    ("personalvermittler", "Recruiter"),
    ("recruiterin", "Recruiter"),
];

/// Canonical titles the taxonomy does not carry, with their synonyms.
pub(crate) const EXTRA_TITLES: &[(&str, &[&str])] = &[(
    "Registered Nurse",
    &[
        "Staff Nurse",
        "Nurse",
        "Clinical Nurse",
        "ICU Nurse",
        "Charge Nurse",
        "RN",
        "Pflegefachkraft",
        "Krankenschwester",
    ],
)];

/// Skills outside the taxonomy, with aliases, spotted in ads and profiles for roles that need
/// them (healthcare mostly).
pub(crate) const EXTRA_SKILLS: &[(&str, &[&str])] = &[
    ("Patient Care", &["patient care", "patientenversorgung"]),
    ("BLS", &["basic life support", "bls certification"]),
    ("ACLS", &["advanced cardiac life support"]),
    (
        "Medication Administration",
        &["medication administration", "medikamentengabe"],
    ),
    ("Epic", &["epic ehr", "epic systems"]),
    (
        "Electronic Health Records",
        &["ehr", "emr", "electronic medical records"],
    ),
    ("Triage", &["triage"]),
    (
        "Intensive Care",
        &["icu", "critical care", "intensivpflege", "intensivstation"],
    ),
    ("Wound Care", &["wound care", "wundversorgung"]),
    (
        "IV Therapy",
        &["iv therapy", "iv insertion", "intravenous therapy"],
    ),
    ("Nursing", &["nursing", "pflege"]),
];

/// Role → skills rows for the extra titles.
pub(crate) const EXTRA_ROLE_SKILLS: &[(&str, &[&str])] = &[(
    "Registered Nurse",
    &[
        "Patient Care",
        "BLS",
        "Medication Administration",
        "Electronic Health Records",
        "Triage",
        "ACLS",
    ],
)];

/// The extra title entry called `canonical`.
pub(crate) fn extra_title(canonical: &str) -> Option<&'static [&'static str]> {
    EXTRA_TITLES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(canonical))
        .map(|(_, s)| *s)
}

/// The extra skill named `name` (canonical or alias).
pub(crate) fn extra_skill(name: &str) -> Option<(&'static str, &'static [&'static str])> {
    let n = super::text::norm(name);
    EXTRA_SKILLS
        .iter()
        .find(|(c, aliases)| {
            super::text::norm(c) == n || aliases.iter().any(|a| super::text::norm(a) == n)
        })
        .copied()
}

/// Extra skills mentioned in `text` (token-boundary aware), in table order.
pub(crate) fn extra_skills_in(text: &str) -> Vec<&'static str> {
    let p = super::text::padded(text);
    EXTRA_SKILLS
        .iter()
        .filter(|(c, aliases)| {
            // short upper-case names (BLS, ACLS) only as written, to avoid common words
            let canon_hit = if c.len() <= 4 && c.chars().all(|ch| ch.is_ascii_uppercase()) {
                text.split(|ch: char| !ch.is_alphanumeric())
                    .any(|w| w == *c)
            } else {
                super::text::contains_norm(&p, &super::text::norm(c))
            };
            canon_hit
                || aliases
                    .iter()
                    .any(|a| super::text::contains_norm(&p, &super::text::norm(a)))
        })
        .map(|(c, _)| *c)
        .collect()
}

/// The non-English (and extra) single-word and phrase names of a canonical title.
pub(crate) fn local_title_words(canonical: &str) -> impl Iterator<Item = &'static str> + '_ {
    TITLE_WORDS
        .iter()
        .filter(move |(_, c)| *c == canonical)
        .map(|(w, _)| *w)
}
