//! The shown query is the executed query: an independent evaluator of the rendered boolean
//! string must select exactly the profiles the local index selects for the query tree.
//!
//! The evaluator here shares no code with the renderer or the index: its own tokenizer and
//! recursive-descent parser for the string, and its own matcher over the profiles' JSON (the
//! only thing it takes from the domain is the scope table, which is the documented meaning of
//! `scope:`, and the gender-folding rule of words, `fold_gender`). It re-implements the index's word rules (`crates/adapters-search/src/local/
//! tokenize.rs`): lower-cased, diacritics folded, words are runs of letters and digits, a
//! trailing `+`/`#` run stays on its word (`c++`, `c#`), other separators split (`node.js` →
//! `node js`); a phrase matches when its words appear consecutively inside one value of one of
//! the scope's fields.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, Instant};

use serde_json::Value;
use sourcing_adapters_search::LocalPeopleSearch;
use sourcing_adapters_search::ProfileRecord;
use sourcing_domain::icp::{JobAd, build_icp, retrieval_steps};
use sourcing_domain::ids::CompanyId;
use sourcing_domain::ports::SearchRequest;
use sourcing_domain::profile::{Profile, normalize};
use sourcing_domain::search::boolean_string::{SCOPES, render, scope_fields};
use sourcing_domain::search::{BoolQuery, Field, Query};
use sourcing_domain::taxonomy::{Taxonomy, fold_gender};

// ---------------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------------

/// Base letters and the accented forms that fold to them (Latin-1 and Latin Extended-A).
const FOLDS: &[(&str, &str)] = &[
    ("a", "àáâãäåāăą"),
    ("ae", "æ"),
    ("c", "çćĉċč"),
    ("d", "ďđð"),
    ("e", "èéêëēĕėęě"),
    ("g", "ĝğġģ"),
    ("h", "ĥħ"),
    ("i", "ìíîïĩīĭįı"),
    ("ij", "ĳ"),
    ("j", "ĵ"),
    ("k", "ķ"),
    ("l", "ĺļľŀł"),
    ("n", "ñńņň"),
    ("o", "òóôõöøōŏő"),
    ("oe", "œ"),
    ("r", "ŕŗř"),
    ("s", "śŝşšș"),
    ("ss", "ß"),
    ("t", "ţťŧț"),
    ("th", "þ"),
    ("u", "ùúûüũūŭůűų"),
    ("w", "ŵ"),
    ("y", "ýÿŷ"),
    ("z", "źżž"),
];

fn fold_into(c: char, out: &mut String) {
    if ('\u{0300}'..='\u{036F}').contains(&c) {
        return; // combining mark
    }
    match FOLDS.iter().find(|(_, accented)| accented.contains(c)) {
        Some((base, _)) => out.push_str(base),
        None => out.push(c),
    }
}

/// The words of a text, as the index sees them.
fn words(text: &str) -> Vec<String> {
    let mut folded = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        fold_into(c, &mut folded);
    }
    let chars: Vec<char> = folded.chars().collect();
    let mut out = Vec::new();
    let mut word = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() {
            word.push(c);
            i += 1;
            continue;
        }
        let is_suffix = |c: char| c == '+' || c == '#';
        if is_suffix(c) && !word.is_empty() {
            let run_end = (i..chars.len())
                .find(|&j| !is_suffix(chars[j]))
                .unwrap_or(chars.len());
            // "c++" keeps its suffix; "a+b" is two words
            if !chars.get(run_end).is_some_and(|n| n.is_alphanumeric()) {
                word.extend(&chars[i..run_end]);
            }
            out.push(std::mem::take(&mut word));
            i = run_end;
            continue;
        }
        if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        i += 1;
    }
    if !word.is_empty() {
        out.push(word);
    }
    // the one word rule taken from the domain: gendered forms share a key
    out.into_iter()
        .map(|w| fold_gender(&w).into_owned())
        .collect()
}

thread_local! {
    /// Word → id, so matching compares numbers (each test thread has its own).
    static LEXICON: std::cell::RefCell<HashMap<String, u32>> = Default::default();
}

