//! Renders a query tree as a recruiter-readable boolean string (LinkedIn style) that says exactly
//! what the tree selects.
//!
//! # Grammar
//!
//! ```text
//! query   := or
//! or      := and ("OR" and)*
//! and     := unary (("AND" unary) | ("NOT" unary))*      -- "A NOT B" means "A AND NOT B"
//! unary   := "NOT" unary | primary
//! primary := "*"                                         -- every profile
//!          | "(" or ")"
//!          | N "OF" "(" or ("," or)* ")"                 -- at least N of the listed clauses
//!          | SCOPE ":" term                              -- the phrase in one of the scope's fields
//!          | SCOPE ":" "(" term ("OR" term)* ")"         -- any of the phrases, same scope
//! term    := WORD | '"' words '"'
//! ```
//!
//! `NOT` binds tighter than `AND`, which binds tighter than `OR`. A phrase matches when its
//! words (case-insensitive, diacritics folded; `c++`/`c#` keep their suffix, `node.js` is
//! `node js`) appear consecutively in one value of one of the scope's fields; see [`SCOPES`].
//!
//! # From the tree
//!
//! A [`BoolQuery`] renders as the conjunction of its `must` and `filter` clauses, its `should`
//! group when `minimum_should_match` n ≥ 1 (n = 1: `A OR B`; n = every clause: `A AND B`;
//! otherwise `n OF (A, B, C)`), and `NOT` of each `must_not` clause. A `should` group with
//! n = 0 next to required clauses only scores and is left out; a node with no `must`, `filter`
//! or required `should` matches every profile (`*`, or just its `NOT …` exclusions), and one
//! that can match nobody renders as `NOT *`. A phrase with no words matches nobody (`skill:""`),
//! except as the whole query, which the index answers with every profile (`*`).

use super::query::{BoolQuery, Field, Query};

/// Named scopes: the field sets the compiled queries search, with the name shown before `:`.
///
/// | scope | fields |
/// |---|---|
/// | `title` | current role, headline, past roles |
/// | `skill` | skills, headline, experience highlights |
/// | `role` | current role, headline (negative keywords) |
/// | `location` | location |
/// | `country` | country code |
///
/// Any other field set is named by its fields' [`field_name`]s in [`Field::ALL`] order, joined
/// with `+` (e.g. `currentRole+skills`); the empty set is `none` (it matches nothing).
pub const SCOPES: &[(&str, &[Field])] = &[
    (
        "title",
        &[Field::CurrentRole, Field::Headline, Field::PastRoles],
    ),
    (
        "skill",
        &[Field::Skills, Field::Headline, Field::Highlights],
    ),
    ("role", &[Field::CurrentRole, Field::Headline]),
    ("location", &[Field::Location]),
    ("country", &[Field::Country]),
];

/// Name of the empty field set.
const NO_FIELDS: &str = "none";

/// One field's name inside composed scope names.
#[must_use]
pub fn field_name(field: Field) -> &'static str {
    match field {
        Field::CurrentRole => "currentRole",
        Field::Headline => "headline",
        Field::Skills => "skills",
        Field::PastRoles => "pastRoles",
        Field::Highlights => "highlights",
        Field::Location => "location",
        Field::Country => "country",
        Field::Company => "company",
        Field::Education => "education",
    }
}

/// The fields as a set, in [`Field::ALL`] order.
fn field_set(fields: &[Field]) -> Vec<Field> {
    Field::ALL
        .iter()
        .copied()
        .filter(|f| fields.contains(f))
        .collect()
}

/// The scope name a phrase over `fields` is shown with (order and repeats do not matter).
#[must_use]
pub fn scope_name(fields: &[Field]) -> String {
    let set = field_set(fields);
    if let Some((name, _)) = SCOPES.iter().find(|(_, f)| field_set(f) == set) {
        return (*name).to_owned();
    }
    if set.is_empty() {
        return NO_FIELDS.to_owned();
    }
    set.iter()
        .map(|f| field_name(*f))
        .collect::<Vec<_>>()
        .join("+")
}

