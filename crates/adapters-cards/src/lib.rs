//! HTML candidate cards: the domain port [`sourcing_domain::ports::CardRenderer`] implemented with
//! Tera templates embedded in the binary, so a card renders without any file on disk.
//!
//! A card is one self-contained `<div>` with inline styles only (no `<script>`, `<style>`,
//! `<link>`, `<img>` or external font), laid out with a table and inline blocks so it holds at
//! 320 px and in e-mail clients. Every profile field is HTML-escaped by Tera's autoescaping, and
//! the profile link is emitted only when it parses as an `https:` URL.

use serde::Serialize;
use sourcing_domain::ports::{CardRenderError, CardRenderer, CardTheme};
use sourcing_domain::sourcing::SourcingCandidate;
use tera::{Context, Tera};

/// The template's name; its `.html` suffix is what turns autoescaping on.
const CARD_TEMPLATE: &str = "card.html";

/// At most this many skills are shown as pills; the rest are counted ("+3 more").
pub const MAX_SKILLS: usize = 8;

/// Longest text shown per field, in characters, so one odd profile cannot blow up a card.
const MAX_NAME_CHARS: usize = 120;
const MAX_LINE_CHARS: usize = 160;
const MAX_HEADLINE_CHARS: usize = 240;
const MAX_RATIONALE_CHARS: usize = 1200;
const MAX_SKILL_CHARS: usize = 48;

/// Renders candidate cards with the embedded, autoescaped Tera templates.
#[derive(Clone)]
pub struct TeraCardRenderer {
    tera: Tera,
}

impl std::fmt::Debug for TeraCardRenderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TeraCardRenderer").finish_non_exhaustive()
    }
}

impl TeraCardRenderer {
    /// Parses the embedded templates once, so a broken template fails at start, not per request.
    pub fn new() -> Result<Self, CardRenderError> {
        let mut tera = Tera::new();
        // Explicit rather than relying on Tera's default suffix list.
        tera.autoescape_on([".html"]);
        tera.add_raw_template(CARD_TEMPLATE, include_str!("../templates/card.html"))
            .map_err(template_error)?;
        Ok(TeraCardRenderer { tera })
    }
}

impl CardRenderer for TeraCardRenderer {
    fn render(
        &self,
        candidate: &SourcingCandidate,
        theme: CardTheme,
    ) -> Result<String, CardRenderError> {
        let mut context = Context::new();
        context.insert("t", &Palette::of(theme));
        context.insert("c", &CardView::of(candidate, theme));
        let html = self
            .tera
            .render(CARD_TEMPLATE, &context)
            .map_err(template_error)?;
        Ok(html.trim().to_owned())
    }
}

fn template_error(error: tera::Error) -> CardRenderError {
    CardRenderError::Template(error.to_string())
}

/// Theme colours; all text pairs read at 4.5:1 or better on their background.
#[derive(Debug, Serialize)]
struct Palette {
    bg: &'static str,
    border: &'static str,
    heading: &'static str,
    text: &'static str,
    body: &'static str,
    muted: &'static str,
    pill_bg: &'static str,
    pill_fg: &'static str,
    pill_border: &'static str,
}

impl Palette {
    fn of(theme: CardTheme) -> Palette {
        match theme {
            CardTheme::Dark => Palette {
                bg: theme.background(),
                border: "#1e293b",
                heading: "#ffffff",
                text: "#e2e8f0",
                body: "#cbd5e1",
                muted: "#94a3b8",
                pill_bg: "#1e293b",
                pill_fg: "#e2e8f0",
                pill_border: "#334155",
            },
            CardTheme::Light => Palette {
                bg: theme.background(),
                border: "#e2e8f0",
                heading: "#0f172a",
                text: "#0f172a",
                body: "#334155",
                muted: "#475569",
                pill_bg: "#f1f5f9",
                pill_fg: "#1e293b",
                pill_border: "#e2e8f0",
            },
        }
    }
}

/// What the template shows: profile text cleaned and bounded, never pre-escaped.
#[derive(Debug, Serialize)]
struct CardView {
    name: Vec<TextRun>,
    role: String,
    company: String,
    headline: String,
    rationale: String,
    score: u8,
    badge_bg: &'static str,
    badge_fg: &'static str,
    skills: Vec<String>,
    more_skills: usize,
    profile_url: Option<String>,
    link_label: &'static str,
}