/// The words of a text as ids.
fn word_ids(text: &str) -> Vec<u32> {
    LEXICON.with(|lexicon| {
        let mut lexicon = lexicon.borrow_mut();
        words(text)
            .into_iter()
            .map(|w| {
                let next = lexicon.len() as u32;
                *lexicon.entry(w).or_insert(next)
            })
            .collect()
    })
}

// ---------------------------------------------------------------------------------------------
// Profiles as the evaluator sees them: per field, the word lists of each value
// ---------------------------------------------------------------------------------------------

#[derive(Clone)]
struct Doc {
    id: String,
    /// `fields[i]` belongs to `Field::ALL[i]`: one word list per value.
    fields: Vec<Vec<Vec<u32>>>,
    /// Every word of each field, sorted, to skip fields a phrase cannot be in.
    vocabulary: Vec<Vec<u32>>,
}

fn strings(v: Option<&Value>) -> Vec<&str> {
    match v {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

fn each<'a>(v: &'a Value, list: &str, key: &str) -> Vec<&'a str> {
    v.get(list)
        .and_then(Value::as_array)
        .map(|items| items.iter().flat_map(|i| strings(i.get(key))).collect())
        .unwrap_or_default()
}

/// A field's values, read from the profile's JSON.
fn json_values(v: &Value, field: Field) -> Vec<&str> {
    match field {
        Field::CurrentRole => strings(v.get("currentRole")),
        Field::Headline => strings(v.get("headline")),
        Field::Skills => strings(v.get("skills")),
        Field::PastRoles => each(v, "experience", "role"),
        Field::Highlights => each(v, "experience", "highlights"),
        Field::Location => strings(v.get("location")),
        Field::Country => strings(v.get("country")),
        Field::Company => {
            let mut out = strings(v.get("currentCompany"));
            out.extend(each(v, "experience", "company"));
            out
        }
        Field::Education => v
            .get("education")
            .and_then(Value::as_array)
            .map(|items| {
                items
                    .iter()
                    .flat_map(|e| ["school", "degree", "field"].map(|k| strings(e.get(k))))
                    .flatten()
                    .collect()
            })
            .unwrap_or_default(),
    }
}

impl Doc {
    fn new(v: &Value) -> Self {
        let fields: Vec<Vec<Vec<u32>>> = Field::ALL
            .iter()
            .map(|f| json_values(v, *f).into_iter().map(word_ids).collect())
            .collect();
        let vocabulary = fields
            .iter()
            .map(|values| {
                let mut all: Vec<u32> = values.iter().flatten().copied().collect();
                all.sort_unstable();
                all.dedup();
                all
            })
            .collect();
        Self {
            id: v["profileId"].as_str().unwrap_or_default().to_owned(),
            fields,
            vocabulary,
        }
    }

    fn has_phrase(&self, fields: &[Field], phrase: &[u32]) -> bool {
        !phrase.is_empty()
            && fields.iter().any(|f| {
                let slot = Field::ALL.iter().position(|a| a == f).unwrap();
                phrase
                    .iter()
                    .all(|w| self.vocabulary[slot].binary_search(w).is_ok())
                    && self.fields[slot]
                        .iter()
                        .any(|value| value.windows(phrase.len()).any(|w| w == phrase))
            })
    }
}

// ---------------------------------------------------------------------------------------------
// The string: lexer, recursive-descent parser, evaluation
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Open,
    Close,
    Comma,
    Colon,
    /// A quoted phrase.
    Quoted(String),
    /// Anything else up to whitespace or punctuation (`AND`, `3`, `*`, `Go`, `C++`, `title`).
    Word(String),
}

fn lex(s: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let mut chars = s.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            c if c.is_whitespace() => {
                chars.next();
            }
            '(' | ')' | ',' | ':' => {
                chars.next();
                out.push(match c {
                    '(' => Tok::Open,
                    ')' => Tok::Close,
                    ',' => Tok::Comma,
                    _ => Tok::Colon,
                });
            }
            '"' => {
                chars.next();
                let mut text = String::new();
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some(c) => text.push(c),
                        None => return Err(format!("unterminated quote in {s:?}")),
                    }
                }
                out.push(Tok::Quoted(text));
            }
            _ => {
                let mut word = String::new();
                while let Some(&c) = chars.peek() {
                    if c.is_whitespace() || matches!(c, '(' | ')' | ',' | ':' | '"') {
                        break;
                    }
                    word.push(c);
                    chars.next();
                }
                out.push(Tok::Word(word));
            }
        }
    }
    Ok(out)
}

