package io.loanradar.app.warning;

import io.loanradar.app.score.SnapshotReader;
import io.loanradar.core.customer.Relation;
import io.loanradar.core.customer.RelationType;
import io.loanradar.core.warning.Assessment;
import io.loanradar.core.warning.WarningConfig;
import io.loanradar.core.warning.WarningEngine;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs the warning engine over the store as of a date: every debtor's own assessment from its
 * snapshot, then contagion along the stored relations in one pass.
 */
@Component
public class Assessing {

  private final SnapshotReader snapshots;
  private final JdbcTemplate jdbc;
  private final WarningEngine engine = new WarningEngine(WarningConfig.defaults());

  Assessing(SnapshotReader snapshots, JdbcTemplate jdbc) {
    this.snapshots = snapshots;
    this.jdbc = jdbc;
  }

  /** The engine in use. */
  public WarningEngine engine() {
    return engine;
  }

  /**
   * Every debtor's assessment as of a date, contagion included, in enterprise-id order; the own
   * assessments are computed on every core.
   */
  public List<Assessment> assessAll(LocalDate asOf) throws SQLException {
    List<Assessment> own =
        snapshots.map(
            asOf,
            Runtime.getRuntime().availableProcessors(),
            SnapshotReader.Reach.recentFlows(engine.flowDaysRead()),
            engine::assess);
    return engine.withContagion(own, relations());
  }

  /** The relations between parties as stored (the engine drops those starting later). */
  public List<Relation> relations() {
    return jdbc.query(
        "SELECT from_id, to_id, type, weight, since FROM relation ORDER BY from_id, to_id, type",
        (rs, n) ->
            new Relation(
                rs.getString(1),
                rs.getString(2),
                RelationType.valueOf(rs.getString(3)),
                Optional.ofNullable(rs.getBigDecimal(4)),
                Optional.ofNullable(rs.getObject(5, LocalDate.class))));
  }
}