/// The fields a scope name stands for ([`SCOPES`], or a `+`-joined list of [`field_name`]s),
/// in [`Field::ALL`] order; `None` for an unknown name.
#[must_use]
pub fn scope_fields(name: &str) -> Option<Vec<Field>> {
    if let Some((_, fields)) = SCOPES.iter().find(|(n, _)| *n == name) {
        return Some(field_set(fields));
    }
    if name == NO_FIELDS {
        return Some(Vec::new());
    }
    let mut fields = Vec::new();
    for part in name.split('+') {
        fields.push(*Field::ALL.iter().find(|f| field_name(**f) == part)?);
    }
    Some(field_set(&fields))
}

/// Renders the tree in the grammar above, e.g.
/// `title:("site reliability engineer" OR SRE) AND skill:(Kubernetes OR k8s) NOT role:intern`.
#[must_use]
pub fn render(query: &Query) -> String {
    // The index answers an empty query (even a blank phrase) with every profile.
    if query.is_empty() {
        return "*".to_owned();
    }
    let mut out = String::new();
    write_expr(&mut out, &lower(query), Prec::Or);
    out
}

/// The boolean expression a tree stands for, before rendering.
#[derive(Debug, Clone, PartialEq)]
enum Expr {
    /// Every profile.
    All,
    /// No profile (`NOT *`).
    Nothing,
    /// A phrase in one of a scope's fields.
    Term { scope: String, text: String },
    /// Every operand.
    And(Vec<Expr>),
    /// Any operand.
    Or(Vec<Expr>),
    /// At least `n` of the operands (1 < n < operands, or n > operands: nothing).
    AtLeast(usize, Vec<Expr>),
    /// Not the operand.
    Not(Box<Expr>),
}

/// The expression of a tree, with the local index's `bool` semantics.
fn lower(query: &Query) -> Expr {
    match query {
        Query::Phrase { fields, text, .. } => Expr::Term {
            scope: scope_name(fields),
            text: clean_text(text),
        },
        Query::Bool(b) => lower_bool(b),
    }
}

fn lower_bool(b: &BoolQuery) -> Expr {
    let mut required: Vec<Expr> = b.must.iter().chain(&b.filter).map(lower).collect();
    if !b.should.is_empty() {
        let should: Vec<Expr> = b.should.iter().map(lower).collect();
        if b.minimum_should_match > 0 {
            required.push(at_least(b.minimum_should_match, should));
        }
        // n = 0: the group only scores; with nothing required the node matches everything,
        // which the empty conjunction below already says.
    }
    let mut parts = vec![and(required)];
    parts.extend(b.must_not.iter().map(|q| not(lower(q))));
    and(parts)
}

fn and(operands: Vec<Expr>) -> Expr {
    let mut flat = Vec::with_capacity(operands.len());
    for e in operands {
        match e {
            Expr::All => {}
            Expr::Nothing => return Expr::Nothing,
            Expr::And(inner) => flat.extend(inner),
            other => flat.push(other),
        }
    }
    match flat.len() {
        0 => Expr::All,
        1 => flat.pop().unwrap_or(Expr::All),
        _ => Expr::And(flat),
    }
}

fn or(operands: Vec<Expr>) -> Expr {
    let mut flat = Vec::with_capacity(operands.len());
    for e in operands {
        match e {
            Expr::All => return Expr::All,
            Expr::Nothing => {}
            Expr::Or(inner) => flat.extend(inner),
            other => flat.push(other),
        }
    }
    match flat.len() {
        0 => Expr::Nothing,
        1 => flat.pop().unwrap_or(Expr::Nothing),
        _ => Expr::Or(flat),
    }
}

fn at_least(n: usize, operands: Vec<Expr>) -> Expr {
    let always = operands.iter().filter(|e| **e == Expr::All).count();
    if always >= n {
        return Expr::All;
    }
    let n = n - always;
    // Operands that match nobody never count.
    let rest: Vec<Expr> = operands
        .into_iter()
        .filter(|e| *e != Expr::All && *e != Expr::Nothing)
        .collect();
    if rest.is_empty() {
        Expr::Nothing
    } else if n == 1 {
        or(rest)
    } else if n == rest.len() {
        and(rest)
    } else {
        Expr::AtLeast(n, rest)
    }
}

