//! Integration tests of the card renderer through the domain port: one binary, one module per
//! concern.

// Helpers outside #[test] fns are still test code; clippy.toml's allowances only see the fns.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod content;
mod fixtures;
mod html;
mod safety;
mod themes;

use sourcing_adapters_cards::TeraCardRenderer;
use sourcing_domain::ports::{CardRenderer, CardTheme};
use sourcing_domain::sourcing::SourcingCandidate;

/// Renders one card through the port, as the app will, and checks it is one balanced `<div>`
/// made only of allowed elements and attributes.
fn render(candidate: &SourcingCandidate, theme: CardTheme) -> (String, Vec<html::Token>) {
    let renderer = TeraCardRenderer::new().expect("embedded templates parse");
    let port: &dyn CardRenderer = &renderer;
    let card = port.render(candidate, theme).expect("card renders");
    let tokens =
        html::single_card(&card).unwrap_or_else(|e| panic!("not one clean card ({e}):\n{card}"));
    (card, tokens)
}

/// Both themes, for tests that must hold in each.
const THEMES: [CardTheme; 2] = [CardTheme::Dark, CardTheme::Light];
