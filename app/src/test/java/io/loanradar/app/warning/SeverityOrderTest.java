package io.loanradar.app.warning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityOrderTest {

  @Test
  void ranksTheMostSevereFirstAndAnythingUnknownLast() {
    assertThat(SeverityOrder.mostSevereFirst("a.severity"))
        .isEqualTo(
            "CASE a.severity WHEN 'CRITICAL' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2"
                + " WHEN 'LOW' THEN 3 ELSE 4 END");
  }
}
