package io.loanradar.app.score;

import io.loanradar.app.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Scoring on PostgreSQL. */
class PostgresScoringIT extends ScoringIT {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.postgres(registry);
  }
}
