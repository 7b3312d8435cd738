package io.loanradar.app.store;

import io.loanradar.core.contract.ContractKind;
import java.util.List;

/**
 * Where each contract kind is kept: its table, the staging table a batch loads into first, and the
 * columns (named as in the contract).
 */
public enum StoreTable {
  /** {@link ContractKind#ENTERPRISES}. */
  ENTERPRISE(ContractKind.ENTERPRISES, "enterprise"),
  /** {@link ContractKind#FINANCIALS}. */
  FINANCIAL_STATEMENT(ContractKind.FINANCIALS, "financial_statement"),
  /** {@link ContractKind#TRANSACTIONS}. */
  TXN(ContractKind.TRANSACTIONS, "txn"),
  /** {@link ContractKind#TAX}. */
  TAX_RECORD(ContractKind.TAX, "tax_record"),
  /** {@link ContractKind#CREDIT_RECORDS}. */
  CREDIT_RECORD(ContractKind.CREDIT_RECORDS, "credit_record"),
  /** {@link ContractKind#LOANS}. */
  LOAN(ContractKind.LOANS, "loan"),
  /** {@link ContractKind#EVENTS}. */
  EVENT(ContractKind.EVENTS, "event"),
  /** {@link ContractKind#RELATIONS}. */
  RELATION(ContractKind.RELATIONS, "relation"),
  /** {@link ContractKind#PRODUCTS}. */
  PRODUCT(ContractKind.PRODUCTS, "product");

  private final ContractKind kind;
  private final String table;

  StoreTable(ContractKind kind, String table) {
    this.kind = kind;
    this.table = table;
  }

  /** The table for a kind. */
  public static StoreTable of(ContractKind kind) {
    for (StoreTable t : values()) {
      if (t.kind == kind) {
        return t;
      }
    }
    throw new IllegalArgumentException("no table for " + kind);
  }

  /** The contract kind kept here. */
  public ContractKind kind() {
    return kind;
  }

  /** The table of committed rows. */
  public String table() {
    return table;
  }

  /** The staging table a batch loads into before it is merged. */
  public String staging() {
    return "stg_" + table;
  }

  /** The data columns, in contract order. */
  public List<String> columns() {
    return kind.columnNames();
  }

  /**
   * Columns the store derives from the contract columns: for transactions, {@code flow_day}, the
   * booking date, on which daily aggregates are joined.
   */
  public List<String> derived() {
    return this == TXN ? List.of("flow_day") : List.of();
  }

  /** The key columns. */
  public List<String> key() {
    return kind.key();
  }

  /** Order in which a batch merges kinds: customers before what hangs off them. */
  public static List<StoreTable> mergeOrder() {
    return List.of(
        ENTERPRISE,
        PRODUCT,
        RELATION,
        FINANCIAL_STATEMENT,
        TAX_RECORD,
        CREDIT_RECORD,
        LOAN,
        EVENT,
        TXN);
  }
}
