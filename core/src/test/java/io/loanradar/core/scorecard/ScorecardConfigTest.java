package io.loanradar.core.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScorecardConfigTest {

  private static final String DEFAULT = ScorecardConfig.defaultYaml();

  @Test
  void readsTheDefaultConfiguration() {
    ScorecardConfig config = ScorecardConfig.defaults();

    assertThat(config.version()).isEqualTo("default-2026.1");
    assertThat(config.neutral()).isEqualTo(50);
    assertThat(config.weights())
        .containsEntry(Factor.SIZE, 20.0)
        .containsEntry(Factor.INDUSTRY_POSITION, 15.0)
        .containsEntry(Factor.CREDIT, 25.0)
        .containsEntry(Factor.GROWTH, 20.0)
        .containsEntry(Factor.RELATIONSHIP, 10.0)
        .containsEntry(Factor.LEVERAGE, 10.0);
    assertThat(config.grades()).isEqualTo(new ScorecardConfig.Grades(75, 55));
    assertThat(config.tiers()).isEqualTo(new ScorecardConfig.Tiers(1e9, 0.9, 2e7, 1e9, 0.2));
    assertThat(config.bins().get(Factor.GROWTH))
        .extracting(Bins::feature)
        .containsExactly("revenue_yoy", "invoiced_sales_yoy");
  }

  @Test
  void refusesWeightsThatDoNotSumToOneHundred() {
    String yaml = DEFAULT.replace("  leverage: 10\n", "  leverage: 5\n");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScorecardConfig.parse(yaml))
        .withMessageContaining("weights must sum to 100")
        .withMessageContaining("95");
  }

  @Test
  void refusesAnUnknownFactorName() {
    String yaml = DEFAULT.replace("  size: 20\n", "  sizes: 20\n");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScorecardConfig.parse(yaml))
        .withMessageContaining("unknown factor 'sizes'")
        .withMessageContaining("industry_position");
  }

  @Test
  void refusesAMissingFactorWeight() {
    String yaml = DEFAULT.replace("  leverage: 10\n", "").replace("  size: 20\n", "  size: 30\n");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScorecardConfig.parse(yaml))
        .withMessageContaining("weights lack factor(s): leverage");
  }

  @Test
  void refusesBinsOfAnUnknownFeature() {
    String yaml = DEFAULT.replace("    debt_ratio:", "    debt_ratios:");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScorecardConfig.parse(yaml))
        .withMessageContaining("unknown feature: 'debt_ratios'");
  }

  @Test
  void refusesPointsThatRunAgainstTheStatedDirection() {
    String yaml = DEFAULT.replace("        0.3: 85\n", "        0.3: 65\n");

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScorecardConfig.parse(yaml))
        .withMessageContaining("bins of revenue_yoy: points must not fall");
  }

  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        arguments("version: x\n  neutral: 50", "line 2: indented deeper than its parent"),
        arguments("version: x\n\tneutral: 50", "line 2: tabs are not allowed"),
        arguments("version: x\n   neutral: 50", "line 2: indent by multiples of two spaces"),
        arguments("version: x\nweights:\n  - size", "line 3: lists are not supported"),
        arguments("version: x\nversion: y", "line 2: duplicate key 'version'"),
        arguments("version: x\nneutral 50", "line 2: expected 'key: value'"),
        arguments("version: x\nweights:\nneutral: 50", "'weights' has no value"),
        arguments("version: [x]", "line 1: only plain or quoted scalars"),
        arguments("version: 'x", "line 1: unclosed quote"));
  }

  @ParameterizedTest
  @MethodSource("syntaxErrors")
  void namesTheLineOfASyntaxError(String yaml, String message) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScorecardConfig.parse(yaml))
        .withMessageContaining(message);
  }

  @Test
  void namesAMissingOrMistypedKey() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScorecardConfig.parse(DEFAULT.replace("neutral: 50", "neutral: half")))
        .withMessageContaining("neutral must be a number, not 'half'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScorecardConfig.parse(DEFAULT.replace("neutral: 50", "neutrall: 50")))
        .withMessageContaining("unknown key 'neutrall'");
  }

  @Test
  void ignoresCommentsAndKeepsHashesInsideQuotes() {
    ScorecardConfig config =
        ScorecardConfig.parse(
            DEFAULT.replace("version: default-2026.1", "version: \"v#2\"   # quoted"));

    assertThat(config.version()).isEqualTo("v#2");
  }
}
