package io.loanradar.app.models;

import io.loanradar.app.TestDatabases;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Point-in-time training sets on the embedded H2 store. */
class H2TrainingSetsIT extends TrainingSetsIT {

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }
}
