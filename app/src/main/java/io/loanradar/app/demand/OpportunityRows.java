package io.loanradar.app.demand;

import io.loanradar.core.demand.OpportunityStage;
import io.loanradar.core.demand.Scenario;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reading and writing opportunity rows. */
final class OpportunityRows {

  static final String SEPARATOR = ";";

  private final JdbcTemplate jdbc;

  OpportunityRows(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Opportunity> query(String where, Object... args) {
    return jdbc.query("SELECT * FROM opportunity " + where, (rs, i) -> opportunity(rs), args);
  }

  Optional<Opportunity> find(String id) {
    return query("WHERE opportunity_id = ?", id).stream().findFirst();
  }

  void insert(Opportunity o) {
    jdbc.update(
        "INSERT INTO opportunity (opportunity_id, enterprise_id, scenario, stage, open_key,"
            + " detected_on, refreshed_on, estimated_amount, amount_method, expected_by, priority,"
            + " owner, products, products_zh, products_en, limit_flag, evidence_zh, evidence_en)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        o.id(),
        o.enterpriseId(),
        o.scenario().name(),
        o.stage().name(),
        openKey(o.enterpriseId(), o.scenario()),
        Date.valueOf(o.detectedOn()),
        Date.valueOf(o.refreshedOn()),
        o.amount(),
        o.amountMethod(),
        Date.valueOf(o.expectedBy()),
        o.priority(),
        o.owner().orElse(null),
        String.join(SEPARATOR, o.products()),
        clip(String.join(SEPARATOR, o.productsZh())),
        clip(String.join(SEPARATOR, o.productsEn())),
        o.limitFlag().orElse(null),
        clip(String.join(SEPARATOR, o.evidenceZh())),
        clip(String.join(SEPARATOR, o.evidenceEn())));
  }

  /** New evidence for an open opportunity: amount, date, priority, products and facts. */
  void refresh(Opportunity o) {
    jdbc.update(
        "UPDATE opportunity SET refreshed_on = ?, estimated_amount = ?, amount_method = ?,"
            + " expected_by = ?, priority = ?, owner = ?, products = ?, products_zh = ?,"
            + " products_en = ?, limit_flag = ?, evidence_zh = ?, evidence_en = ?"
            + " WHERE opportunity_id = ?",
        Date.valueOf(o.refreshedOn()),
        o.amount(),
        o.amountMethod(),
        Date.valueOf(o.expectedBy()),
        o.priority(),
        o.owner().orElse(null),
        String.join(SEPARATOR, o.products()),
        clip(String.join(SEPARATOR, o.productsZh())),
        clip(String.join(SEPARATOR, o.productsEn())),
        o.limitFlag().orElse(null),
        clip(String.join(SEPARATOR, o.evidenceZh())),
        clip(String.join(SEPARATOR, o.evidenceEn())),
        o.id());
  }

  /** Moves the stage; a final stage frees the open slot and records the closing day. */
  void move(String id, OpportunityStage to, LocalDate closedOn, String loanId, String lostReason) {
    jdbc.update(
        "UPDATE opportunity SET stage = ?, open_key = CASE WHEN ? THEN open_key ELSE NULL END,"
            + " closed_on = ?, loan_id = COALESCE(?, loan_id), lost_reason = COALESCE(?,"
            + " lost_reason) WHERE opportunity_id = ?",
        to.name(),
        to.open(),
        to.open() ? null : Date.valueOf(closedOn),
        loanId,
        lostReason,
        id);
  }

  void transition(
      String id,
      OpportunityStage from,
      OpportunityStage to,
      String actor,
      LocalDateTime at,
      String note) {
    jdbc.update(
        "INSERT INTO opportunity_transition (opportunity_id, from_stage, to_stage, actor, moved_at,"
            + " note) VALUES (?, ?, ?, ?, ?, ?)",
        id,
        from == null ? null : from.name(),
        to.name(),
        actor,
        Timestamp.valueOf(at),
        note);
  }

  List<Opportunity.Transition> transitions(String id) {
    return jdbc.query(
        "SELECT from_stage, to_stage, actor, moved_at, note FROM opportunity_transition"
            + " WHERE opportunity_id = ? ORDER BY transition_id",
        (rs, i) ->
            new Opportunity.Transition(
                Optional.ofNullable(rs.getString(1)).map(OpportunityStage::valueOf),
                OpportunityStage.valueOf(rs.getString(2)),
                rs.getString(3),
                rs.getTimestamp(4).toLocalDateTime(),
                Optional.ofNullable(rs.getString(5))),
        id);
  }

  static String openKey(String enterpriseId, Scenario scenario) {
    return enterpriseId + ":" + scenario.name();
  }

  private static String clip(String text) {
    return text.length() <= 8000 ? text : text.substring(0, 7999) + "…";
  }

  private static Opportunity opportunity(ResultSet rs) throws SQLException {
    return new Opportunity(
        rs.getString("opportunity_id"),
        rs.getString("enterprise_id"),
        Scenario.valueOf(rs.getString("scenario")),
        OpportunityStage.valueOf(rs.getString("stage")),
        rs.getObject("detected_on", LocalDate.class),
        rs.getObject("refreshed_on", LocalDate.class),
        rs.getBigDecimal("estimated_amount"),
        rs.getString("amount_method"),
        rs.getObject("expected_by", LocalDate.class),
        rs.getInt("priority"),
        Optional.ofNullable(rs.getString("owner")),
        split(rs.getString("products")),
        split(rs.getString("products_zh")),
        split(rs.getString("products_en")),
        Optional.ofNullable(rs.getString("limit_flag")),
        split(rs.getString("evidence_zh")),
        split(rs.getString("evidence_en")),
        Optional.ofNullable(rs.getString("loan_id")),
        Optional.ofNullable(rs.getString("lost_reason")),
        Optional.ofNullable(rs.getObject("closed_on", LocalDate.class)));
  }

  private static List<String> split(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(SEPARATOR));
  }
}
