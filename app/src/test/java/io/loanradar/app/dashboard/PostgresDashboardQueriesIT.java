package io.loanradar.app.dashboard;

import io.loanradar.app.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard's counts on PostgreSQL. */
class PostgresDashboardQueriesIT extends DashboardQueriesIT {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.postgres(registry);
  }
}
