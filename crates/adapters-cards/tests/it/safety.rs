//! Hostile profiles: every field escaped, no active content, no URL but an https profile link.

use sourcing_domain::ports::CardTheme;

use crate::fixtures;
use crate::html::{tags, unescape, visible_text};
use crate::{THEMES, render};

#[test]
fn markup_in_every_field_is_shown_as_text() {
    let hostile = fixtures::hostile();
    for theme in THEMES {
        let (card, tokens) = render(&hostile, theme);
        let text = visible_text(&tokens);
        let mut payloads = vec![
            hostile.name.clone(),
            hostile.headline.clone(),
            hostile.current_company.clone(),
            hostile.current_role.clone(),
            hostile.rationale.clone(),
        ];
        payloads.extend(hostile.skills.iter().take(5).cloned());
        for payload in payloads {
            assert!(
                text.contains(&payload),
                "{payload:?} not shown as text in\n{card}"
            );
        }
        let lower = card.to_lowercase();
        for active in [
            "<script", "<img", "<svg", "<iframe", "<style", "<link", "<b>",
        ] {
            assert!(!lower.contains(active), "{active} in\n{card}");
        }
    }
}

#[test]
fn quotes_cannot_leave_an_attribute() {
    for candidate in [fixtures::hostile(), fixtures::quoted_link()] {
        for theme in THEMES {
            let (card, tokens) = render(&candidate, theme);
            // The reader refuses unknown attributes (onclick, onmouseover, x, …), so reaching
            // here means no quote opened one; check the values too.
            for tag in tags(&tokens) {
                for (name, value) in &tag.attrs {
                    assert!(!value.contains('\''), "{name}={value:?} in\n{card}");
                    assert!(
                        !unescape(value).contains(fixtures::PWNED),
                        "{name}={value:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_closing_div_payload_does_not_end_the_card_early() {
    let hostile = fixtures::hostile();
    let (card, tokens) = render(&hostile, CardTheme::Dark);
    // render() already proved the card is one balanced <div>; the payload is visible text.
    assert!(visible_text(&tokens).contains("</div></td></tr></table></div><div style="));
    assert_eq!(card.matches("<div").count(), 1, "{card}");
}

#[test]
fn only_https_links_are_emitted() {
    let refused = [
        "javascript:document.title='PWNED'",
        "JavaScript:alert(1)",
        "http://www.linkedin.com/in/ada",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "//www.linkedin.com/in/ada",
        "www.linkedin.com/in/ada",
        " https://www.linkedin.com/in/ada",
        "https://www.linkedin.com/in/ada\"onclick=\"x",
        "https://www.linkedin.com/in/ada'x",
        "https://user:secret@www.linkedin.com/in/ada",
        "https:/\\evil.invalid",
        "",
    ];
    for url in refused {
        let candidate = sourcing_domain::sourcing::SourcingCandidate {
            linkedin_url: url.to_owned(),
            ..fixtures::ordinary()
        };
        let (card, tokens) = render(&candidate, CardTheme::Light);
        assert!(
            tags(&tokens).all(|t| t.name != "a"),
            "{url:?} linked in\n{card}"
        );
    }
}

#[test]
fn the_profile_link_is_the_only_url() {
    for theme in THEMES {
        let (card, tokens) = render(&fixtures::ordinary(), theme);
        let links: Vec<_> = tags(&tokens).filter_map(|t| t.attr("href")).collect();
        assert_eq!(links, ["https://www.linkedin.com/in/ada-lovelace"]);
        assert_eq!(card.matches("https://").count(), 1, "{card}");
        assert!(!card.contains("http://"), "{card}");
        for tag in tags(&tokens) {
            let style = tag.attr("style").unwrap_or("").to_lowercase();
            for loader in ["url(", "@import", "expression(", "//"] {
                assert!(!style.contains(loader), "{loader} in <{}> style", tag.name);
            }
            if tag.name == "a" && !tag.closing {
                assert_eq!(tag.attr("rel"), Some("noopener noreferrer"));
            }
        }
    }
}

#[test]
fn a_hostile_profile_gets_no_url_at_all() {
    for theme in THEMES {
        let (card, tokens) = render(&fixtures::hostile(), theme);
        assert!(tags(&tokens).all(|t| t.attr("href").is_none()), "{card}");
        for tag in tags(&tokens) {
            for (name, value) in &tag.attrs {
                assert!(!value.contains("://"), "{name}={value:?} on <{}>", tag.name);
            }
        }
    }
}

#[test]
fn ampersands_in_a_link_are_escaped_in_the_attribute() {
    let candidate = sourcing_domain::sourcing::SourcingCandidate {
        linkedin_url: "https://www.linkedin.com/in/ada?trk=a&lang=en".to_owned(),
        ..fixtures::ordinary()
    };
    let (card, tokens) = render(&candidate, CardTheme::Dark);
    let href = tags(&tokens).find_map(|t| t.attr("href")).expect("a link");
    assert_eq!(
        href, "https://www.linkedin.com/in/ada?trk=a&amp;lang=en",
        "{card}"
    );
}
