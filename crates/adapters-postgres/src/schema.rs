//! Diesel table definitions, matching `migrations/` (checked by the schema tests).
#![allow(missing_docs)]

diesel::table! {
    companies (id) {
        id -> Uuid,
        name -> Text,
        billing -> Text,
        balance -> Int8,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    api_keys (id) {
        id -> Uuid,
        company_id -> Uuid,
        name -> Text,
        scopes -> Array<Text>,
        key_hash -> Bytea,
        expires_at -> Nullable<Timestamptz>,
        revoked_at -> Nullable<Timestamptz>,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    credit_reservations (company_id, key) {
        company_id -> Uuid,
        key -> Text,
        kind -> Text,
        amount -> Int8,
        prepaid -> Bool,
        used -> Nullable<Int8>,
        created_at -> Timestamptz,
        settled_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    credit_ledger (id) {
        id -> Int8,
        company_id -> Uuid,
        entry_type -> Text,
        kind -> Nullable<Text>,
        delta -> Int8,
        credits_used -> Int8,
        idempotency_key -> Text,
        balance_after -> Int8,
        created_at -> Timestamptz,
    }
}

diesel::table! {
    idempotency_records (company_id, route, key) {
        company_id -> Uuid,
        route -> Text,
        key -> Text,
        request_hash -> Bytea,
        response_status -> Int2,
        response_body -> Jsonb,
        created_at -> Timestamptz,
    }
}

diesel::joinable!(api_keys -> companies (company_id));
diesel::joinable!(credit_ledger -> companies (company_id));
diesel::joinable!(credit_reservations -> companies (company_id));
diesel::joinable!(idempotency_records -> companies (company_id));

diesel::table! {
    sourcing_runs (id) {
        id -> Uuid,
        company_id -> Uuid,
        status -> Text,
        job_ad -> Jsonb,
        run_limit -> Int4,
        webhook_id -> Nullable<Uuid>,
        patches -> Jsonb,
        pass -> Int4,
        icp -> Nullable<Jsonb>,
        found_count -> Int8,
        scored_count -> Int8,
        error_code -> Nullable<Text>,
        error_message -> Nullable<Text>,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        completed_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    run_candidates (run_id, profile_id) {
        run_id -> Uuid,
        company_id -> Uuid,
        profile_id -> Text,
        pass -> Int4,
        match_score -> Int2,
        candidate -> Jsonb,
        profile -> Jsonb,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    outbox_events (id) {
        id -> Uuid,
        company_id -> Uuid,
        event_type -> Text,
        resource_id -> Text,
        webhook_id -> Nullable<Uuid>,
        payload -> Jsonb,
        dedup_key -> Text,
        created_at -> Timestamptz,
        dispatched_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    webhooks (id) {
        id -> Uuid,
        company_id -> Uuid,
        url -> Text,
        name -> Nullable<Text>,
        description -> Nullable<Text>,
        headers -> Jsonb,
        events -> Array<Text>,
        is_active -> Bool,
        max_retries -> Int4,
        timeout_ms -> Int4,
        consecutive_failures -> Int4,
        circuit_opened_at -> Nullable<Timestamptz>,
        secret -> Bytea,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    webhook_deliveries (id) {
        id -> Uuid,
        company_id -> Uuid,
        webhook_id -> Uuid,
        event_id -> Nullable<Uuid>,
        event -> Text,
        status -> Text,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}

diesel::table! {
    webhook_attempts (delivery_id, number) {
        delivery_id -> Uuid,
        number -> Int4,
        attempted_at -> Timestamptz,
        status_code -> Nullable<Int4>,
        duration_ms -> Int8,
        error -> Nullable<Text>,
        response_body -> Nullable<Text>,
    }
}

diesel::table! {
    enrichment_runs (id) {
        id -> Uuid,
        company_id -> Uuid,
        status -> Text,
        profile_ids -> Jsonb,
        webhook_id -> Nullable<Uuid>,
        items -> Jsonb,
        credits_consumed -> Int8,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        completed_at -> Nullable<Timestamptz>,
    }
}

diesel::joinable!(sourcing_runs -> companies (company_id));
diesel::joinable!(run_candidates -> sourcing_runs (run_id));
diesel::joinable!(outbox_events -> companies (company_id));
diesel::joinable!(webhooks -> companies (company_id));
diesel::joinable!(enrichment_runs -> companies (company_id));
diesel::joinable!(webhook_deliveries -> companies (company_id));
diesel::joinable!(webhook_deliveries -> outbox_events (event_id));
diesel::joinable!(webhook_attempts -> webhook_deliveries (delivery_id));
diesel::allow_tables_to_appear_in_same_query!(
    companies,
    api_keys,
    credit_reservations,
    credit_ledger,
    idempotency_records,
    sourcing_runs,
    run_candidates,
    outbox_events,
    webhooks,
    webhook_deliveries,
    webhook_attempts,
    enrichment_runs,
);
