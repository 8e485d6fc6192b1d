//! Either/or requirements: "Python or Go", "Java/Kotlin", "React (or Vue)", "one of AWS, GCP,
//! Azure" name one requirement with alternatives, not several must-haves.
//!
//! A sentence is cut into items at list separators (`,` `;` `(` `)` `and` …) and alternative
//! separators (`or`, `/` between two skills, `oder`, `ou`, `o`). Skills of neighbouring items
//! joined by an alternative separator form one group; after "one of", "either" or "any of" the
//! commas of the list that follows separate alternatives too.

use super::text::norm;

/// How two items of a sentence are joined.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sep {
    /// A list of separate things (`,`, `and`, `(`).
    List,
    /// Alternatives (`or`, `/`).
    Alt,
    /// End of a clause (`.`, `;`, `:`).
    Stop,
}

/// Words that join alternatives, in the languages the sections parser knows.
const OR_WORDS: &[&str] = &["or", "oder", "ou", "o"];
/// Words that join a list.
const AND_WORDS: &[&str] = &["and", "und", "et", "y", "e", "en", "&", "plus"];
/// Phrases after which a comma list is a choice.
const CHOICE_MARKERS: &[&str] = &[
    "one of",
    "either",
    "any of",
    "eines von",
    "einer der",
    "l un des",
    "uno de",
];

/// Groups of skill names (canonical, in order of mention) that `text` offers as alternatives;
/// `skills` names the skills a piece of text mentions.
pub(crate) fn alternative_groups(
    text: &str,
    skills: &dyn Fn(&str) -> Vec<String>,
) -> Vec<Vec<String>> {
    let items = split_items(text, skills);
    let mut groups: Vec<Vec<String>> = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut choice = false;
    let mut prev_sep = Sep::Stop;
    for (item, sep) in &items {
        let found: Vec<String> = skills(item);
        let lower = format!(" {} ", norm(item));
        if CHOICE_MARKERS
            .iter()
            .any(|m| lower.contains(&format!(" {m} ")))
        {
            choice = true;
        }
        let joined = prev_sep == Sep::Alt || (choice && prev_sep == Sep::List);
        if found.is_empty() {
            // "Python or a similar language": nothing to join; a non-skill item breaks a chain
            if !joined || !item.trim().is_empty() {
                flush(&mut current, &mut groups);
            }
        } else if joined && !current.is_empty() {
            // the first skill of this item is an alternative of the last one before
            push_name(&mut current, &found[0]);
            if found.len() > 1 {
                flush(&mut current, &mut groups);
                current.push(found[found.len() - 1].clone());
            }
        } else {
            flush(&mut current, &mut groups);
            current.push(found[found.len() - 1].clone());
        }
        if *sep == Sep::Stop || (*sep == Sep::List && !choice) {
            flush(&mut current, &mut groups);
        }
        if *sep == Sep::Stop {
            choice = false;
        }
        prev_sep = *sep;
    }
    flush(&mut current, &mut groups);
    groups
}

fn push_name(group: &mut Vec<String>, name: &str) {
    if !group.iter().any(|g| g == name) {
        group.push(name.to_owned());
    }
}

fn flush(current: &mut Vec<String>, groups: &mut Vec<Vec<String>>) {
    if current.len() >= 2 {
        groups.push(std::mem::take(current));
    } else {
        current.clear();
    }
}

