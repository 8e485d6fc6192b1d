DROP TABLE idempotency_records;
DROP TRIGGER credit_ledger_append_only ON credit_ledger;
DROP TABLE credit_ledger;
DROP FUNCTION credit_ledger_forbid_mutation();
DROP TABLE credit_reservations;
DROP TABLE api_keys;
DROP TABLE companies;
