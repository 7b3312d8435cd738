-- Credit-bureau lines may say when a facility falls due (到期日): an addition to the data
-- contract's credit_records, optional, from which refinancing detects other banks' loans maturing.
ALTER TABLE credit_record ADD COLUMN maturity_date DATE;
ALTER TABLE stg_credit_record ADD COLUMN maturity_date DATE;
