-- Key-customer scores: one row per enterprise and as-of date (the history), with the factor
-- values, the configuration version that produced them and the reasons in both languages.
CREATE TABLE score (
  enterprise_id             VARCHAR(32) NOT NULL,
  as_of                     DATE NOT NULL,
  score                     NUMERIC(6,2) NOT NULL,
  grade                     VARCHAR(1) NOT NULL,
  tier                      VARCHAR(16) NOT NULL,
  factor_size               NUMERIC(6,2) NOT NULL,
  factor_industry_position  NUMERIC(6,2) NOT NULL,
  factor_credit             NUMERIC(6,2) NOT NULL,
  factor_growth             NUMERIC(6,2) NOT NULL,
  factor_relationship       NUMERIC(6,2) NOT NULL,
  factor_leverage           NUMERIC(6,2) NOT NULL,
  pd_12m                    NUMERIC(8,6),
  propensity_90d            NUMERIC(8,6),
  funding_gap_next_q        NUMERIC(20,2),
  industry_percentile       NUMERIC(8,6),
  industry_level            VARCHAR(16),
  missing_factors           VARCHAR(200),
  reasons_zh                VARCHAR(4000) NOT NULL,
  reasons_en                VARCHAR(4000) NOT NULL,
  config_version            VARCHAR(64) NOT NULL,
  computed_at               TIMESTAMP NOT NULL,
  PRIMARY KEY (enterprise_id, as_of)
);
CREATE INDEX score_as_of ON score (as_of, score);
