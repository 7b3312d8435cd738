package io.loanradar.core.contract;

import static io.loanradar.core.contract.Rows.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.core.contract.ColumnType.Amount;
import io.loanradar.core.contract.ColumnType.Sign;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberColumnsTest {

  private static final Amount ANY = new Amount(Sign.ANY);

  /**
   * {@code 12.300} is accepted: the contract limits fraction digits of the amount, and trailing
   * zeros carry no fen, so the value has two.
   */
  @ParameterizedTest
  @CsvSource({
    "'1,234.50', 1234.50",
    "1234.5, 1234.50",
    "'1,234,567.89', 1234567.89",
    "'-1,234.50', -1234.50",
    "+12, 12.00",
    "0, 0.00",
    "0.01, 0.01",
    "12.300, 12.30",
    "１２３４, 1234.00",
    "１，２３４．５０, 1234.50",
    "－５, -5.00",
    "999999999999.99, 999999999999.99"
  })
  void readsAmountsInYuanWithTwoDecimals(String text, String expected) {
    Object value = ANY.parse(text, TODAY);

    assertThat(value).isEqualTo(new BigDecimal(expected));
    assertThat(((BigDecimal) value).scale()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"12.345", "0.001", "1,234.567", "１２.３４５"})
  void rejectsAmountsWithMoreThanTwoDecimals(String text) {
    assertThat(ANY.parse(text, TODAY))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.en()).contains("2 decimals"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,23,4.5", "1,2345", ",123", "1234,567", "1,234.5,6", "12,", "-,123"})
  void rejectsMisplacedThousandsSeparators(String text) {
    assertThat(ANY.parse(text, TODAY))
        .isInstanceOfSatisfying(
            Problem.class, p -> assertThat(p.en()).contains("thousands separator"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12a", "1.2.3", "1e5", "+", ".", "1 234", "¥100", "100元", "0x10", "--5"})
  void rejectsTextThatIsNotANumber(String text) {
    assertThat(ANY.parse(text, TODAY)).isInstanceOf(Problem.class);
  }

  @ParameterizedTest
  @CsvSource({
    "ANY, -1, true",
    "ANY, 0, true",
    "NON_NEGATIVE, -0.01, false",
    "NON_NEGATIVE, 0, true",
    "POSITIVE, 0, false",
    "POSITIVE, 0.00, false",
    "POSITIVE, -3, false",
    "POSITIVE, 0.01, true"
  })
  void appliesTheSignRuleOfTheColumn(Sign sign, String text, boolean accepted) {
    assertThat(new Amount(sign).parse(text, TODAY) instanceof Problem).isNotEqualTo(accepted);
  }

  @ParameterizedTest
  @CsvSource({"120, 120", "'1,200', 1200", "０, 0", "１２０, 120"})
  void readsWholeNumbers(String text, long expected) {
    assertThat(new ColumnType.Whole(0).parse(text, TODAY)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "1.5", "12a", "1,20", "99999999999999999999"})
  void rejectsWholeNumbersThatAreNegativeFractionalOrMalformed(String text) {
    assertThat(new ColumnType.Whole(0).parse(text, TODAY)).isInstanceOf(Problem.class);
  }

  @ParameterizedTest
  @CsvSource({"-1, true", "1, true", "0, true", "-1.01, false", "1.5, false", "abc, false"})
  void boundsDecimalsInclusively(String text, boolean accepted) {
    ColumnType sentiment = new ColumnType.Decimal(BigDecimal.ONE.negate(), BigDecimal.ONE, false);

    assertThat(sentiment.parse(text, TODAY) instanceof Problem).isNotEqualTo(accepted);
  }

  @ParameterizedTest
  @CsvSource({"0, false", "0.0001, true", "7.1, true", "-7.1, false"})
  void excludesTheLowerBoundWhenAsked(String text, boolean accepted) {
    ColumnType fxRate = new ColumnType.Decimal(BigDecimal.ZERO, new BigDecimal("100000"), true);

    assertThat(fxRate.parse(text, TODAY) instanceof Problem).isNotEqualTo(accepted);
  }
}