#[derive(Debug, Clone)]
enum Node {
    All,
    Phrase(Vec<Field>, Vec<u32>),
    And(Vec<Node>),
    Or(Vec<Node>),
    AtLeast(usize, Vec<Node>),
    Not(Box<Node>),
}

struct Parser<'a> {
    toks: &'a [Tok],
    at: usize,
    source: &'a str,
}

const KEYWORDS: [&str; 4] = ["AND", "OR", "NOT", "OF"];

impl Parser<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.at)
    }

    fn peek_at(&self, ahead: usize) -> Option<&Tok> {
        self.toks.get(self.at + ahead)
    }

    fn is_keyword(&self, kw: &str) -> bool {
        matches!(self.peek(), Some(Tok::Word(w)) if w == kw)
    }

    fn fail<T>(&self, what: &str) -> Result<T, String> {
        Err(format!(
            "{what} at token {} ({:?}) of {:?}",
            self.at,
            self.peek(),
            self.source
        ))
    }

    fn expect(&mut self, tok: &Tok) -> Result<(), String> {
        if self.peek() == Some(tok) {
            self.at += 1;
            Ok(())
        } else {
            self.fail(&format!("expected {tok:?}"))
        }
    }

    /// `or := and ("OR" and)*`; inside `scope:( … )` bare terms take `scope`.
    fn or(&mut self, scope: Option<&[Field]>) -> Result<Node, String> {
        let mut items = vec![self.and(scope)?];
        while self.is_keyword("OR") {
            self.at += 1;
            items.push(self.and(scope)?);
        }
        Ok(if items.len() == 1 {
            items.remove(0)
        } else {
            Node::Or(items)
        })
    }

    /// `and := unary (("AND" unary) | ("NOT" unary))*`.
    fn and(&mut self, scope: Option<&[Field]>) -> Result<Node, String> {
        let mut items = vec![self.unary(scope)?];
        loop {
            if self.is_keyword("AND") {
                self.at += 1;
                items.push(self.unary(scope)?);
            } else if self.is_keyword("NOT") {
                items.push(self.unary(scope)?);
            } else {
                break;
            }
        }
        Ok(if items.len() == 1 {
            items.remove(0)
        } else {
            Node::And(items)
        })
    }

    fn unary(&mut self, scope: Option<&[Field]>) -> Result<Node, String> {
        if self.is_keyword("NOT") {
            self.at += 1;
            return Ok(Node::Not(Box::new(self.unary(scope)?)));
        }
        self.primary(scope)
    }

    fn primary(&mut self, scope: Option<&[Field]>) -> Result<Node, String> {
        match self.peek().cloned() {
            Some(Tok::Open) => {
                self.at += 1;
                let inner = self.or(scope)?;
                self.expect(&Tok::Close)?;
                Ok(inner)
            }
            Some(Tok::Word(w)) if w == "*" => {
                self.at += 1;
                Ok(Node::All)
            }
            Some(Tok::Word(n))
                if n.chars().all(|c| c.is_ascii_digit())
                    && matches!(self.peek_at(1), Some(Tok::Word(of)) if of == "OF") =>
            {
                self.at += 2;
                let n: usize = n.parse().map_err(|e| format!("{e}"))?;
                self.expect(&Tok::Open)?;
                let mut items = vec![self.or(scope)?];
                while self.peek() == Some(&Tok::Comma) {
                    self.at += 1;
                    items.push(self.or(scope)?);
                }
                self.expect(&Tok::Close)?;
                Ok(Node::AtLeast(n, items))
            }
            Some(Tok::Word(name)) if self.peek_at(1) == Some(&Tok::Colon) => {
                let Some(fields) = scope_fields(&name) else {
                    return self.fail(&format!("unknown scope {name:?}"));
                };
                self.at += 2;
                match self.peek().cloned() {
                    Some(Tok::Open) => {
                        self.at += 1;
                        let inner = self.or(Some(&fields))?;
                        self.expect(&Tok::Close)?;
                        Ok(inner)
                    }
                    Some(Tok::Quoted(text)) => {
                        self.at += 1;
                        Ok(Node::Phrase(fields, word_ids(&text)))
                    }
                    Some(Tok::Word(text)) if !KEYWORDS.contains(&text.as_str()) => {
                        self.at += 1;
                        Ok(Node::Phrase(fields, word_ids(&text)))
                    }
                    _ => self.fail("expected a term after the scope"),
                }
            }
            Some(Tok::Quoted(text)) if scope.is_some() => {
                self.at += 1;
                Ok(Node::Phrase(
                    scope.unwrap_or_default().to_vec(),
                    word_ids(&text),
                ))
            }
            Some(Tok::Word(text)) if scope.is_some() && !KEYWORDS.contains(&text.as_str()) => {
                self.at += 1;
                Ok(Node::Phrase(
                    scope.unwrap_or_default().to_vec(),
                    word_ids(&text),
                ))
            }
            _ => self.fail("expected a term, `*`, `(` or `N OF (`"),
        }
    }
}

