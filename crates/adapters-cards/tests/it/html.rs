//! A strict little reader for card HTML: it accepts only what a card may contain (elements with
//! double-quoted attributes, escaped text), so anything a payload smuggled in shows up as an
//! unexpected tag, an unexpected attribute or a parse error.

/// An element's start or end tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    pub closing: bool,
    pub attrs: Vec<(String, String)>,
}

impl Tag {
    /// The value of attribute `name`, as written (still escaped).
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A piece of card HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token {
    Tag(Tag),
    Text(String),
}

/// Splits `html` into tags and text; refuses comments, doctypes, unquoted or single-quoted
/// attribute values and a stray `>` in text (Tera escapes it, so it can only come from markup).
pub fn tokenize(html: &str) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        let Some(start) = rest.find('<') else {
            tokens.push(text(rest)?);
            break;
        };
        if start > 0 {
            tokens.push(text(&rest[..start])?);
        }
        let (tag, after) = tag(&rest[start + 1..])?;
        tokens.push(Token::Tag(tag));
        rest = after;
    }
    Ok(tokens)
}

fn text(raw: &str) -> Result<Token, String> {
    if raw.contains('>') {
        return Err(format!("raw '>' in text {raw:?}"));
    }
    Ok(Token::Text(raw.to_owned()))
}

/// Parses a tag after its `<`; returns it and the input after its `>`.
fn tag(input: &str) -> Result<(Tag, &str), String> {
    let (closing, mut rest) = match input.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, input),
    };
    let name_len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    if name_len == 0 {
        return Err(format!("not a tag: <{}", head(input)));
    }
    let name = rest[..name_len].to_ascii_lowercase();
    rest = &rest[name_len..];
    let mut attrs = Vec::new();
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix('>') {
            return Ok((
                Tag {
                    name,
                    closing,
                    attrs,
                },
                r,
            ));
        }
        if closing {
            return Err(format!("attributes on an end tag: <{}", head(input)));
        }
        let attr_len = rest
            .find(|c: char| c == '=' || c == '>' || c.is_whitespace())
            .ok_or_else(|| format!("unterminated tag <{}", head(input)))?;
        if attr_len == 0 {
            return Err(format!("bad attribute in <{}", head(input)));
        }
        let attr = rest[..attr_len].to_ascii_lowercase();
        rest = &rest[attr_len..];
        let value = match rest.strip_prefix("=\"") {
            Some(r) => {
                let end = r
                    .find('"')
                    .ok_or_else(|| format!("unterminated value in <{}", head(input)))?;
                rest = &r[end + 1..];
                r[..end].to_owned()
            }
            None => return Err(format!("attribute {attr} without a double-quoted value")),
        };
        attrs.push((attr, value));
    }
}

fn head(s: &str) -> String {
    s.chars().take(60).collect()
}

/// The text of all text tokens with the five entities Tera writes decoded, i.e. what a reader
/// sees.
pub fn visible_text(tokens: &[Token]) -> String {
    tokens
        .iter()
        .filter_map(|t| match t {
            Token::Text(s) => Some(unescape(s)),
            Token::Tag(_) => None,
        })
        .collect::<Vec<_>>()
        .join("")
}

/// Decodes `&lt; &gt; &quot; &#39; &amp;` (`&amp;` last, so `&amp;lt;` stays `&lt;`).
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Elements a card may use, with the attributes each may carry.
const ALLOWED: &[(&str, &[&str])] = &[
    ("div", &["style", "dir"]),
    (
        "table",
        &[
            "style",
            "role",
            "width",
            "cellpadding",
            "cellspacing",
            "border",
        ],
    ),
    ("tr", &["style"]),
    ("td", &["style", "width"]),
    ("h2", &["style", "dir"]),
    ("p", &["style", "dir"]),
    ("span", &["style", "dir"]),
    ("a", &["style", "href", "target", "rel"]),
];

/// Checks that `html` is exactly one `<div>` element, balanced, with only allowed elements and
/// attributes, and nothing but whitespace around it; returns its tokens.
pub fn single_card(html: &str) -> Result<Vec<Token>, String> {
    let tokens = tokenize(html)?;
    let mut stack: Vec<&str> = Vec::new();
    let mut roots = 0;
    for token in &tokens {
        match token {
            Token::Text(s) if stack.is_empty() => {
                if !s.trim().is_empty() {
                    return Err(format!("text outside the card: {s:?}"));
                }
            }
            Token::Text(_) => {}
            Token::Tag(tag) => {
                let Some((_, attrs)) = ALLOWED.iter().find(|(n, _)| *n == tag.name) else {
                    return Err(format!("element <{}> is not allowed in a card", tag.name));
                };
                if let Some((a, _)) = tag.attrs.iter().find(|(a, _)| !attrs.contains(&a.as_str())) {
                    return Err(format!("attribute {a} is not allowed on <{}>", tag.name));
                }
                if tag.closing {
                    match stack.pop() {
                        Some(open) if open == tag.name => {}
                        other => {
                            return Err(format!("</{}> closes {other:?}", tag.name));
                        }
                    }
                } else {
                    if stack.is_empty() {
                        roots += 1;
                        if tag.name != "div" || roots > 1 {
                            return Err(format!("top-level element #{roots} is <{}>", tag.name));
                        }
                    }
                    stack.push(tag.name.as_str());
                }
            }
        }
    }
    if !stack.is_empty() {
        return Err(format!("unclosed elements: {stack:?}"));
    }
    if roots != 1 {
        return Err(format!("{roots} top-level elements"));
    }
    Ok(tokens)
}

/// Every tag of the card.
pub fn tags(tokens: &[Token]) -> impl Iterator<Item = &Tag> {
    tokens.iter().filter_map(|t| match t {
        Token::Tag(tag) => Some(tag),
        Token::Text(_) => None,
    })
}

#[test]
fn the_reader_rejects_what_a_card_must_not_contain() {
    let ok = r#"<div style="a"><p dir="auto">x &lt;y&gt;</p><span>z</span></div>"#;
    assert!(single_card(ok).is_ok());
    for bad in [
        "<div></div><div></div>",
        "<div><p></div>",
        "<div></p></div>",
        "<p></p>",
        "x<div></div>",
        "<div><script>1</script></div>",
        "<div><img src=\"x\"></div>",
        "<div onclick=\"x\"></div>",
        "<div style=x></div>",
        "<div style='x'></div>",
        "<div><!-- c --></div>",
        "<div>a > b</div>",
        "<div><a href=\"https://x\" onmouseover=\"y\">l</a></div>",
        "<div>",
    ] {
        assert!(single_card(bad).is_err(), "{bad}");
    }
}
