package io.loanradar.app.score;

import io.loanradar.app.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Counterparty totals and concentration on the embedded H2 store. */
class H2CounterpartyConcentrationIT extends CounterpartyConcentrationIT {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }
}
