package io.loanradar.app.models;

import io.loanradar.app.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Point-in-time training sets on PostgreSQL. */
class PostgresTrainingSetsIT extends TrainingSetsIT {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.postgres(registry);
  }
}
