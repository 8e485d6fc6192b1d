//! What a card shows: the fields the contract lists, bounded skills, emoji and right-to-left text.

use sourcing_domain::ports::CardTheme;
use sourcing_domain::sourcing::SourcingCandidate;

use crate::fixtures;
use crate::html::{Token, tags, visible_text};
use crate::{THEMES, render};

#[test]
fn shows_name_role_company_score_rationale_skills_and_link() {
    let ada = fixtures::ordinary();
    for theme in THEMES {
        let (card, tokens) = render(&ada, theme);
        let text = visible_text(&tokens);
        for shown in [
            "Ada Lovelace",
            "Staff Site Reliability Engineer",
            "Analytical Engines GmbH",
            "Staff SRE · Kubernetes, Terraform and Go on AWS",
            "91%",
            "Eight years running Kubernetes on AWS with Terraform and Go; led the Prometheus",
            "View LinkedIn profile",
        ] {
            assert!(text.contains(shown), "{shown:?} missing from\n{card}");
        }
        let pills = skill_pills(&tokens);
        assert_eq!(pills, ada.skills[..8], "{card}");
        assert!(text.contains("+2 more"), "{card}");
        assert!(!text.contains("Grafana"), "{card}");
    }
}

/// Text of the spans that carry `dir="auto"` inside the skills paragraph (the last <p> with
/// spans before the link).
fn skill_pills(tokens: &[Token]) -> Vec<String> {
    let mut pills = Vec::new();
    let mut in_pill = false;
    for token in tokens {
        match token {
            Token::Tag(t) if t.name == "span" && !t.closing => {
                in_pill = t.attr("dir") == Some("auto")
                    && t.attr("style")
                        .is_some_and(|s| s.contains("border-radius:999px"));
            }
            Token::Tag(t) if t.name == "span" => in_pill = false,
            Token::Text(s) if in_pill => pills.push(crate::html::unescape(s)),
            _ => {}
        }
    }
    pills
}

#[test]
fn emoji_and_right_to_left_text_are_kept_and_isolated() {
    let layla = fixtures::right_to_left();
    for theme in THEMES {
        let (card, tokens) = render(&layla, theme);
        let text = visible_text(&tokens);
        // The name's emoji sits in a span of its own (it keeps its colours under the gradient).
        assert!(text.contains("ليلى حداد 👩‍💻"), "name missing from\n{card}");
        assert!(
            card.contains("ليلى حداد ") && card.contains(">👩‍💻<"),
            "{card}"
        );
        for kept in [
            "מהנדסת נתונים בכירה",
            "שטראוס טכנולוגיות",
            "مهندسة بيانات · Data engineer",
            "خبرة سبع سنوات في Spark و Kafka 🚀; עבדה על צינורות נתונים בזמן אמת.",
            "פייתון",
            "🧪 Testing",
        ] {
            assert!(text.contains(kept), "{kept:?} missing from\n{card}");
            assert!(
                card.contains(kept),
                "{kept:?} was escaped or altered in\n{card}"
            );
        }
        // Each text element decides its own direction, so Arabic/Hebrew lines read right to
        // left without flipping the layout.
        assert_eq!(
            tags(&tokens).next().and_then(|t| t.attr("dir")),
            Some("ltr")
        );
        let auto = tags(&tokens)
            .filter(|t| t.attr("dir") == Some("auto"))
            .count();
        assert!(auto >= 4 + layla.skills.len(), "{auto} dir=auto in\n{card}");
    }
    let (_, tokens) = render(&fixtures::hostile(), CardTheme::Dark);
    let text = visible_text(&tokens);
    for kept in ["😈 מלורי", "مهندسة 👩‍💻", "🦀 Rust", "التعلم الآلي"]
    {
        assert!(text.contains(kept), "{kept:?}");
    }
}

#[test]
fn an_empty_profile_still_renders_a_tidy_card() {
    for theme in THEMES {
        let (card, tokens) = render(&fixtures::blank(), theme);
        assert!(
            visible_text(&tokens).contains("Unnamed candidate"),
            "{card}"
        );
        assert!(tags(&tokens).all(|t| t.name != "a"), "{card}");
        // No empty paragraphs: every <p> holds text or an element.
        let mut open_p = false;
        for token in &tokens {
            match token {
                Token::Tag(t) if t.name == "p" && !t.closing => open_p = true,
                Token::Tag(t) if t.name == "p" => assert!(!open_p, "empty <p> in\n{card}"),
                Token::Tag(_) => open_p = false,
                Token::Text(s) if !s.trim().is_empty() => open_p = false,
                Token::Text(_) => {}
            }
        }
    }
}

#[test]
fn the_score_badge_is_clamped_to_100() {
    let over = SourcingCandidate {
        match_score: 255,
        ..fixtures::ordinary()
    };
    let (card, tokens) = render(&over, CardTheme::Dark);
    let text = visible_text(&tokens);
    assert!(text.contains("100%") && !text.contains("255"), "{card}");
}

#[test]
fn long_fields_are_cut_with_an_ellipsis() {
    let long = SourcingCandidate {
        name: "N".repeat(500),
        rationale: "word ".repeat(1000),
        ..fixtures::ordinary()
    };
    let (card, tokens) = render(&long, CardTheme::Light);
    let text = visible_text(&tokens);
    assert!(!text.contains(&"N".repeat(121)), "{card}");
    assert!(text.contains(&format!("{}…", "N".repeat(120))));
    assert!(card.len() < 12_000, "{} bytes", card.len());
}
