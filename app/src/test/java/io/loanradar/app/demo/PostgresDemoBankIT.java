package io.loanradar.app.demo;

import io.loanradar.app.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The demo bank on PostgreSQL. */
class PostgresDemoBankIT extends DemoBankIT {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.postgres(registry);
  }
}