impl CardView {
    fn of(candidate: &SourcingCandidate, theme: CardTheme) -> CardView {
        let score = candidate.match_score.min(100);
        let (badge_bg, badge_fg) = badge_colours(score, theme);
        let name = clean(&candidate.name, MAX_NAME_CHARS);
        let (skills, more_skills) = main_skills(&candidate.skills);
        let link = https_profile_url(&candidate.linkedin_url);
        let link_label = match &link {
            Some(link) if link.linkedin => "View LinkedIn profile",
            _ => "View profile",
        };
        CardView {
            name: emoji_runs(if name.is_empty() {
                "Unnamed candidate"
            } else {
                &name
            }),
            role: clean(&candidate.current_role, MAX_LINE_CHARS),
            company: clean(&candidate.current_company, MAX_LINE_CHARS),
            headline: clean(&candidate.headline, MAX_HEADLINE_CHARS),
            rationale: clean(&candidate.rationale, MAX_RATIONALE_CHARS),
            score,
            badge_bg,
            badge_fg,
            skills,
            more_skills,
            profile_url: link.map(|link| link.url),
            link_label,
        }
    }
}

/// A piece of the name: the gradient is clipped to the text, so emoji get their own run and keep
/// their colours instead of turning into gradient silhouettes.
#[derive(Debug, PartialEq, Eq, Serialize)]
struct TextRun {
    text: String,
    emoji: bool,
}

/// Splits `text` into alternating runs of emoji and other text.
fn emoji_runs(text: &str) -> Vec<TextRun> {
    let pictograph = |c: char| matches!(u32::from(c), 0x1F000..=0x1FAFF | 0x2300..=0x23FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF);
    // Joiners, variation selectors, keycaps and tags only continue an emoji (ZWJ also shapes
    // Arabic and Indic text, where it must stay in the text run).
    let continues = |c: char| {
        matches!(
            u32::from(c),
            0x200D | 0xFE0E | 0xFE0F | 0x20E3 | 0xE0020..=0xE007F
        )
    };
    let mut runs: Vec<TextRun> = Vec::new();
    for c in text.chars() {
        let in_emoji = runs.last().is_some_and(|r| r.emoji);
        let emoji = pictograph(c) || (in_emoji && continues(c));
        match runs.last_mut() {
            Some(run) if run.emoji == emoji => run.text.push(c),
            _ => runs.push(TextRun {
                text: c.to_string(),
                emoji,
            }),
        }
    }
    runs
}

/// Green for strong matches, amber for fair ones, grey below; each pair reads at 6:1 or better.
fn badge_colours(score: u8, theme: CardTheme) -> (&'static str, &'static str) {
    match (theme, score) {
        (CardTheme::Dark, 75..) => ("#064e3b", "#6ee7b7"),
        (CardTheme::Dark, 50..) => ("#78350f", "#fde68a"),
        (CardTheme::Dark, _) => ("#334155", "#e2e8f0"),
        (CardTheme::Light, 75..) => ("#dcfce7", "#166534"),
        (CardTheme::Light, 50..) => ("#fef3c7", "#92400e"),
        (CardTheme::Light, _) => ("#f1f5f9", "#334155"),
    }
}

/// The first distinct, non-blank skills (case-insensitive) and how many more there are.
fn main_skills(skills: &[String]) -> (Vec<String>, usize) {
    let mut seen = std::collections::HashSet::new();
    let distinct: Vec<String> = skills
        .iter()
        .map(|skill| clean(skill, MAX_SKILL_CHARS))
        .filter(|skill| !skill.is_empty() && seen.insert(skill.to_lowercase()))
        .collect();
    let more = distinct.len().saturating_sub(MAX_SKILLS);
    (distinct.into_iter().take(MAX_SKILLS).collect(), more)
}

/// Drops control characters (tabs and newlines become spaces), collapses runs of whitespace and
/// cuts at `max` characters with an ellipsis. Escaping is left to the template engine.
fn clean(text: &str, max: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max * 4));
    let mut count = 0;
    for word in text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
    {
        if count > 0 {
            if count + 1 > max {
                out.push('…');
                return out;
            }
            out.push(' ');
            count += 1;
        }
        for c in word.chars() {
            if count == max {
                out.push('…');
                return out;
            }
            out.push(c);
            count += 1;
        }
    }
    out
}

/// A profile link fit for an `href`.
#[derive(Debug, PartialEq, Eq)]
struct ProfileLink {
    /// Serialised by the `url` crate (so percent-encoded, punycoded).
    url: String,
    /// The host is linkedin.com or one of its subdomains.
    linkedin: bool,
}

