package io.loanradar.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.app.TestDatabases;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard's counts on PostgreSQL. */
class PostgresDashboardQueriesIT extends DashboardQueriesIT {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.postgres(registry);
  }

  /**
   * Without statistics PostgreSQL guesses a handful of scores per date and hash-joins every score
   * of the date, even for an RM's few customers: the 367 ms RM dashboard at 100,000 enterprises.
   */
  @Test
  void plannerKnowsHowManyScoresADateHoldsRightAfterAScoringRun() {
    String plan =
        String.join(
            "\n",
            jdbc.queryForList(
                "EXPLAIN SELECT enterprise_id FROM score WHERE as_of = DATE '2026-06-30'",
                String.class));
    Matcher rows = Pattern.compile("rows=(\\d+)").matcher(plan);
    assertThat(rows.find()).as(plan).isTrue();
    assertThat(Long.parseLong(rows.group(1))).as(plan).isEqualTo(150);
  }
}
