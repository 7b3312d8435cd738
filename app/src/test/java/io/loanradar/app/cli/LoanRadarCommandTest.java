package io.loanradar.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;

class LoanRadarCommandTest {

  @Test
  void reportsTheProblemItselfNotTheFrameworkWrappingIt() {
    IllegalArgumentException ours =
        new IllegalArgumentException(
            "invalid scorecard", new IllegalArgumentException("missing key"));
    Exception wrapped =
        new BeanCreationException("scoring", new BeanCreationException("inner", ours));

    assertThat(LoanRadarCommand.reason(wrapped)).isSameAs(ours);
    assertThat(LoanRadarCommand.reason(ours)).isSameAs(ours);
  }

  @Test
  void everyCommandAnswersHelp() {
    for (String command :
        new String[] {
          "serve", "generate", "import", "score", "validate-scorecard", "users", "model"
        }) {
      assertThat(LoanRadarCommand.run(command, "--help")).as(command).isZero();
    }
    assertThat(LoanRadarCommand.run("no-such-command")).isEqualTo(2);
  }
}
