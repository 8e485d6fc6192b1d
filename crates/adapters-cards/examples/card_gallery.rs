//! Writes `DIR/dark.html` and `DIR/light.html` (DIR defaults to `target/cards`): a page of cards
//! for the test fixtures, hostile profile included, for `tools/browser-check.sh` to load in
//! headless Chromium and for humans to look at.
//!
//! The page adds no Content-Security-Policy on purpose: the browser check must prove that the
//! cards themselves are inert, not that a policy blocked them.

use std::path::PathBuf;
use std::process::ExitCode;

use sourcing_adapters_cards::TeraCardRenderer;
use sourcing_domain::ports::{CardRenderer, CardTheme};

#[path = "../tests/it/fixtures.rs"]
#[allow(dead_code)]
mod fixtures;

/// The title the page keeps unless a payload ran (then it is `fixtures::PWNED`).
const TITLE: &str = "cards-ok";

fn page(renderer: &TeraCardRenderer, theme: CardTheme) -> Result<String, String> {
    let backdrop = match theme {
        CardTheme::Dark => "#020617",
        CardTheme::Light => "#e2e8f0",
    };
    let mut html = format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{TITLE}</title></head>\n\
         <body style=\"margin:0;padding:16px;background-color:{backdrop};\">\n"
    );
    for candidate in fixtures::gallery() {
        let card = renderer
            .render(&candidate, theme)
            .map_err(|e| format!("{}: {e}", candidate.profile_id))?;
        html.push_str(&card);
        html.push('\n');
    }
    html.push_str("<p id=\"cards-end\" style=\"display:none\">cards-end</p>\n</body></html>\n");
    Ok(html)
}

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("target/cards"), PathBuf::from);
    let result = (|| -> Result<(), String> {
        let renderer = TeraCardRenderer::new().map_err(|e| e.to_string())?;
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for theme in [CardTheme::Dark, CardTheme::Light] {
            let path = dir.join(format!("{}.html", theme.as_str()));
            std::fs::write(&path, page(&renderer, theme)?)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            eprintln!("card_gallery: wrote {}", path.display());
        }
        Ok(())
    })();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("card_gallery: {e}");
            ExitCode::FAILURE
        }
    }
}
