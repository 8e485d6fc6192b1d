DROP TABLE enrichment_runs;
