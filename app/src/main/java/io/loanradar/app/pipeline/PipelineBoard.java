package io.loanradar.app.pipeline;

import io.loanradar.app.security.DataScope;
import io.loanradar.core.demand.OpportunityStage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the pipeline from the store, narrowed in SQL to the customers a user may see: open
 * opportunities, and those closed (disbursed or lost) in the last 90 days.
 */
@Repository
public class PipelineBoard {

  /** Days a closed opportunity stays on the board (the dashboard's funnel counts the same). */
  public static final int CLOSED_DAYS = 90;

  private final JdbcClient jdbc;

  PipelineBoard(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One card of the board.
   *
   * @param id the opportunity
   * @param enterpriseId its customer
   * @param name the customer's name
   * @param scenario the scenario code
   * @param stage the stage code
   * @param amount estimated amount, yuan
   * @param expectedBy when the need is expected
   * @param priority 1 (highest) … 5
   * @param owner the RM, null when none
   * @param branch the customer's branch, null when none
   * @param products recommended product codes, best first
   * @param evidenceZh the facts, Chinese, {@code ;}-separated
   * @param evidenceEn the facts, English, {@code ;}-separated
   * @param limitFlag the concentration limits the best product would break, null when none
   */
  record Card(
      String id,
      String enterpriseId,
      String name,
      String scenario,
      String stage,
      BigDecimal amount,
      LocalDate expectedBy,
      int priority,
      String owner,
      String branch,
      String products,
      String evidenceZh,
      String evidenceEn,
      String limitFlag) {

    /** The facts in the reader's language, one per item. */
    public List<String> evidence(boolean english) {
      String text = english ? evidenceEn : evidenceZh;
      return text == null || text.isBlank()
          ? List.of()
          : Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The stages a person may move it on to, LOST aside (that needs a reason). */
    public List<String> nextStages() {
      return OpportunityStage.valueOf(stage).next().stream()
          .filter(s -> s != OpportunityStage.LOST)
          .map(Enum::name)
          .sorted()
          .toList();
    }

    /** Whether it is still being worked on. */
    public boolean open() {
      return OpportunityStage.valueOf(stage).open();
    }

    /** The product codes, best first. */
    public List<String> productList() {
      return products == null || products.isBlank()
          ? List.of()
          : Arrays.stream(products.split(";")).map(String::strip).toList();
    }
  }

  /**
   * What the board is narrowed to; blank values do not filter.
   *
   * @param scenario a scenario code
   * @param product a product code among the recommended ones
   * @param branch a branch id
   * @param rm an RM id
   * @param stage a stage code (the dashboard's funnel drills down here)
   */
  record Filter(String scenario, String product, String branch, String rm, String stage) {
    /** Blanks become empty text. */
    Filter {
      scenario = clean(scenario);
      product = clean(product);
      branch = clean(branch);
      rm = clean(rm);
      stage = clean(stage);
    }

    private static String clean(String text) {
      return text == null ? "" : text.strip();
    }
  }

  /** The cards in scope that match the filter, by priority then expected date. */
  List<Card> cards(DataScope scope, Filter filter, LocalDate today) {
    List<String> where = new ArrayList<>();
    where.add("(o.open_key IS NOT NULL OR o.closed_on >= ?)");
    where.add(scope.on("e"));
    List<Object> params = new ArrayList<>(scope.bindsAfter(today.minusDays(CLOSED_DAYS)));
    if (!filter.scenario().isEmpty()) {
      where.add("o.scenario = ?");
      params.add(filter.scenario());
    }
    if (!filter.product().isEmpty()) {
      where.add("(';' || o.products || ';') LIKE ?");
      params.add("%;" + filter.product().replace("%", "").replace("_", "") + ";%");
    }
    if (!filter.branch().isEmpty()) {
      where.add("e.branch_id = ?");
      params.add(filter.branch());
    }
    if (!filter.rm().isEmpty()) {
      where.add("o.owner = ?");
      params.add(filter.rm());
    }
    if (!filter.stage().isEmpty()) {
      where.add("o.stage = ?");
      params.add(filter.stage());
    }
    return jdbc.sql(
            "SELECT o.opportunity_id AS id, o.enterprise_id, e.name, o.scenario, o.stage,"
                + " o.estimated_amount AS amount, o.expected_by, o.priority, o.owner, e.branch_id AS branch,"
                + " o.products, o.evidence_zh, o.evidence_en, o.limit_flag"
                + " FROM opportunity o JOIN enterprise e ON e.enterprise_id = o.enterprise_id"
                + " WHERE "
                + String.join(" AND ", where)
                + " ORDER BY o.priority, o.expected_by, o.opportunity_id")
        .params(params)
        .query(Card.class)
        .list();
  }

  /** Whether the opportunity exists and its customer is in scope. */
  boolean visible(DataScope scope, String id) {
    return jdbc.sql(
                "SELECT COUNT(*) FROM opportunity o JOIN enterprise e"
                    + " ON e.enterprise_id = o.enterprise_id WHERE o.opportunity_id = ? AND "
                    + scope.on("e"))
            .params(scope.bindsAfter(id))
            .query(Long.class)
            .single()
        > 0;
  }
}