/// Cuts `text` into items, each with the separator that follows it.
fn split_items(text: &str, skills: &dyn Fn(&str) -> Vec<String>) -> Vec<(String, Sep)> {
    let mut items: Vec<(String, Sep)> = Vec::new();
    let mut item = String::new();
    // an empty item joins its separator to the previous one: "React (or Vue)", "Go, or Rust"
    let cut = |item: &mut String, sep: Sep, items: &mut Vec<(String, Sep)>| {
        if item.trim().is_empty()
            && let Some(last) = items.last_mut()
        {
            last.1 = match (last.1, sep) {
                (Sep::Stop, _) | (_, Sep::Stop) => Sep::Stop,
                (Sep::Alt, _) | (_, Sep::Alt) => Sep::Alt,
                _ => Sep::List,
            };
            item.clear();
            return;
        }
        items.push((std::mem::take(item), sep));
    };
    for word in text.split_whitespace() {
        let mut w = word;
        while let Some(rest) = w.strip_prefix('(') {
            cut(&mut item, Sep::List, &mut items);
            w = rest;
        }
        let mut trailing: Vec<Sep> = Vec::new();
        while let Some(last) = w.chars().last() {
            let sep = match last {
                ',' | ')' => Sep::List,
                ';' | ':' | '!' | '?' => Sep::Stop,
                '.' if w.len() > 1 && !w[..w.len() - 1].contains('.') => Sep::Stop,
                _ => break,
            };
            trailing.push(sep);
            w = &w[..w.len() - last.len_utf8()];
        }
        let lw = w.to_lowercase();
        if OR_WORDS.contains(&lw.as_str()) {
            cut(&mut item, Sep::Alt, &mut items);
        } else if AND_WORDS.contains(&lw.as_str()) {
            cut(&mut item, Sep::List, &mut items);
        } else if let Some((l, r)) = slash_alternatives(w, skills) {
            if !item.is_empty() {
                item.push(' ');
            }
            item.push_str(l);
            cut(&mut item, Sep::Alt, &mut items);
            item.push_str(r);
        } else if !w.is_empty() {
            if !item.is_empty() {
                item.push(' ');
            }
            item.push_str(w);
        }
        // "Go," then "Rust" — the strongest trailing separator wins
        if let Some(sep) = trailing
            .iter()
            .copied()
            .max_by_key(|s| matches!(s, Sep::Stop) as u8)
        {
            cut(&mut item, sep, &mut items);
        }
    }
    if !item.is_empty() {
        items.push((item, Sep::Stop));
    }
    items
}

/// `Java/Kotlin` → (`Java`, `Kotlin`) when both sides are skills and the whole is not one
/// skill of its own (`CI/CD`, `TCP/IP`, `PL/SQL` stay whole).
fn slash_alternatives<'w>(
    word: &'w str,
    skills: &dyn Fn(&str) -> Vec<String>,
) -> Option<(&'w str, &'w str)> {
    let (l, r) = word.split_once('/')?;
    if l.is_empty() || r.is_empty() || r.contains('/') {
        return None;
    }
    let left = skills(l);
    let right = skills(r);
    let whole = skills(word);
    let distinct = match (left.first(), right.first()) {
        (Some(a), Some(b)) => a != b,
        _ => false,
    };
    (distinct && whole.len() >= 2).then_some((l, r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::Taxonomy;

    fn groups(text: &str) -> Vec<Vec<String>> {
        let skills = Taxonomy::bundled().skills();
        let find = |t: &str| -> Vec<String> {
            skills
                .find_in_text(t)
                .into_iter()
                .map(|e| e.canonical.clone())
                .collect()
        };
        alternative_groups(text, &find)
    }

    #[test]
    fn finds_the_alternatives_a_recruiter_reads() {
        assert_eq!(
            groups("Python or Go, PostgreSQL, AWS, Docker, Kubernetes, REST APIs, 5+ years"),
            vec![vec!["Python".to_owned(), "Go".to_owned()]]
        );
        assert_eq!(
            groups("You know Java/Kotlin and Spring Boot."),
            vec![vec!["Java".to_owned(), "Kotlin".to_owned()]]
        );
        assert_eq!(
            groups("React (or Vue) and TypeScript"),
            vec![vec!["React".to_owned(), "Vue.js".to_owned()]]
        );
        let clouds = groups("Experience with one of AWS, GCP, Azure. Terraform is required.");
        assert_eq!(clouds.len(), 1, "{clouds:?}");
        assert_eq!(clouds[0].len(), 3, "{clouds:?}");
    }

    #[test]
    fn plain_lists_and_whole_skills_are_not_alternatives() {
        assert!(groups("Kubernetes, Terraform and Go on AWS.").is_empty());
        assert!(groups("You own our CI/CD pipelines and TCP/IP networking.").is_empty());
        assert!(groups("Python. Go is a plus.").is_empty());
    }
}
