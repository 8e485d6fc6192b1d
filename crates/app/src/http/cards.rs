//! `POST /sourcing/render-html`: embeddable HTML cards of the company's candidates.

use crate::http::openapi as oa;
use actix_web::{HttpRequest, HttpResponse, web};
use serde_json::{Value, json};
use sourcing_api_types::{Card, RenderHtmlBody, RenderedCards};
use sourcing_domain::api_key::Scope;
use sourcing_domain::ports::CardTheme;
use sourcing_domain::services::{CardOutcome, validate_profile_ids};

use crate::http::auth::authorize;
use crate::http::body::read_json_object;
use crate::http::errors::ApiError;
use crate::http::rate_limit::Endpoint;
use crate::http::views::with_success;
use crate::state::AppState;

/// Renders one card per id, synchronously; unknown ids fail per item with `PROFILE_NOT_FOUND`.
#[utoipa::path(
    post,
    path = "/sourcing/render-html",
    tag = "Enrichment",
    operation_id = "renderHtml",
    request_body(content = oa::RenderRequest, content_type = "application/json"),
    responses(
        (status = 200, description = "One card or per-item failure per id.", body = oa::RenderResponse),
        (status = 400, description = "INVALID_PAYLOAD: malformed JSON, an unknown field or an invalid value (`details.fields`).", body = oa::ErrorBody),
    ),
    security(("bearer" = ["enrich:write"])),
    extensions(("x-required-scope" = json!("enrich:write")), ("x-rate-limit" = json!({"requestsPerMinute": 50, "per": "API key", "setting": "rate_limits.render_html"}))),
)]
pub async fn render_html(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let principal = authorize(&req, &state, Scope::EnrichWrite, Some(Endpoint::RenderHtml)).await?;
    let (_, body): (Value, RenderHtmlBody) =
        read_json_object(&req, payload, state.config.server.body_limits()).await?;
    let ids = validate_profile_ids(body.profile_ids, false)?;
    let theme = match body.theme.as_deref() {
        None => CardTheme::default(),
        Some(raw) => CardTheme::parse(raw).ok_or_else(|| {
            ApiError::invalid_fields(json!({ "theme": "must be \"dark\" or \"light\"" }))
        })?,
    };
    let cards = state.cards.render(principal.company_id, ids, theme).await?;
    let rendered = cards
        .iter()
        .filter(|c| matches!(c, CardOutcome::Rendered { .. }))
        .count();
    let data: Vec<Card> = cards.into_iter().map(card_body).collect();
    Ok(HttpResponse::Ok().json(with_success(&RenderedCards {
        theme: theme.as_str().to_owned(),
        rendered_count: rendered,
        data,
    })?))
}

/// One card, or the per-item failure.
fn card_body(card: CardOutcome) -> Card {
    match card {
        CardOutcome::Rendered {
            profile_id,
            name,
            html,
        } => Card {
            profile_id,
            success: true,
            name: Some(name),
            html_content: Some(html),
            ..Card::default()
        },
        CardOutcome::NotFound { profile_id } => Card {
            profile_id,
            success: false,
            error_code: Some("PROFILE_NOT_FOUND".to_owned()),
            error_message: Some("No run of this company delivered this profile.".to_owned()),
            ..Card::default()
        },
    }
}
