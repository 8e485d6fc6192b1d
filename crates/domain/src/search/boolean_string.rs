//! Renders a query tree as a recruiter-readable boolean string (LinkedIn style).

use super::query::{BoolQuery, Query};

/// Renders `("site reliability engineer" OR SRE) AND (Kubernetes OR k8s) NOT intern`.
pub fn render(query: &Query) -> String {
    render_node(query, true)
}

fn render_term(text: &str) -> String {
    let text = text.replace('"', "");
    if text.chars().any(|c| c.is_whitespace()) {
        format!("\"{text}\"")
    } else {
        text
    }
}

fn render_node(query: &Query, top: bool) -> String {
    match query {
        Query::Phrase { text, .. } => render_term(text),
        Query::Bool(b) => render_bool(b, top),
    }
}

fn group(parts: Vec<String>, op: &str, wrap: bool) -> Option<String> {
    match parts.len() {
        0 => None,
        1 => parts.into_iter().next(),
        _ => {
            let joined = parts.join(op);
            Some(if wrap { format!("({joined})") } else { joined })
        }
    }
}

fn render_bool(b: &BoolQuery, top: bool) -> String {
    let mut required: Vec<String> = b
        .must
        .iter()
        .chain(b.filter.iter())
        .map(|q| render_node(q, false))
        .filter(|s| !s.is_empty())
        .collect();
    let should: Vec<String> = b
        .should
        .iter()
        .map(|q| render_node(q, false))
        .filter(|s| !s.is_empty())
        .collect();
    if b.minimum_should_match > 0
        && let Some(or_group) = group(should, " OR ", true)
    {
        required.push(or_group);
    }
    let mut out = group(required, " AND ", !top).unwrap_or_default();
    for not in &b.must_not {
        let rendered = render_node(not, false);
        if rendered.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str("NOT ");
        out.push_str(&rendered);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Field;

    #[test]
    fn renders_the_contract_example() {
        let title = Query::any_of(vec![
            Query::phrase(&[Field::CurrentRole], "site reliability engineer"),
            Query::phrase(&[Field::CurrentRole], "SRE"),
        ]);
        let skill = Query::any_of(vec![
            Query::phrase(&[Field::Skills], "Kubernetes"),
            Query::phrase(&[Field::Skills], "k8s"),
        ]);
        let tree = Query::Bool(BoolQuery {
            must: vec![title, skill],
            must_not: vec![Query::phrase(&[Field::CurrentRole], "intern")],
            ..BoolQuery::default()
        });
        assert_eq!(
            render(&tree),
            "(\"site reliability engineer\" OR SRE) AND (Kubernetes OR k8s) NOT intern"
        );
    }

    #[test]
    fn optional_should_clauses_are_not_rendered_as_required() {
        let tree = Query::Bool(BoolQuery {
            must: vec![Query::phrase(&[Field::Skills], "Go")],
            should: vec![Query::phrase(&[Field::Skills], "gRPC")],
            minimum_should_match: 0,
            ..BoolQuery::default()
        });
        assert_eq!(render(&tree), "Go");
    }
}