/// The link, only if `raw` is an absolute `https:` URL with a host, without credentials, and
/// without whitespace, control characters, quotes, angle brackets or backslashes (which the
/// `url` crate would silently strip or rewrite, hiding a tampered value).
fn https_profile_url(raw: &str) -> Option<ProfileLink> {
    let suspicious = |c: char| {
        c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '`' | '\\')
    };
    if raw.is_empty() || raw.chars().any(suspicious) {
        return None;
    }
    let url = url::Url::parse(raw).ok()?;
    if url.scheme() != "https" || !url.username().is_empty() || url.password().is_some() {
        return None;
    }
    let host = url.host_str()?.to_ascii_lowercase();
    let linkedin = host == "linkedin.com" || host.ends_with(".linkedin.com");
    Some(ProfileLink {
        url: url.into(),
        linkedin,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_only_https_links_without_tricks() {
        let ok = https_profile_url("https://www.linkedin.com/in/ada-lovelace");
        assert_eq!(
            ok,
            Some(ProfileLink {
                url: "https://www.linkedin.com/in/ada-lovelace".to_owned(),
                linkedin: true
            })
        );
        let other = https_profile_url("https://example.org/people/ada");
        assert_eq!(other.map(|l| l.linkedin), Some(false));
        for bad in [
            "",
            "http://www.linkedin.com/in/ada",
            "javascript:alert(1)",
            "JAVASCRIPT:alert(1)",
            " https://www.linkedin.com/in/ada",
            "https://www.linkedin.com/in/ada\n",
            "java\tscript:alert(1)",
            "https://www.linkedin.com/in/\"onmouseover=alert(1)",
            "https://www.linkedin.com/in/'x",
            "https://www.linkedin.com/in/<x>",
            "https://user:pw@www.linkedin.com/in/ada",
            "https:\\\\evil.example",
            "//www.linkedin.com/in/ada",
            "data:text/html,<script>alert(1)</script>",
            "www.linkedin.com/in/ada",
            "https://",
        ] {
            assert_eq!(https_profile_url(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn clean_drops_controls_collapses_space_and_bounds_length() {
        assert_eq!(clean("  Ada \t\n Lovelace\u{0}\u{7} ", 50), "Ada Lovelace");
        assert_eq!(clean("abcdef", 3), "abc…");
        assert_eq!(clean("ab cd", 2), "ab…");
        assert_eq!(clean("👩‍💻 مهندسة", 20), "👩‍💻 مهندسة");
    }

    #[test]
    fn main_skills_dedupes_skips_blanks_and_counts_the_rest() {
        let skills: Vec<String> = [
            "Rust", "rust", " ", "Go", "SQL", "K8s", "AWS", "GCP", "Azure",
        ]
        .into_iter()
        .chain(["Terraform", "Helm", "Kafka"])
        .map(str::to_owned)
        .collect();
        let (shown, more) = main_skills(&skills);
        assert_eq!(
            shown,
            [
                "Rust",
                "Go",
                "SQL",
                "K8s",
                "AWS",
                "GCP",
                "Azure",
                "Terraform"
            ]
        );
        assert_eq!(more, 2);
    }

    #[test]
    fn emoji_get_runs_of_their_own_and_joiners_stay_with_their_text() {
        let runs = emoji_runs("Ada 👩‍💻 ❤️ x");
        let shape: Vec<(&str, bool)> = runs.iter().map(|r| (r.text.as_str(), r.emoji)).collect();
        assert_eq!(
            shape,
            [
                ("Ada ", false),
                ("👩‍💻", true),
                (" ", false),
                ("❤️", true),
                (" x", false)
            ]
        );
        let arabic = "ب\u{200D}ت";
        assert_eq!(
            emoji_runs(arabic),
            [TextRun {
                text: arabic.to_owned(),
                emoji: false
            }]
        );
        assert!(emoji_runs("").is_empty());
    }

    #[test]
    fn badge_tiers_change_at_75_and_50() {
        assert_eq!(badge_colours(75, CardTheme::Dark).0, "#064e3b");
        assert_eq!(badge_colours(74, CardTheme::Dark).0, "#78350f");
        assert_eq!(badge_colours(50, CardTheme::Light).0, "#fef3c7");
        assert_eq!(badge_colours(49, CardTheme::Light).0, "#f1f5f9");
    }
}
