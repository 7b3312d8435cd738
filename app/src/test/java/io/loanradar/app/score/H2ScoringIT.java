package io.loanradar.app.score;

import io.loanradar.app.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Scoring on the embedded H2 store. */
class H2ScoringIT extends ScoringIT {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }
}
