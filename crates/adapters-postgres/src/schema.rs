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

diesel::allow_tables_to_appear_in_same_query!(
    companies,
    api_keys,
    credit_reservations,
    credit_ledger,
    idempotency_records,
);
