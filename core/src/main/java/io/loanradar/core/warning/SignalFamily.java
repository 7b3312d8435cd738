package io.loanradar.core.warning;

/** Where a warning signal comes from. */
public enum SignalFamily {
  /** 财务 — financial statements. */
  FINANCIAL,
  /** 流水 — account flows and balances. */
  FLOWS,
  /** 征信 — the credit bureau. */
  BUREAU,
  /** 税务 — tax records. */
  TAX,
  /** 司法与工商 — court and registry events. */
  COURT_REGISTRY,
  /** 舆情 — news. */
  NEWS,
  /** 本行贷款 — this bank's own loans. */
  OWN_LOANS,
  /** 风险传导 — a related party's trouble. */
  CONTAGION;
}
