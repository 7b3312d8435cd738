-- PostgreSQL only: staging tables skip the write-ahead log. Every batch empties its staging rows
-- inside its own transaction, so they never hold committed data; after a crash PostgreSQL empties
-- unlogged tables, which for staging is exactly the state a clean shutdown leaves.
ALTER TABLE stg_enterprise SET UNLOGGED;
ALTER TABLE stg_financial_statement SET UNLOGGED;
ALTER TABLE stg_txn SET UNLOGGED;
ALTER TABLE stg_tax_record SET UNLOGGED;
ALTER TABLE stg_credit_record SET UNLOGGED;
ALTER TABLE stg_loan SET UNLOGGED;
ALTER TABLE stg_event SET UNLOGGED;
ALTER TABLE stg_relation SET UNLOGGED;
ALTER TABLE stg_product SET UNLOGGED;
ALTER TABLE stg_flow_key SET UNLOGGED;