fn not(e: Expr) -> Expr {
    match e {
        Expr::Not(inner) => *inner,
        Expr::All => Expr::Nothing,
        Expr::Nothing => Expr::All,
        other => Expr::Not(Box::new(other)),
    }
}

/// Binding strength of the context an expression is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Or,
    And,
    Unary,
}

fn write_expr(out: &mut String, e: &Expr, ctx: Prec) {
    match e {
        Expr::All => out.push('*'),
        Expr::Nothing => out.push_str(if ctx > Prec::And { "(NOT *)" } else { "NOT *" }),
        Expr::Term { scope, text } => {
            out.push_str(scope);
            out.push(':');
            write_term(out, text);
        }
        Expr::Or(items) => {
            if let Some(scope) = common_scope(items) {
                out.push_str(scope);
                out.push_str(":(");
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(" OR ");
                    }
                    if let Expr::Term { text, .. } = item {
                        write_term(out, text);
                    }
                }
                out.push(')');
                return;
            }
            let wrap = ctx > Prec::Or;
            if wrap {
                out.push('(');
            }
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(" OR ");
                }
                write_expr(out, item, Prec::Or);
            }
            if wrap {
                out.push(')');
            }
        }
        Expr::And(items) => write_and(out, items, ctx),
        Expr::AtLeast(n, items) => {
            out.push_str(&n.to_string());
            out.push_str(" OF (");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_expr(out, item, Prec::Or);
            }
            out.push(')');
        }
        Expr::Not(inner) => {
            out.push_str("NOT ");
            write_expr(out, inner, Prec::Unary);
        }
    }
}

/// An AND: positive operands joined with AND, then each exclusion as `NOT x`.
fn write_and(out: &mut String, items: &[Expr], ctx: Prec) {
    let wrap = ctx > Prec::And;
    if wrap {
        out.push('(');
    }
    // Positive operands joined with AND, then each exclusion as `NOT x`.
    let positive = items.iter().filter(|i| !matches!(i, Expr::Not(_)));
    let negative = items.iter().filter_map(|i| match i {
        Expr::Not(inner) => Some(inner),
        _ => None,
    });
    let mut first = true;
    for item in positive {
        if !first {
            out.push_str(" AND ");
        }
        first = false;
        write_expr(out, item, Prec::And);
    }
    for inner in negative {
        if !first {
            out.push(' ');
        }
        first = false;
        out.push_str("NOT ");
        write_expr(out, inner, Prec::Unary);
    }
    if wrap {
        out.push(')');
    }
}

/// The scope every operand shares, when every operand is a phrase.
fn common_scope(items: &[Expr]) -> Option<&str> {
    let mut scope = None;
    for item in items {
        let Expr::Term { scope: s, .. } = item else {
            return None;
        };
        match scope {
            None => scope = Some(s.as_str()),
            Some(seen) if seen == s => {}
            Some(_) => return None,
        }
    }
    scope
}