fn parse(source: &str) -> Result<Node, String> {
    let toks = lex(source)?;
    let mut p = Parser {
        toks: &toks,
        at: 0,
        source,
    };
    let node = p.or(None)?;
    if p.at != toks.len() {
        return p.fail("trailing input");
    }
    Ok(node)
}

fn matches(node: &Node, doc: &Doc) -> bool {
    match node {
        Node::All => true,
        Node::Phrase(fields, phrase) => doc.has_phrase(fields, phrase),
        Node::And(items) => items.iter().all(|n| matches(n, doc)),
        Node::Or(items) => items.iter().any(|n| matches(n, doc)),
        Node::AtLeast(n, items) => items.iter().filter(|i| matches(i, doc)).count() >= *n,
        Node::Not(inner) => !matches(inner, doc),
    }
}

/// Ids the rendered string selects.
fn string_selects<'a>(shown: &str, docs: impl IntoIterator<Item = &'a Doc>) -> BTreeSet<String> {
    let node = parse(shown).unwrap_or_else(|e| panic!("cannot parse the shown query: {e}"));
    docs.into_iter()
        .filter(|d| matches(&node, d))
        .map(|d| d.id.clone())
        .collect()
}

/// Ids the local index selects for the tree (every hit, and the total agrees).
fn index_selects(query: &Query, profiles: &[Profile]) -> BTreeSet<String> {
    let index = LocalPeopleSearch::from_profiles(profiles.to_vec());
    let results = index.search_now(&SearchRequest {
        company: CompanyId::new_random(),
        query: query.clone(),
        exclude_ids: Vec::new(),
        size: profiles.len(),
    });
    let ids: BTreeSet<String> = results
        .hits
        .into_iter()
        .map(|h| h.profile.profile_id)
        .collect();
    assert_eq!(results.total, ids.len() as u64, "total vs hits");
    ids
}

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

fn repo_path(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(rel)
}

fn wait_for(path: &Path) {
    let deadline = Instant::now() + Duration::from_secs(300);
    while !path.exists() {
        assert!(
            Instant::now() < deadline,
            "{} never appeared",
            path.display()
        );
        std::thread::sleep(Duration::from_secs(2));
    }
}

/// One profile, as the evaluator reads its JSON and as the index gets it.
#[derive(Clone)]
struct Person {
    doc: Rc<Doc>,
    profile: Profile,
}

impl Person {
    /// The profile as the index holds it (the domain's normal form: countries as ISO codes,
    /// dates as `YYYY-MM` …), and the document the shown string is evaluated on, made from it.
    fn from_json(json: Value) -> Self {
        let mut profile = Profile::from(serde_json::from_value::<ProfileRecord>(json).unwrap());
        normalize(&mut profile, Taxonomy::bundled());
        let doc = Rc::new(Doc::new(
            &serde_json::to_value(ProfileRecord::from(&profile)).unwrap(),
        ));
        Self { doc, profile }
    }
}

