package io.loanradar.core.contract;

import static io.loanradar.core.contract.Rows.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.loanradar.core.demand.Scenario;
import io.loanradar.core.flow.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeColumnsTest {

  @Test
  void readsCodesCaseInsensitivelyAndFullWidth() {
    ColumnType.Code direction = ColumnType.Code.of(Direction.class);

    assertThat(direction.parse("in", TODAY)).isEqualTo("IN");
    assertThat(direction.parse("Out", TODAY)).isEqualTo("OUT");
    assertThat(direction.parse("ＯＵＴ", TODAY)).isEqualTo("OUT");
  }

  @Test
  void unknownCodeListsTheAllowedValues() {
    Object value = ColumnType.Code.of(Direction.class).parse("SIDEWAYS", TODAY);

    assertThat(value)
        .isInstanceOfSatisfying(
            Problem.class,
            p -> {
              assertThat(p.en()).contains("IN, OUT");
              assertThat(p.zh()).contains("IN, OUT");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "true, true",
    "TRUE, true",
    "1, true",
    "是, true",
    "false, false",
    "False, false",
    "0, false",
    "否, false",
    "１, true"
  })
  void readsFlags(String text, boolean expected) {
    assertThat(new ColumnType.Flag().parse(text, TODAY)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2", "maybe", "对", "t", "-1"})
  void rejectsOtherFlagValues(String text) {
    assertThat(new ColumnType.Flag().parse(text, TODAY))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.en()).contains("true/false"));
  }

  @ParameterizedTest
  @CsvSource({
    "SEASONAL_PURCHASE, SEASONAL_PURCHASE",
    "'SEASONAL_PURCHASE; expansion ;', SEASONAL_PURCHASE;EXPANSION",
    "'refinance;;digital_intent', REFINANCE;DIGITAL_INTENT"
  })
  void readsCodeListsSeparatedBySemicolons(String text, String expected) {
    ColumnType scenarios = new ColumnType.CodeList(ColumnType.Code.of(Scenario.class));

    assertThat(scenarios.parse(text, TODAY)).isEqualTo(expected);
  }

  @Test
  void codeListNamesTheUnknownElement() {
    ColumnType scenarios = new ColumnType.CodeList(ColumnType.Code.of(Scenario.class));

    assertThat(scenarios.parse("EXPANSION;BOGUS", TODAY))
        .isInstanceOfSatisfying(
            Problem.class,
            p -> assertThat(p.en()).contains("'BOGUS'").contains("SEASONAL_PURCHASE"));
  }

  @ParameterizedTest
  @CsvSource({
    "91350100m000100y43, 91350100M000100Y43",
    "91110000600037341l, 91110000600037341L",
    "９１３１００００１３２１４９２３７Ｇ, 91310000132149237G"
  })
  void usccColumnAcceptsLowerCaseAndFullWidth(String text, String expected) {
    assertThat(new ColumnType.UsccCode().parse(text, TODAY)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"911100001011174401", "91350100M000100Y4", "91350100I000100Y43"})
  void usccColumnRejectsInvalidCodes(String text) {
    assertThat(new ColumnType.UsccCode().parse(text, TODAY))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.en()).contains("USCC"));
  }

  @ParameterizedTest
  @CsvSource({"c3670, C3670", "k, K", "Ｃ３６, C36"})
  void industryColumnUpperCasesValidCodes(String text, String expected) {
    assertThat(new ColumnType.Industry().parse(text, TODAY)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"350100, 350100", "３５０１００, 350100", "hk-kln, hk-kln"})
  void regionColumnKeepsCodesAsGiven(String text, String expected) {
    assertThat(new ColumnType.Region().parse(text, TODAY)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"usd, USD", "CNY, CNY", "ｈｋｄ, HKD"})
  void readsIsoCurrencies(String text, String expected) {
    assertThat(new ColumnType.Currency().parse(text, TODAY)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"RMB", "元", "US", "DOLLAR"})
  void rejectsNonIsoCurrencies(String text) {
    assertThat(new ColumnType.Currency().parse(text, TODAY)).isInstanceOf(Problem.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com/a?b=1", "http://news.example.cn/x", "HTTPS://X.CN"})
  void acceptsHttpAndHttpsUrls(String text) {
    assertThat(new ColumnType.Url().parse(text, TODAY)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ftp://example.com", "javascript:alert(1)", "example.com", "https://a b.cn"})
  void rejectsOtherUrls(String text) {
    assertThat(new ColumnType.Url().parse(text, TODAY)).isInstanceOf(Problem.class);
  }

  @Test
  void textLongerThanItsLimitIsRejectedWithItsLength() {
    assertThat(new ColumnType.Text(3).parse("abcd", TODAY))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.en()).contains("4").contains("3"));
    assertThat(new ColumnType.Text(3).parse("abc", TODAY)).isEqualTo("abc");
  }
}