/// The phrase's text with quotes turned into spaces and whitespace collapsed (a quote and a
/// space both separate words, so what the phrase matches does not change).
fn clean_text(text: &str) -> String {
    text.replace('"', " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Words that are operators when written bare.
const KEYWORDS: [&str; 4] = ["AND", "OR", "NOT", "OF"];

fn write_term(out: &mut String, text: &str) {
    let bare = !text.is_empty()
        && !KEYWORDS.contains(&text)
        && !text
            .chars()
            .any(|c| c.is_whitespace() || matches!(c, '(' | ')' | '"' | ',' | ':' | '*'));
    if bare {
        out.push_str(text);
    } else {
        out.push('"');
        out.push_str(text);
        out.push('"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TITLE: &[Field] = &[Field::CurrentRole, Field::Headline, Field::PastRoles];
    const SKILL: &[Field] = &[Field::Skills, Field::Headline, Field::Highlights];
    const ROLE: &[Field] = &[Field::CurrentRole, Field::Headline];

    fn t(text: &str) -> Query {
        Query::phrase(TITLE, text)
    }

    fn s(text: &str) -> Query {
        Query::phrase(SKILL, text)
    }

    fn bool_of(b: BoolQuery) -> Query {
        Query::Bool(b)
    }

    fn at_least_of(n: usize, should: Vec<Query>) -> Query {
        bool_of(BoolQuery {
            should,
            minimum_should_match: n,
            ..BoolQuery::default()
        })
    }

    #[test]
    fn renders_the_contract_example() {
        let tree = bool_of(BoolQuery {
            must: vec![
                Query::any_of(vec![t("site reliability engineer"), t("SRE")]),
                Query::any_of(vec![s("Kubernetes"), s("k8s")]),
            ],
            must_not: vec![Query::phrase(ROLE, "intern")],
            ..BoolQuery::default()
        });
        assert_eq!(
            render(&tree),
            "title:(\"site reliability engineer\" OR SRE) AND skill:(Kubernetes OR k8s) \
             NOT role:intern"
        );
    }

    #[test]
    fn optional_should_clauses_next_to_required_ones_are_left_out() {
        let tree = bool_of(BoolQuery {
            must: vec![s("Go")],
            should: vec![s("gRPC")],
            minimum_should_match: 0,
            ..BoolQuery::default()
        });
        assert_eq!(render(&tree), "skill:Go");
    }

    #[test]
    fn a_two_of_group_is_not_a_plain_or() {
        let tree = at_least_of(2, vec![s("Go"), s("Python"), s("Rust")]);
        let shown = render(&tree);
        assert_eq!(shown, "2 OF (skill:Go, skill:Python, skill:Rust)");
        assert_ne!(shown, "skill:(Go OR Python OR Rust)");
        assert!(!shown.contains(" OR "), "{shown}");
    }

    #[test]
    fn minimum_should_match_one_is_or_and_all_is_and() {
        assert_eq!(
            render(&at_least_of(1, vec![s("Go"), s("golang")])),
            "skill:(Go OR golang)"
        );
        assert_eq!(
            render(&at_least_of(2, vec![s("Go"), s("gRPC")])),
            "skill:Go AND skill:gRPC"
        );
    }

    #[test]
    fn n_of_groups_hold_or_groups_without_extra_parentheses() {
        let tree = at_least_of(
            2,
            vec![
                Query::any_of(vec![s("Go"), s("golang")]),
                s("PostgreSQL"),
                Query::any_of(vec![s("Python"), t("Python Developer")]),
            ],
        );
        assert_eq!(
            render(&tree),
            "2 OF (skill:(Go OR golang), skill:PostgreSQL, skill:Python OR title:\"Python Developer\")"
        );
    }

    #[test]
    fn more_required_than_clauses_stays_explicit() {
        assert_eq!(
            render(&at_least_of(3, vec![s("Go"), s("Rust")])),
            "3 OF (skill:Go, skill:Rust)"
        );
    }

    #[test]
    fn filter_renders_like_must() {
        let tree = bool_of(BoolQuery {
            must: vec![t("Accountant")],
            filter: vec![Query::any_of(vec![
                Query::phrase(&[Field::Location], "Toronto"),
                Query::phrase(&[Field::Location], "Canada"),
                Query::phrase(&[Field::Country], "CA"),
            ])],
            ..BoolQuery::default()
        });
        assert_eq!(
            render(&tree),
            "title:Accountant AND (location:Toronto OR location:Canada OR country:CA)"
        );
    }

    #[test]
    fn only_optional_clauses_match_everyone() {
        let tree = bool_of(BoolQuery {
            should: vec![s("Go")],
            minimum_should_match: 0,
            ..BoolQuery::default()
        });
        assert_eq!(render(&tree), "*");
        assert_eq!(render(&bool_of(BoolQuery::default())), "*");
        // an empty OR group requires nothing either (the index skips an empty `should`)
        assert_eq!(render(&Query::any_of(Vec::new())), "*");
        let everyone_but = bool_of(BoolQuery {
            should: vec![s("Go")],
            must_not: vec![
                Query::phrase(ROLE, "intern"),
                Query::phrase(ROLE, "student"),
            ],
            ..BoolQuery::default()
        });
        assert_eq!(render(&everyone_but), "NOT role:intern NOT role:student");
        // a clause that matches everyone drops out of AND and n-OF, and fills an OR
        let nested = bool_of(BoolQuery {
            must: vec![t("Nurse"), bool_of(BoolQuery::default())],
            ..BoolQuery::default()
        });
        assert_eq!(render(&nested), "title:Nurse");
        let counted = at_least_of(2, vec![bool_of(BoolQuery::default()), s("Go"), s("Rust")]);
        assert_eq!(render(&counted), "skill:(Go OR Rust)");
        let filled = Query::any_of(vec![s("Go"), bool_of(BoolQuery::default())]);
        assert_eq!(render(&filled), "*");
    }

    #[test]
    fn a_clause_that_matches_nobody_is_not_star_nobody() {
        let everyone = || bool_of(BoolQuery::default());
        let nobody = || {
            bool_of(BoolQuery {
                must_not: vec![everyone()],
                ..BoolQuery::default()
            })
        };
        assert_eq!(render(&nobody()), "NOT *");
        // more required than there are clauses that can match
        assert_eq!(render(&at_least_of(2, vec![everyone(), everyone()])), "*");
        assert_eq!(
            render(&at_least_of(3, vec![everyone(), everyone()])),
            "NOT *"
        );
        let tree = bool_of(BoolQuery {
            must: vec![t("Nurse"), nobody()],
            ..BoolQuery::default()
        });
        assert_eq!(render(&tree), "NOT *");
        assert_eq!(
            render(&Query::any_of(vec![nobody(), t("Nurse")])),
            "title:Nurse"
        );
        assert_eq!(
            render(&at_least_of(
                2,
                vec![nobody(), t("Nurse"), s("Go"), s("Rust")]
            )),
            "2 OF (title:Nurse, skill:Go, skill:Rust)"
        );
        // excluding nobody excludes nothing
        let tree = bool_of(BoolQuery {
            must: vec![t("Nurse")],
            must_not: vec![nobody()],
            ..BoolQuery::default()
        });
        assert_eq!(render(&tree), "title:Nurse");
    }

    #[test]
    fn must_not_negates_one_operand() {
        let tree = bool_of(BoolQuery {
            must: vec![Query::any_of(vec![t("Designer"), t("UX Designer")])],
            must_not: vec![
                bool_of(BoolQuery {
                    must: vec![Query::phrase(ROLE, "senior"), Query::phrase(ROLE, "intern")],
                    ..BoolQuery::default()
                }),
                Query::any_of(vec![
                    Query::phrase(ROLE, "recruiter"),
                    Query::phrase(&[Field::Company], "Acme"),
                ]),
                bool_of(BoolQuery {
                    must_not: vec![Query::phrase(&[Field::Country], "GB")],
                    ..BoolQuery::default()
                }),
            ],
            ..BoolQuery::default()
        });
        // the double negation (everyone except GB, excluded) is GB, a positive operand
        assert_eq!(
            render(&tree),
            "title:(Designer OR \"UX Designer\") AND country:GB \
             NOT (role:senior AND role:intern) NOT (role:recruiter OR company:Acme)"
        );
    }

    #[test]
    fn double_negation_cancels() {
        // must_not of (everyone except GB) = GB
        let tree = bool_of(BoolQuery {
            must: vec![t("Designer")],
            must_not: vec![bool_of(BoolQuery {
                must_not: vec![Query::phrase(&[Field::Country], "GB")],
                ..BoolQuery::default()
            })],
            ..BoolQuery::default()
        });
        assert_eq!(render(&tree), "title:Designer AND country:GB");
    }

    #[test]
    fn and_inside_or_needs_no_parentheses_but_or_inside_and_does() {
        let tree = Query::any_of(vec![
            bool_of(BoolQuery {
                must: vec![t("Engineer"), s("Go")],
                ..BoolQuery::default()
            }),
            t("Go Developer"),
        ]);
        assert_eq!(
            render(&tree),
            "title:Engineer AND skill:Go OR title:\"Go Developer\""
        );
        let tree = bool_of(BoolQuery {
            must: vec![
                Query::any_of(vec![t("Engineer"), s("Go")]),
                Query::phrase(&[Field::Country], "DE"),
            ],
            ..BoolQuery::default()
        });
        assert_eq!(render(&tree), "(title:Engineer OR skill:Go) AND country:DE");
    }

    #[test]
    fn phrases_carry_their_scope() {
        assert_eq!(render(&t("backend engineer")), "title:\"backend engineer\"");
        assert_eq!(render(&s("Go")), "skill:Go");
        assert_eq!(render(&Query::phrase(ROLE, "intern")), "role:intern");
        assert_eq!(
            render(&Query::phrase(&[Field::Location], "Berlin")),
            "location:Berlin"
        );
        assert_eq!(
            render(&Query::phrase(&[Field::Country], "DE")),
            "country:DE"
        );
        // order and repeats of fields do not matter
        assert_eq!(
            render(&Query::phrase(
                &[
                    Field::PastRoles,
                    Field::CurrentRole,
                    Field::Headline,
                    Field::PastRoles
                ],
                "cto"
            )),
            "title:cto"
        );
        assert_eq!(
            render(&Query::phrase(&[Field::Skills, Field::CurrentRole], "Go")),
            "currentRole+skills:Go"
        );
        assert_eq!(render(&Query::phrase(&[], "Go")), "none:Go");
    }

    #[test]
    fn scope_names_round_trip() {
        for (name, fields) in SCOPES {
            assert_eq!(scope_name(fields), *name);
            assert_eq!(scope_fields(name), Some(field_set(fields)));
        }
        // every subset of fields has a name that maps back to it
        for mask in 0u32..(1 << Field::ALL.len()) {
            let fields: Vec<Field> = Field::ALL
                .iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, f)| *f)
                .collect();
            let name = scope_name(&fields);
            assert_eq!(scope_fields(&name), Some(fields.clone()), "{name}");
            assert!(
                name.chars().all(|c| c.is_ascii_alphanumeric() || c == '+'),
                "{name}"
            );
        }
        assert_eq!(scope_fields("nope"), None);
        assert_eq!(scope_fields("skills+nope"), None);
    }

    #[test]
    fn mixed_scopes_are_not_factored() {
        let tree = Query::any_of(vec![
            Query::phrase(&[Field::Location], "Berlin"),
            Query::phrase(&[Field::Location], "Germany"),
            Query::phrase(&[Field::Country], "DE"),
        ]);
        assert_eq!(
            render(&tree),
            "location:Berlin OR location:Germany OR country:DE"
        );
    }

    #[test]
    fn terms_are_quoted_when_they_could_read_as_syntax() {
        assert_eq!(render(&s("C++")), "skill:C++");
        assert_eq!(render(&s("C#")), "skill:C#");
        assert_eq!(render(&s("Node.js")), "skill:Node.js");
        assert_eq!(render(&s("OR")), "skill:\"OR\"");
        assert_eq!(render(&s("a,b")), "skill:\"a,b\"");
        assert_eq!(render(&s("k8s:v1")), "skill:\"k8s:v1\"");
        assert_eq!(render(&s("*")), "skill:\"*\"");
        assert_eq!(render(&s("(x)")), "skill:\"(x)\"");
        // a blank phrase matches nothing inside a tree, everything as the whole query
        assert_eq!(render(&s("")), "*");
        assert_eq!(
            render(&bool_of(BoolQuery {
                must: vec![t("Nurse"), s(" ")],
                ..BoolQuery::default()
            })),
            "title:Nurse AND skill:\"\""
        );
        // a quote separates words like a space does
        assert_eq!(render(&s("say \"hi\"  there")), "skill:\"say hi there\"");
        assert_eq!(render(&s("a\"b")), "skill:\"a b\"");
    }
}
