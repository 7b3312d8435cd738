package io.loanradar.app.dashboard;

import io.loanradar.app.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard's counts on the embedded H2 store. */
class H2DashboardQueriesIT extends DashboardQueriesIT {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }
}
