//! Minimum years of experience stated in free text ("5+ years", "at least 3 years",
//! "mindestens 4 Jahre", "3 ans d'expérience", "3-5 años").

use super::text::tokens;

/// Words for "year(s)" in the languages we read.
const YEAR_WORDS: &[&str] = &[
    "year", "years", "yrs", "yr", "jahre", "jahren", "jahr", "ans", "an", "annees", "anos", "ano",
    "anni", "anno", "jaar", "jaren", "lat", "lata", "ar",
];

/// Words after "N years" that make it the company's age, not a requirement ("25 años de
/// trayectoria", "30 years of history", "100 ans d'existence").
const COMPANY_AGE_AFTER: &[&str] = &[
    "trayectoria",
    "historia",
    "history",
    "existence",
    "existencia",
    "tradition",
    "tradicion",
    "storia",
    "bestehen",
    "firmengeschichte",
    "geschiedenis",
];

/// Words before the number that make it the company's age ("seit 25 Jahren", "depuis 30 ans",
/// "desde hace 20 años", "since 1990").
const COMPANY_AGE_BEFORE: &[&str] = &["seit", "depuis", "since", "desde", "hace", "sinds"];

/// Number words up to fifteen (English and German), for "five years".
fn number(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('+');
    if let Ok(n) = w.parse::<u8>() {
        return Some(n);
    }
    let n = match w {
        "one" | "ein" | "einem" | "un" | "uno" => 1,
        "two" | "zwei" | "deux" | "dos" | "due" => 2,
        "three" | "drei" | "trois" | "tres" | "tre" => 3,
        "four" | "vier" | "quatre" | "cuatro" | "quattro" => 4,
        "five" | "funf" | "cinq" | "cinco" | "cinque" => 5,
        "six" | "sechs" | "seis" | "sei" => 6,
        "seven" | "sieben" | "sept" | "siete" | "sette" => 7,
        "eight" | "acht" | "huit" | "ocho" | "otto" => 8,
        "nine" | "neun" | "neuf" | "nueve" | "nove" => 9,
        "ten" | "zehn" | "dix" | "diez" | "dieci" => 10,
        _ => return None,
    };
    Some(n)
}

/// The largest minimum-years requirement in `text`, if any (ranges count by their lower bound).
pub(crate) fn min_years(text: &str) -> Option<u8> {
    let toks = tokens(text);
    let mut best: Option<u8> = None;
    for (i, t) in toks.iter().enumerate() {
        if !YEAR_WORDS.contains(&t.as_str()) || i == 0 {
            continue;
        }
        // the smallest number among the (up to) four tokens before the year word: "3 to 5 years"
        let lo = i.saturating_sub(4);
        let nums: Vec<u8> = toks[lo..i].iter().filter_map(|w| number(w)).collect();
        // the number must be right before (allowing "+", "or more", "to N")
        let near = number(&toks[i - 1]).is_some()
            || (i >= 2 && matches!(toks[i - 1].as_str(), "plus" | "more" | "+"));
        // the company's age, not the candidate's experience
        let after = &toks[i + 1..toks.len().min(i + 4)];
        let before = &toks[i.saturating_sub(3)..i - 1];
        if !near
            || after
                .iter()
                .any(|w| COMPANY_AGE_AFTER.contains(&w.as_str()))
            || before
                .iter()
                .any(|w| COMPANY_AGE_BEFORE.contains(&w.as_str()))
        {
            continue;
        }
        if let Some(&n) = nums.iter().min()
            && (1..=25).contains(&n)
        {
            best = best.max(Some(n));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_company_age_is_no_requirement() {
        let ad = "Empresa instaladora con 25 años de trayectoria. Requisitos: experiencia \
                  mínima de 3 años como oficial electricista.";
        assert_eq!(min_years(ad), Some(3));
        assert_eq!(
            min_years("Seit 30 Jahren am Markt. Mindestens 2 Jahre Erfahrung."),
            Some(2)
        );
        assert_eq!(
            min_years("Depuis 20 ans, nous livrons. 2 ans d'expérience."),
            Some(2)
        );
        assert_eq!(
            min_years("30 years of history; 5+ years of Python"),
            Some(5)
        );
    }

    #[test]
    fn reads_years_in_several_languages() {
        assert_eq!(min_years("5+ years of experience"), Some(5));
        assert_eq!(min_years("at least 3 years with Go"), Some(3));
        assert_eq!(min_years("3-5 years in backend"), Some(3));
        assert_eq!(min_years("mindestens 4 Jahre Berufserfahrung"), Some(4));
        assert_eq!(min_years("5 ans d'expérience"), Some(5));
        assert_eq!(min_years("three years or more"), Some(3));
        assert_eq!(min_years("we are 10 people"), None);
    }
}
