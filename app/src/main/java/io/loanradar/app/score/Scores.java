package io.loanradar.app.score;

import io.loanradar.app.store.StoreDialect;
import io.loanradar.core.scorecard.Factor;
import io.loanradar.core.scorecard.FactorScore;
import io.loanradar.core.scorecard.Score;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Scores kept per enterprise and as-of date: the score history. */
@Repository
public class Scores {

  private final JdbcTemplate jdbc;

  Scores(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the scores of an as-of date with a new run's. */
  @Transactional
  public void save(LocalDate asOf, List<Scoring.Scored> scored, Clock clock) {
    jdbc.update("DELETE FROM score WHERE as_of = ?", asOf);
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
    List<Object[]> rows = new ArrayList<>(scored.size());
    for (Scoring.Scored s : scored) {
      Score score = s.score();
      rows.add(
          new Object[] {
            s.enterpriseId().value(),
            asOf,
            dec(score.total()),
            score.grade().name(),
            score.tier().name(),
            dec(score.factor(Factor.SIZE)),
            dec(score.factor(Factor.INDUSTRY_POSITION)),
            dec(score.factor(Factor.CREDIT)),
            dec(score.factor(Factor.GROWTH)),
            dec(score.factor(Factor.RELATIONSHIP)),
            dec(score.factor(Factor.LEVERAGE)),
            probability(s.models().pd12m()),
            probability(s.models().propensity90d()),
            s.percentile()
                .map(p -> BigDecimal.valueOf(p.percentile()).setScale(6, RoundingMode.HALF_UP))
                .orElse(null),
            s.percentile().map(p -> p.level().name()).orElse(null),
            missing(score),
            clip(score.reasonsText()),
            clip(score.reasonsTextEn()),
            score.configVersion(),
            now
          });
    }
    jdbc.batchUpdate(
        "INSERT INTO score (enterprise_id, as_of, score, grade, tier, factor_size, factor_industry_position,"
            + " factor_credit, factor_growth, factor_relationship, factor_leverage, pd_12m, propensity_90d,"
            + " industry_percentile, industry_level, missing_factors, reasons_zh, reasons_en,"
            + " config_version, computed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
    if (postgres()) {
      // a run replaces up to every score of the bank; without fresh statistics PostgreSQL guesses
      // a handful of rows per date and joins all of them where an index step per customer would do
      // (an RM's dashboard read the bank's 100,000 scores six times over)
      jdbc.execute("ANALYZE score");
    }
  }

  private boolean postgres() {
    Boolean postgres = jdbc.execute((ConnectionCallback<Boolean>) StoreDialect::isPostgres);
    return Boolean.TRUE.equals(postgres);
  }

  private static String missing(Score score) {
    String names =
        score.factors().stream()
            .filter(FactorScore::neutral)
            .map(f -> f.factor().name().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining(";"));
    return names.isEmpty() ? null : names;
  }

  private static BigDecimal probability(java.util.OptionalDouble p) {
    return p.isPresent()
        ? BigDecimal.valueOf(p.getAsDouble()).setScale(6, RoundingMode.HALF_UP)
        : null;
  }

  private static BigDecimal dec(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  private static String clip(String text) {
    return text.length() > 4000 ? text.substring(0, 4000) : text;
  }

  /**
   * A kept score as read back.
   *
   * @param asOf as-of date
   * @param score 0–100
   * @param grade A/B/C
   * @param tier tier
   * @param factors the six factor values, in {@link Factor} order
   * @param industryPercentile 0–1, or null
   * @param industryLevel DIVISION or SECTION, or null
   * @param missingFactors factors that took the neutral value, {@code ;}-separated, or null
   * @param reasonsZh reasons in Chinese, {@code ;}-separated, most important first
   * @param reasonsEn the same in English
   * @param configVersion the scorecard configuration that produced it
   * @param pd12m the champion pd_12m model's probability, or null
   * @param propensity90d the champion propensity_90d model's probability, or null
   */
  public record Kept(
      LocalDate asOf,
      BigDecimal score,
      String grade,
      String tier,
      List<BigDecimal> factors,
      BigDecimal industryPercentile,
      String industryLevel,
      String missingFactors,
      String reasonsZh,
      String reasonsEn,
      String configVersion,
      BigDecimal pd12m,
      BigDecimal propensity90d) {

    /** Copies the list. */
    public Kept {
      factors = List.copyOf(factors);
    }

    /** The reasons in Chinese, one per entry. */
    public List<String> reasonListZh() {
      return List.of(reasonsZh.split(";"));
    }

    /** The reasons in English, one per entry. */
    public List<String> reasonListEn() {
      return List.of(reasonsEn.split(";"));
    }
  }

  /** An enterprise's scores, newest first. */
  public List<Kept> history(String enterpriseId) {
    return jdbc.query(
        "SELECT as_of, score, grade, tier, factor_size, factor_industry_position, factor_credit,"
            + " factor_growth, factor_relationship, factor_leverage, industry_percentile, industry_level,"
            + " missing_factors, reasons_zh, reasons_en, config_version, pd_12m, propensity_90d FROM score"
            + " WHERE enterprise_id = ?"
            + " ORDER BY as_of DESC",
        (rs, n) ->
            new Kept(
                rs.getObject(1, LocalDate.class),
                rs.getBigDecimal(2),
                rs.getString(3),
                rs.getString(4),
                List.of(
                    rs.getBigDecimal(5),
                    rs.getBigDecimal(6),
                    rs.getBigDecimal(7),
                    rs.getBigDecimal(8),
                    rs.getBigDecimal(9),
                    rs.getBigDecimal(10)),
                rs.getBigDecimal(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                rs.getString(15),
                rs.getString(16),
                rs.getBigDecimal(17),
                rs.getBigDecimal(18)),
        enterpriseId);
  }

  /**
   * A change of grade between two consecutive as-of dates.
   *
   * @param enterpriseId whose grade
   * @param from the earlier as-of date
   * @param to the later as-of date
   * @param fromGrade grade before
   * @param toGrade grade after
   */
  public record Migration(
      String enterpriseId, LocalDate from, LocalDate to, String fromGrade, String toGrade) {}

  /** Grade changes of the enterprises in scope between the two as-of dates, e.g. A→B. */
  public List<Migration> migrations(
      io.loanradar.app.security.DataScope scope, LocalDate from, LocalDate to) {
    List<Object> params = new java.util.ArrayList<>(List.of(from, to));
    params.addAll(scope.binds());
    return jdbc.query(
        "SELECT a.enterprise_id, a.grade, b.grade FROM score a JOIN score b ON b.enterprise_id = a.enterprise_id"
            + " JOIN enterprise e ON e.enterprise_id = a.enterprise_id"
            + " WHERE a.as_of = ? AND b.as_of = ? AND a.grade <> b.grade AND "
            + scope.on("e")
            + " ORDER BY a.enterprise_id",
        (rs, n) -> new Migration(rs.getString(1), from, to, rs.getString(2), rs.getString(3)),
        params.toArray());
  }
}
