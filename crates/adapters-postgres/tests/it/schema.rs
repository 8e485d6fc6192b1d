//! Schema invariants over the migrated database.

use diesel::prelude::*;
use diesel_async::{AsyncConnection, AsyncPgConnection, RunQueryDsl};

use crate::support::fixture;

#[derive(QueryableByName, Debug)]
struct TenantColumn {
    #[diesel(sql_type = diesel::sql_types::Text)]
    table_name: String,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    not_null: bool,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    has_fk: bool,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    has_index: bool,
}

#[tokio::test(flavor = "multi_thread")]
async fn every_tenant_table_has_company_id_not_null_with_fk_and_index() {
    let fx = fixture().await;
    let mut conn = AsyncPgConnection::establish(fx.db.url()).await.unwrap();
    let rows: Vec<TenantColumn> = diesel::sql_query(
        r"
        SELECT c.relname::text AS table_name,
               a.attnotnull AS not_null,
               EXISTS (SELECT 1 FROM pg_constraint k
                        WHERE k.conrelid = c.oid AND k.contype = 'f' AND a.attnum = ANY (k.conkey)
                          AND k.confrelid = 'companies'::regclass) AS has_fk,
               EXISTS (SELECT 1 FROM pg_index i
                        WHERE i.indrelid = c.oid AND i.indkey[0] = a.attnum) AS has_index
          FROM pg_attribute a
          JOIN pg_class c ON c.oid = a.attrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE a.attname = 'company_id' AND c.relkind = 'r' AND n.nspname = 'public'
         ORDER BY 1",
    )
    .load(&mut conn)
    .await
    .unwrap();
    let names: Vec<&str> = rows.iter().map(|r| r.table_name.as_str()).collect();
    for expected in [
        "api_keys",
        "credit_ledger",
        "credit_reservations",
        "idempotency_records",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    for row in &rows {
        assert!(row.not_null && row.has_fk && row.has_index, "{row:?}");
    }
}
