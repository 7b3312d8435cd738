package io.loanradar.app.product;

import io.loanradar.core.demand.Scenario;
import io.loanradar.core.product.Product;
import io.loanradar.core.product.ProductType;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 产品目录 — the loan products in the store: imported from products.csv, edited here by a product
 * manager. An edit is kept with who made it, when, and the product before and after; its lineage
 * columns are 0 (made in the application, not imported).
 */
@Component
public class Catalogue {

  private final JdbcTemplate jdbc;
  private final CelEligibility cel;
  private final Clock clock;

  Catalogue(JdbcTemplate jdbc, CelEligibility cel, Clock clock) {
    this.jdbc = jdbc;
    this.cel = cel;
    this.clock = clock;
  }

  /** Every product, by code. */
  public List<Product> all() {
    return jdbc.query("SELECT * FROM product ORDER BY product_code", (rs, i) -> product(rs));
  }

  /** One product. */
  public Optional<Product> find(String code) {
    return jdbc
        .query("SELECT * FROM product WHERE product_code = ?", (rs, i) -> product(rs), code)
        .stream()
        .findFirst();
  }

  /**
   * Creates or replaces a product, as a product manager.
   *
   * @param actor who makes the change
   * @throws IllegalArgumentException when the actor is blank, the amounts or tenors are reversed,
   *     or the eligibility expression does not compile (with line:column)
   */
  @Transactional
  public Product save(String actor, Product p) {
    if (actor == null || actor.isBlank()) {
      throw new IllegalArgumentException("a product change needs the actor who makes it");
    }
    validate(p);
    Optional<Product> before = find(p.code());
    jdbc.update("DELETE FROM product WHERE product_code = ?", p.code());
    jdbc.update(
        "INSERT INTO product (product_code, name, type, min_amount, max_amount, min_tenor_months,"
            + " max_tenor_months, rate_floor, rate_cap, scenarios, eligibility, collateral_required,"
            + " industries_excluded, batch_id, file_id, line_no)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0)",
        p.code(),
        p.name(),
        p.type().name(),
        p.minAmount().map(m -> m.yuan()).orElse(null),
        p.maxAmount().map(m -> m.yuan()).orElse(null),
        p.minTenorMonths().orElse(null),
        p.maxTenorMonths().orElse(null),
        p.rateFloor().orElse(null),
        p.rateCap().orElse(null),
        p.scenarios().stream().map(Enum::name).collect(Collectors.joining(";")),
        p.eligibility().orElse(null),
        p.collateralRequired(),
        String.join(";", p.industriesExcluded()));
    jdbc.update(
        "INSERT INTO product_change (product_code, actor, changed_at, before_value, after_value)"
            + " VALUES (?, ?, ?, ?, ?)",
        p.code(),
        actor,
        Timestamp.valueOf(LocalDateTime.now(clock)),
        before.map(Product::toString).orElse(null),
        p.toString());
    return p;
  }

  private void validate(Product p) {
    if (p.minAmount().isPresent()
        && p.maxAmount().isPresent()
        && p.minAmount().get().compareTo(p.maxAmount().get()) > 0) {
      throw new IllegalArgumentException(
          "product " + p.code() + ": min_amount is above max_amount");
    }
    if (p.minTenorMonths().isPresent()
        && p.maxTenorMonths().isPresent()
        && p.minTenorMonths().get() > p.maxTenorMonths().get()) {
      throw new IllegalArgumentException(
          "product " + p.code() + ": min_tenor_months is above max_tenor_months");
    }
    p.eligibility()
        .filter(e -> !e.isBlank())
        .flatMap(cel::check)
        .ifPresent(
            error -> {
              throw new IllegalArgumentException(
                  "product " + p.code() + ": eligibility does not compile: " + error);
            });
  }

  /** Who changed a product and when, newest first: actor, time, after-value. */
  public List<String> changes(String code) {
    return jdbc.query(
        "SELECT actor, changed_at, after_value FROM product_change WHERE product_code = ?"
            + " ORDER BY change_id DESC",
        (rs, i) ->
            rs.getString(1) + " " + rs.getTimestamp(2).toLocalDateTime() + " " + rs.getString(3),
        code);
  }

  /**
   * One kept change of a product.
   *
   * @param actor who made it
   * @param changedAt when
   * @param before the product before, empty when it was added
   * @param after the product after
   */
  public record Change(
      String actor, LocalDateTime changedAt, Optional<String> before, String after) {}

  /** The kept changes of a product, newest first. */
  public List<Change> history(String code) {
    return jdbc.query(
        "SELECT actor, changed_at, before_value, after_value FROM product_change"
            + " WHERE product_code = ? ORDER BY change_id DESC",
        (rs, i) ->
            new Change(
                rs.getString(1),
                rs.getTimestamp(2).toLocalDateTime(),
                Optional.ofNullable(rs.getString(3)),
                rs.getString(4)),
        code);
  }

  private static Product product(ResultSet rs) throws SQLException {
    return new Product(
        rs.getString("product_code"),
        rs.getString("name"),
        ProductType.valueOf(rs.getString("type")),
        money(rs, "min_amount"),
        money(rs, "max_amount"),
        whole(rs, "min_tenor_months"),
        whole(rs, "max_tenor_months"),
        Optional.ofNullable(rs.getBigDecimal("rate_floor")),
        Optional.ofNullable(rs.getBigDecimal("rate_cap")),
        split(rs.getString("scenarios")).stream().map(Scenario::valueOf).toList(),
        Optional.ofNullable(rs.getString("eligibility")).filter(s -> !s.isBlank()),
        rs.getBoolean("collateral_required"),
        split(rs.getString("industries_excluded")));
  }

  private static Optional<io.loanradar.core.finance.Money> money(ResultSet rs, String column)
      throws SQLException {
    BigDecimal v = rs.getBigDecimal(column);
    return Optional.ofNullable(v).map(io.loanradar.core.finance.Money::ofYuan);
  }

  private static Optional<Long> whole(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? Optional.empty() : Optional.of(v);
  }

  private static List<String> split(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
