package io.loanradar.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The row rules of the data contract as a pure function: cells in, a typed row or every violation
 * out.
 */
public final class RowValidator {

  private final Header header;
  private final LocalDate today;

  /**
   * @param header the file's header matched to its kind; must be complete
   * @param today the import date, for rules that forbid future dates
   * @throws IllegalArgumentException when the header lacks a required column
   */
  public RowValidator(Header header, LocalDate today) {
    if (!header.complete()) {
      throw new IllegalArgumentException(
          "header of " + header.kind() + " lacks " + header.missingRequired());
    }
    this.header = header;
    this.today = today;
  }

  /** A validator for rows given in the contract's own column order. */
  public static RowValidator forKind(ContractKind kind, LocalDate today) {
    return new RowValidator(Header.match(kind, kind.columnNames()), today);
  }

  /**
   * Checks one row.
   *
   * @param cells the row's cells in file order; missing trailing cells count as empty
   */
  public RowResult check(List<String> cells) {
    ContractKind kind = header.kind();
    List<Column> columns = kind.columns();
    Object[] values = new Object[columns.size()];
    List<Violation> violations = null;
    for (int c = 0; c < values.length; c++) {
      int at = header.positions()[c];
      String raw = at >= 0 && at < cells.size() ? cells.get(at) : null;
      String text = Cells.clean(raw);
      Column column = columns.get(c);
      if (text == null) {
        if (column.required()) {
          violations =
              add(
                  violations,
                  new Violation(column.name(), raw, "必填项为空", "required value is empty"));
        }
        continue;
      }
      Object value = column.type().parse(text, today);
      if (value instanceof Problem problem) {
        violations = add(violations, Violation.of(column.name(), raw, problem));
      } else {
        values[c] = value;
      }
    }
    if (violations == null) {
      ContractRow row = new ContractRow(kind, values);
      violations = crossColumn(row);
      if (violations == null) {
        return new RowResult.Accepted(row);
      }
    }
    return new RowResult.Rejected(violations);
  }

  private static List<Violation> crossColumn(ContractRow row) {
    List<Violation> out = null;
    switch (row.kind()) {
      case FINANCIALS -> {
        BigDecimal liabilities = row.decimal("total_liabilities");
        BigDecimal assets = row.decimal("total_assets");
        if (liabilities != null
            && liabilities.signum() > 0
            && (assets == null || assets.signum() == 0)) {
          out =
              add(
                  out,
                  new Violation(
                      "total_assets",
                      String.valueOf(assets == null ? "" : assets),
                      "负债大于零但总资产缺失或为零",
                      "total liabilities > 0 but total assets missing or 0"));
        }
      }
      case TRANSACTIONS -> {
        String currency = row.text("currency");
        if (currency != null && !currency.equals("CNY") && row.decimal("fx_rate") == null) {
          out =
              add(
                  out,
                  new Violation(
                      "fx_rate",
                      "",
                      "外币交易须提供对人民币汇率 fx_rate",
                      "a non-CNY row needs fx_rate to CNY"));
        }
      }
      case LOANS -> {
        if (row.date("maturity_date").isBefore(row.date("start_date"))) {
          out =
              add(
                  out,
                  new Violation(
                      "maturity_date",
                      row.date("maturity_date").toString(),
                      "到期日早于起始日 " + row.date("start_date"),
                      "maturity is before start " + row.date("start_date")));
        }
      }
      case RELATIONS -> {
        if (row.text("from_id").equals(row.text("to_id"))) {
          out =
              add(
                  out,
                  new Violation(
                      "to_id",
                      row.text("to_id"),
                      "关联关系不能指向自身",
                      "a relation cannot link an enterprise to itself"));
        }
      }
      case PRODUCTS -> {
        out = ordered(out, row, "min_amount", "max_amount");
        out = ordered(out, row, "min_tenor_months", "max_tenor_months");
        out = ordered(out, row, "rate_floor", "rate_cap");
      }
      case ENTERPRISES, TAX, CREDIT_RECORDS, EVENTS -> {}
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Violation> ordered(
      List<Violation> out, ContractRow row, String low, String high) {
    Object a = row.get(low);
    Object b = row.get(high);
    if (a != null && b != null && ((Comparable<Object>) a).compareTo(b) > 0) {
      return add(
          out,
          new Violation(
              high,
              String.valueOf(b),
              high + " 小于 " + low + "（" + a + "）",
              high + " is below " + low + " (" + a + ")"));
    }
    return out;
  }

  private static List<Violation> add(List<Violation> list, Violation v) {
    List<Violation> out = list == null ? new ArrayList<>() : list;
    out.add(v);
    return out;
  }
}
