//! Both themes: the contract's background, readable contrast everywhere, e-mail-safe layout.

use sourcing_domain::ports::CardTheme;

use crate::fixtures;
use crate::html::{Tag, Token};
use crate::{THEMES, render};

/// The declarations of a `style` attribute, as (property, value) pairs.
fn declarations(tag: &Tag) -> Vec<(String, String)> {
    tag.attr("style")
        .unwrap_or("")
        .split(';')
        .filter_map(|d| d.split_once(':'))
        .map(|(p, v)| (p.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

fn property(tag: &Tag, name: &str) -> Option<String> {
    declarations(tag)
        .into_iter()
        .find(|(p, _)| p == name)
        .map(|(_, v)| v)
}

fn root(tokens: &[Token]) -> &Tag {
    crate::html::tags(tokens).next().expect("a root tag")
}

#[test]
fn the_card_background_is_the_themes_colour() {
    for (theme, background, other) in [
        (CardTheme::Dark, "#0f172a", "#ffffff"),
        (CardTheme::Light, "#ffffff", "#0f172a"),
    ] {
        let (_, tokens) = render(&fixtures::ordinary(), theme);
        let root = root(&tokens);
        assert_eq!(root.name, "div");
        assert_eq!(
            property(root, "background-color").as_deref(),
            Some(background)
        );
        assert_ne!(property(root, "background-color").as_deref(), Some(other));
    }
}

/// WCAG relative luminance of `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    assert_eq!(hex.len(), 6, "colour {hex}");
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).expect("hex colour")) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn every_text_reads_at_4_5_to_1_on_its_background() {
    for theme in THEMES {
        for candidate in fixtures::gallery() {
            let (card, tokens) = render(&candidate, theme);
            // (colour, background) in force at each open element.
            let mut stack: Vec<(String, String)> = Vec::new();
            let mut checked = 0;
            for token in &tokens {
                match token {
                    Token::Tag(tag) if tag.closing => {
                        stack.pop();
                    }
                    Token::Tag(tag) => {
                        let (colour, background) = stack
                            .last()
                            .cloned()
                            .unwrap_or_else(|| ("#000000".into(), "#ffffff".into()));
                        let colour = property(tag, "color").unwrap_or(colour);
                        let background = match property(tag, "background-color") {
                            Some(bg) if bg != "transparent" => bg,
                            _ => background,
                        };
                        stack.push((colour, background));
                    }
                    Token::Text(text) if !text.trim().is_empty() => {
                        let (colour, background) = stack.last().expect("text inside the card");
                        let ratio = contrast(colour, background);
                        assert!(
                            ratio >= 4.5,
                            "{theme:?}: {text:?} is {colour} on {background} ({ratio:.2}:1)\n{card}"
                        );
                        checked += 1;
                    }
                    Token::Text(_) => {}
                }
            }
            assert!(checked >= 3, "only {checked} texts checked in\n{card}");
        }
    }
}

#[test]
fn the_gradient_heading_keeps_a_readable_solid_fallback() {
    for theme in THEMES {
        let (card, tokens) = render(&fixtures::ordinary(), theme);
        let heading = crate::html::tags(&tokens)
            .skip_while(|t| t.name != "h2")
            .nth(1)
            .expect("a span inside the heading");
        let gradient = property(heading, "background-image").unwrap_or_default();
        assert!(gradient.starts_with("linear-gradient("), "{card}");
        assert_eq!(
            property(heading, "-webkit-background-clip").as_deref(),
            Some("text")
        );
        let fallback = property(heading, "color").expect("solid colour fallback");
        // Where the clip is dropped but the gradient kept, the fallback colour sits on each stop.
        for stop in ["#8b5cf6", "#0284c7"] {
            assert!(gradient.contains(stop), "{gradient}");
            assert!(contrast(&fallback, stop) >= 3.0, "{fallback} on {stop}");
            assert!(contrast(stop, theme.background()) >= 3.0, "{stop} on card");
        }
    }
}

#[test]
fn the_layout_holds_in_e_mail_clients_and_at_320_px() {
    for theme in THEMES {
        let (card, tokens) = render(&fixtures::ordinary(), theme);
        let root = root(&tokens);
        assert_eq!(property(root, "width").as_deref(), Some("100%"));
        assert!(property(root, "max-width").is_some(), "{card}");
        assert_eq!(property(root, "box-sizing").as_deref(), Some("border-box"));
        let fonts = property(root, "font-family").unwrap_or_default();
        assert!(
            fonts.contains("-apple-system") && fonts.ends_with("sans-serif"),
            "{fonts}"
        );
        assert!(crate::html::tags(&tokens).any(|t| t.name == "table"));
        for tag in crate::html::tags(&tokens) {
            let display = property(tag, "display").unwrap_or_default();
            assert!(
                !display.contains("flex") && !display.contains("grid"),
                "{card}"
            );
            // Fixed widths only on the narrow score column.
            if let Some(width) = property(tag, "width") {
                assert!(
                    width == "100%" || width == "76px",
                    "width {width} in {card}"
                );
            }
        }
    }
}
