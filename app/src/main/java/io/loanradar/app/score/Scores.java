package io.loanradar.app.score;

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
            + " factor_credit, factor_growth, factor_relationship, factor_leverage, industry_percentile,"
            + " industry_level, missing_factors, reasons_zh, reasons_en, config_version, computed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  private static String missing(Score score) {
    String names =
        score.factors().stream()
            .filter(FactorScore::neutral)
            .map(f -> f.factor().name().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining(";"));
    return names.isEmpty() ? null : names;
  }

  private static BigDecimal dec(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
  }

  private static String clip(String text) {
    return text.length() > 4000 ? text.substring(0, 4000) : text;
  }
}
