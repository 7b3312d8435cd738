package io.loanradar.app.score;

import io.loanradar.app.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Counterparty totals and concentration on PostgreSQL. */
class PostgresCounterpartyConcentrationIT extends CounterpartyConcentrationIT {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.postgres(registry);
  }
}
