-- txn_enterprise_time (enterprise, booked_at) served no query: every read of an enterprise's
-- transactions goes by day through txn_enterprise_day (enterprise, flow_day). Each import still
-- had to write it, 39 s of a 50 M-row first load on PostgreSQL and one more map per row on H2.
DROP INDEX IF EXISTS txn_enterprise_time;