fn corpus() -> Vec<Person> {
    let path = repo_path("data/corpus/people.jsonl");
    wait_for(&path);
    std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| Person::from_json(serde_json::from_str(l).unwrap()))
        .collect()
}

/// An ad of the evaluation set (or one of ours), with its planted profiles.
struct EvalAd {
    id: String,
    ad: JobAd,
    planted: Vec<Person>,
}

fn text(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// The ads of `data/eval/set.json`, when it is there.
fn eval_set_ads() -> Vec<EvalAd> {
    let path = repo_path("data/eval/set.json");
    let Ok(raw) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    let set: Value = serde_json::from_str(&raw).unwrap();
    set["ads"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| EvalAd {
            id: text(a, "id").unwrap(),
            ad: JobAd {
                title: text(a, "title").unwrap(),
                job_description: text(a, "jobDescription").unwrap_or_default(),
                location: text(a, "location"),
                query: text(a, "query"),
            },
            planted: a["judgements"]
                .as_array()
                .map(|js| {
                    js.iter()
                        .map(|j| Person::from_json(j["profile"].clone()))
                        .collect()
                })
                .unwrap_or_default(),
        })
        .collect()
}

/// A few ads of our own, with shapes the set may not have (either/or, remote, non-English).
fn own_ads() -> Vec<EvalAd> {
    let ad = |id: &str, title: &str, description: &str, location: Option<&str>| EvalAd {
        id: id.to_owned(),
        ad: JobAd {
            title: title.to_owned(),
            job_description: description.to_owned(),
            location: location.map(str::to_owned),
            query: None,
        },
        planted: Vec::new(),
    };
    vec![
        ad(
            "own-backend-us",
            "Senior Backend Engineer",
            "Python or Go, PostgreSQL, AWS, Docker, Kubernetes, REST APIs, 5+ years.",
            Some("United States"),
        ),
        ad(
            "own-accountant-toronto",
            "Accountant",
            "CPA preferred. Experience with IFRS, month-end close and Excel. QuickBooks is a plus.",
            Some("Toronto, Canada"),
        ),
        ad(
            "own-sre-berlin",
            "Senior Site Reliability Engineer",
            "Kubernetes, Terraform and Go on AWS. 5+ years. Prometheus is a plus. No agencies.",
            Some("Berlin, Germany"),
        ),
        ad(
            "own-java-muenchen",
            "Java Entwickler (m/w/d)",
            "Wir suchen eine:n Java-Entwickler:in mit Spring Boot, Kafka und PostgreSQL. \
             Kotlin ist ein Plus. Keine Agenturen.",
            Some("München"),
        ),
        ad(
            "own-designer-remote",
            "Product Designer",
            "Figma, design systems, user research. One of Sketch or Adobe XD is a plus.",
            Some("Remote (UK)"),
        ),
    ]
}

/// Every `stride`-th element, at most `cap`, so picks spread over the list.
fn spread<T: Clone>(items: &[T], cap: usize) -> Vec<T> {
    if items.len() <= cap {
        return items.to_vec();
    }
    let stride = items.len().div_ceil(cap);
    items.iter().step_by(stride).cloned().collect()
}

/// Keeps the first profile of each id (as the index does).
fn unique(people: Vec<Person>) -> Vec<Person> {
    let mut seen = BTreeSet::new();
    people
        .into_iter()
        .filter(|p| seen.insert(p.profile.profile_id.clone()))
        .collect()
}

/// A made-up profile the tree selects, for a step nobody in the corpus fits: every phrase on
/// the way through `must`, `filter` and the first `minimum_should_match` of `should` is written
/// into one of its fields (list fields first, so phrases stay apart and the current role and
/// headline, where negative keywords look, stay empty when they can).
fn witness(id: &str, query: &Query) -> Person {
    fn collect(q: &Query, out: &mut Vec<(Field, String)>) {
        match q {
            Query::Phrase { fields, text, .. } => {
                let preference = [
                    Field::Skills,
                    Field::PastRoles,
                    Field::Highlights,
                    Field::Company,
                    Field::Education,
                    Field::Location,
                    Field::Country,
                    Field::Headline,
                    Field::CurrentRole,
                ];
                if let Some(f) = preference.iter().find(|f| fields.contains(f)) {
                    out.push((*f, text.clone()));
                }
            }
            Query::Bool(b) => {
                for c in b.must.iter().chain(&b.filter) {
                    collect(c, out);
                }
                for c in b.should.iter().take(b.minimum_should_match) {
                    collect(c, out);
                }
            }
        }
    }
    let mut parts = Vec::new();
    collect(query, &mut parts);
    let of = |field: Field| -> Vec<String> {
        parts
            .iter()
            .filter(|(f, _)| *f == field)
            .map(|(_, t)| t.clone())
            .collect()
    };
    let one = |field: Field| -> Value {
        let values = of(field);
        if values.is_empty() {
            Value::Null
        } else {
            Value::String(values.join(" / "))
        }
    };
    let mut experience: Vec<Value> = of(Field::PastRoles)
        .into_iter()
        .map(|r| serde_json::json!({"role": r}))
        .collect();
    experience.extend(
        of(Field::Company)
            .into_iter()
            .map(|c| serde_json::json!({"company": c})),
    );
    experience.push(serde_json::json!({"highlights": of(Field::Highlights)}));
    let json = serde_json::json!({
        "profileId": id,
        "name": "Made-up Witness",
        "currentRole": one(Field::CurrentRole),
        "headline": one(Field::Headline),
        "location": one(Field::Location),
        "country": one(Field::Country),
        "skills": of(Field::Skills),
        "experience": experience,
        "education": of(Field::Education)
            .into_iter()
            .map(|f| serde_json::json!({"field": f}))
            .collect::<Vec<_>>(),
    });
    Person::from_json(json)
}

const BASE_SAMPLE: usize = 300;
const MATCH_CAP: usize = 150;

// ---------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------

#[test]
fn the_evaluator_reads_words_like_the_index() {
    assert_eq!(words("München, Straße"), ["munchen", "strass"]);
    assert_eq!(words("Infirmière"), words("infirmier"));
    assert_eq!(words("Mu\u{0308}nchen"), ["munchen"]);
    assert_eq!(words("Łódź Kraków"), ["lodz", "krakow"]);
    assert_eq!(words("C++, C#, C"), ["c++", "c#", "c"]);
    assert_eq!(
        words("Node.js / React-Native"),
        ["node", "js", "react", "nativ"]
    );
    assert_eq!(words("a+b"), ["a", "b"]);
    assert!(words("  ++ ").is_empty());
    let p = parse("title:(\"backend engineer\" OR SRE) AND 2 OF (skill:Go, skill:(Rust OR C++), skill:x) NOT role:intern OR *").unwrap();
    assert!(
        matches!(p, Node::Or(ref items) if items.len() == 2),
        "{p:?}"
    );
    assert!(parse("title:").is_err());
    assert!(parse("nosuchscope:x").is_err());
    assert!(parse("Go").is_err(), "a bare term has no scope");
    // the named scopes are the ones documented
    let named: Vec<(&str, Vec<Field>)> = SCOPES.iter().map(|(n, f)| (*n, f.to_vec())).collect();
    use Field::*;
    for (name, fields) in [
        ("title", vec![CurrentRole, Headline, PastRoles]),
        ("skill", vec![Skills, Headline, Highlights]),
        ("role", vec![CurrentRole, Headline]),
        ("location", vec![Location]),
        ("country", vec![Country]),
    ] {
        let (_, table) = named.iter().find(|(n, _)| *n == name).unwrap();
        let mut table = table.clone();
        table.sort();
        let mut fields = fields;
        fields.sort();
        assert_eq!(table, fields, "{name}");
    }
}

#[test]
fn every_retrieval_step_shows_what_it_selects() {
    let corpus = corpus();
    assert!(corpus.len() > 1_000, "corpus too small: {}", corpus.len());
    let full_index =
        LocalPeopleSearch::from_profiles(corpus.iter().map(|p| p.profile.clone()).collect());
    let base = spread(&corpus, BASE_SAMPLE);
    let taxonomy = Taxonomy::bundled();

    let from_set = eval_set_ads();
    let set_count = from_set.len();
    let mut ads = from_set;
    ads.extend(own_ads());

    let mut problems = Vec::new();
    let mut covered = 0usize;
    let mut witnesses: Vec<String> = Vec::new();
    let mut covered_from_set = 0usize;
    for (n, ad) in ads.iter().enumerate() {
        let icp = build_icp(&ad.ad, taxonomy);
        let steps = retrieval_steps(&icp, taxonomy);
        assert!(!steps.is_empty(), "{}: no steps", ad.id);
        for step in steps {
            let shown = render(&step.query);
            // The sample: a spread of the corpus, the ad's planted profiles, and (capped)
            // the profiles the step matches in the whole corpus by either reading.
            let by_index: Vec<Person> = {
                let results = full_index.search_now(&SearchRequest {
                    company: CompanyId::new_random(),
                    query: step.query.clone(),
                    exclude_ids: Vec::new(),
                    size: full_index.len(),
                });
                let mut ids: Vec<String> = results
                    .hits
                    .into_iter()
                    .map(|h| h.profile.profile_id)
                    .collect();
                ids.sort();
                let ids: BTreeSet<String> = spread(&ids, MATCH_CAP).into_iter().collect();
                corpus
                    .iter()
                    .filter(|p| ids.contains(&p.profile.profile_id))
                    .cloned()
                    .collect()
            };
            let by_string: Vec<Person> = {
                let node = parse(&shown)
                    .unwrap_or_else(|e| panic!("{} {}: cannot parse: {e}", ad.id, step.name));
                let hits: Vec<Person> = corpus
                    .iter()
                    .filter(|p| matches(&node, &p.doc))
                    .cloned()
                    .collect();
                spread(&hits, MATCH_CAP)
            };
            let mut people = ad.planted.clone();
            people.extend(base.iter().cloned());
            people.extend(by_index);
            people.extend(by_string);
            let mut people = unique(people);
            let profiles = |people: &[Person]| -> Vec<Profile> {
                people.iter().map(|p| p.profile.clone()).collect()
            };
            let mut want = index_selects(&step.query, &profiles(&people));
            if want.is_empty() {
                // Nobody in the corpus or the plants fits this step: add someone who does.
                people.push(witness(
                    &format!("witness-{}-{}", ad.id, step.name),
                    &step.query,
                ));
                want = index_selects(&step.query, &profiles(&people));
                witnesses.push(format!("{}/{}", ad.id, step.name));
            }
            let got = string_selects(&shown, people.iter().map(|p| &*p.doc));
            covered += 1;
            if n < set_count {
                covered_from_set += 1;
            }
            if want != got {
                let extra: Vec<_> = got.difference(&want).take(5).collect();
                let missing: Vec<_> = want.difference(&got).take(5).collect();
                problems.push(format!(
                    "{} / {}: {shown}\n  string selects {} but index does not: {extra:?}\n  \
                     index selects {} but string does not: {missing:?}",
                    ad.id,
                    step.name,
                    got.difference(&want).count(),
                    want.difference(&got).count(),
                ));
            }
            if want.is_empty() || want.len() == people.len() {
                problems.push(format!(
                    "{} / {}: trivial sample, {} of {} selected: {shown}",
                    ad.id,
                    step.name,
                    want.len(),
                    people.len()
                ));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} of {covered} steps ({} ads, {set_count} from the evaluation set):\n{}",
        problems.len(),
        ads.len(),
        problems.join("\n")
    );
    eprintln!(
        "faithful: {covered} steps over {} ads ({covered_from_set} steps of {set_count} ads from \
         the evaluation set); made-up fitting profile for {} (nobody else fits): {witnesses:?}",
        ads.len(),
        witnesses.len()
    );
}

// ---------------------------------------------------------------------------------------------
// Every tree shape: random trees over words the sample really holds
// ---------------------------------------------------------------------------------------------

/// xorshift64*, so the trees are the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Phrases taken from the sample's own values (so they match someone), plus awkward spellings.
fn vocabulary(people: &[Person]) -> Vec<String> {
    let mut out: BTreeSet<String> = BTreeSet::new();
    for p in people.iter().step_by(7) {
        let pr = &p.profile;
        out.extend(pr.skills.iter().take(2).cloned());
        if let Some(role) = &pr.current_role {
            out.insert(role.clone());
            if let Some(last) = role.split_whitespace().last() {
                out.insert(last.to_owned());
            }
        }
        if let Some(loc) = &pr.location {
            out.extend(loc.split(", ").next().map(str::to_owned));
        }
        out.extend(pr.country.clone());
    }
    for odd in [
        "C++",
        "c#",
        "node.js",
        "NODE JS",
        "",
        "  ",
        "++",
        "AND",
        "OR",
        "NOT",
        "OF",
        "a,b",
        "k8s:v1",
        "*",
        "(Go)",
        "say \"hi\"",
        "São Paulo",
        "MÜNCHEN",
        "Straße",
        "3",
        "2",
        "Senior",
        "Engineer",
        "Manager",
        "intern",
        "recruiter",
    ] {
        out.insert(odd.to_owned());
    }
    out.into_iter().collect()
}

fn random_fields(rng: &mut Rng) -> Vec<Field> {
    if rng.below(4) > 0 {
        let (_, fields) = rng.pick(SCOPES);
        return fields.to_vec();
    }
    Field::ALL
        .iter()
        .copied()
        .filter(|_| rng.below(3) == 0)
        .collect()
}

fn random_tree(rng: &mut Rng, vocab: &[String], depth: usize) -> Query {
    if depth == 0 || rng.below(3) == 0 {
        return Query::phrase(&random_fields(rng), rng.pick(vocab).clone());
    }
    let clauses = |rng: &mut Rng, max: usize| -> Vec<Query> {
        let n = rng.below(max + 1);
        (0..n).map(|_| random_tree(rng, vocab, depth - 1)).collect()
    };
    let must = if rng.below(2) == 0 {
        clauses(rng, 2)
    } else {
        Vec::new()
    };
    let filter = if rng.below(3) == 0 {
        clauses(rng, 2)
    } else {
        Vec::new()
    };
    let should = if rng.below(3) > 0 {
        clauses(rng, 4)
    } else {
        Vec::new()
    };
    let must_not = if rng.below(3) == 0 {
        clauses(rng, 2)
    } else {
        Vec::new()
    };
    let minimum_should_match = match rng.below(6) {
        0 => 0,
        1 => should.len() + 1,
        _ => rng.below(should.len() + 1),
    };
    Query::Bool(BoolQuery {
        must,
        should,
        minimum_should_match,
        must_not,
        filter,
    })
}

#[test]
fn random_trees_show_what_they_select() {
    let corpus = corpus();
    let people = unique(spread(&corpus, BASE_SAMPLE));
    let profiles: Vec<Profile> = people.iter().map(|p| p.profile.clone()).collect();
    let index = LocalPeopleSearch::from_profiles(profiles.clone());
    let vocab = vocabulary(&people);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut nontrivial = 0;
    for round in 0..600 {
        let tree = random_tree(&mut rng, &vocab, 1 + round % 4);
        let shown = render(&tree);
        let want: BTreeSet<String> = {
            let results = index.search_now(&SearchRequest {
                company: CompanyId::new_random(),
                query: tree.clone(),
                exclude_ids: Vec::new(),
                size: profiles.len(),
            });
            assert_eq!(results.total as usize, results.hits.len());
            results
                .hits
                .into_iter()
                .map(|h| h.profile.profile_id)
                .collect()
        };
        let got = string_selects(&shown, people.iter().map(|p| &*p.doc));
        assert_eq!(
            got.len(),
            want.len(),
            "round {round}: {shown}\ntree: {tree:?}\nstring-only: {:?}\nindex-only: {:?}",
            got.difference(&want).take(5).collect::<Vec<_>>(),
            want.difference(&got).take(5).collect::<Vec<_>>()
        );
        assert_eq!(got, want, "round {round}: {shown}");
        if !want.is_empty() && want.len() < profiles.len() {
            nontrivial += 1;
        }
    }
    assert!(
        nontrivial >= 100,
        "only {nontrivial} random trees split the sample"
    );
}
