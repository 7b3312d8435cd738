package io.loanradar.core.contract;

import static io.loanradar.core.contract.Rows.accepted;
import static io.loanradar.core.contract.Rows.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RowValidatorTest {

  @ParameterizedTest
  @EnumSource(ContractKind.class)
  void acceptsTheValidRowOfEveryKind(ContractKind kind) {
    assertThat(accepted(kind).kind()).isEqualTo(kind);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "NULL", "null", "N/A", "-", "--", "\u3000"})
  void readsUnknownMarkersInOptionalColumnsAsNull(String marker) {
    ContractRow row =
        accepted(
            ContractKind.ENTERPRISES,
            "uscc",
            marker,
            "registered_capital",
            marker,
            "established_on",
            marker,
            "listed",
            marker);

    assertThat(row.text("uscc")).isNull();
    assertThat(row.decimal("registered_capital")).isNull();
    assertThat(row.date("established_on")).isNull();
    assertThat(row.flag("listed")).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "NULL", "N/A", "-", "--", "\u3000"})
  void rejectsRequiredColumnLeftUnknownNamingTheColumn(String marker) {
    List<Violation> violations = rejected(ContractKind.ENTERPRISES, "name", marker);

    assertThat(violations)
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.column()).isEqualTo("name");
              assertThat(v.value()).isEqualTo(marker);
              assertThat(v.reasonEn()).contains("required");
              assertThat(v.reasonZh()).contains("必填");
            });
  }

  @ParameterizedTest
  @EnumSource(ContractKind.class)
  void rejectsEveryRequiredColumnOfEveryKindWhenEmpty(ContractKind kind) {
    for (Column column : kind.columns()) {
      if (column.required()) {
        assertThat(rejected(kind, column.name(), ""))
            .extracting(Violation::column)
            .as(kind + "." + column.name())
            .containsExactly(column.name());
      }
    }
  }

  @Test
  void readsTheUsccColumnInLowerCase() {
    assertThat(accepted(ContractKind.ENTERPRISES, "uscc", "91110000600037341l").text("uscc"))
        .isEqualTo("91110000600037341L");
  }

  @ParameterizedTest
  @CsvSource({
    "911100001011174401, check character",
    "91350100M000100Y4, 18 characters",
    "91350100O000100Y43, not allowed"
  })
  void rejectsAnInvalidUsccSayingWhy(String uscc, String reason) {
    assertThat(rejected(ContractKind.ENTERPRISES, "uscc", uscc))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.column()).isEqualTo("uscc");
              assertThat(v.value()).isEqualTo(uscc);
              assertThat(v.reasonEn()).contains(reason);
            });
  }

  @Test
  void rejectsAnEstablishmentDateAfterTheImportDate() {
    assertThat(rejected(ContractKind.ENTERPRISES, "established_on", "2024-07-01"))
        .singleElement()
        .satisfies(v -> assertThat(v.column()).isEqualTo("established_on"));
    assertThat(
            accepted(ContractKind.ENTERPRISES, "established_on", "2024-06-30")
                .date("established_on"))
        .isEqualTo(Rows.TODAY);
  }

  @ParameterizedTest
  @CsvSource({
    "TRANSACTIONS, booked_at, 2024-07-01T08:00:00",
    "CREDIT_RECORDS, report_date, 2024-07-01",
    "LOANS, status_date, 2024-07-01",
    "EVENTS, occurred_at, 2024-06-30T16:00:00Z"
  })
  void rejectsOtherObservationDatesAfterTheImportDate(
      ContractKind kind, String column, String value) {
    assertThat(rejected(kind, column, value)).extracting(Violation::column).containsExactly(column);
  }

  @Test
  void readsABookingTimeWrittenWithASpace() {
    assertThat(
            accepted(ContractKind.TRANSACTIONS, "booked_at", "2024-03-01 09:30:00")
                .dateTime("booked_at"))
        .isEqualTo(LocalDateTime.of(2024, 3, 1, 9, 30));
  }

  @Test
  void storesABookingTimeWithOffsetInShanghaiTime() {
    assertThat(
            accepted(ContractKind.TRANSACTIONS, "booked_at", "2024-03-01T09:30:00Z")
                .dateTime("booked_at"))
        .isEqualTo(LocalDateTime.of(2024, 3, 1, 17, 30));
  }

  @ParameterizedTest
  @CsvSource({
    "ENTERPRISES, registered_capital",
    "TRANSACTIONS, amount",
    "LOANS, amount",
    "LOANS, outstanding",
    "FINANCIALS, revenue",
    "FINANCIALS, total_assets",
    "TAX, vat_paid",
    "CREDIT_RECORDS, overdue_amount",
    "PRODUCTS, min_amount"
  })
  void rejectsNegativeMoneyWhereTheContractDoesNotAllowIt(ContractKind kind, String column) {
    assertThat(rejected(kind, column, "-1.00"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.column()).isEqualTo(column);
              assertThat(v.value()).isEqualTo("-1.00");
              assertThat(v.reasonEn()).containsAnyOf("negative", "more than zero");
            });
  }

  @ParameterizedTest
  @CsvSource({
    "FINANCIALS, net_profit",
    "FINANCIALS, operating_cash_flow",
    "TRANSACTIONS, balance_after",
    "EVENTS, amount"
  })
  void acceptsNegativeMoneyWhereTheContractAllowsIt(ContractKind kind, String column) {
    assertThat(accepted(kind, column, "-1,234.50").decimal(column))
        .isEqualTo(new BigDecimal("-1234.50"));
  }

  @ParameterizedTest
  @CsvSource({"TRANSACTIONS, amount", "LOANS, amount"})
  void rejectsAZeroAmountWhereItMustBePositive(ContractKind kind, String column) {
    assertThat(rejected(kind, column, "0"))
        .singleElement()
        .satisfies(v -> assertThat(v.reasonEn()).contains("more than zero"));
  }

  @ParameterizedTest
  @CsvSource({"C, IN", "D, OUT", "贷, IN", "借, OUT", "in, IN", "OUT, OUT"})
  void readsDirectionAndItsAliases(String text, String direction) {
    assertThat(accepted(ContractKind.TRANSACTIONS, "direction", text).text("direction"))
        .isEqualTo(direction);
  }

  @ParameterizedTest
  @CsvSource({
    "正常, NORMAL",
    "关注, SPECIAL_MENTION",
    "次级, SUBSTANDARD",
    "可疑, DOUBTFUL",
    "损失, LOSS",
    "substandard, SUBSTANDARD"
  })
  void readsFiveCategoryInChineseAndEnglish(String text, String category) {
    assertThat(accepted(ContractKind.CREDIT_RECORDS, "five_category", text).text("five_category"))
        .isEqualTo(category);
    assertThat(accepted(ContractKind.LOANS, "five_category", text).text("five_category"))
        .isEqualTo(category);
  }

  @ParameterizedTest
  @CsvSource({"true, true", "false, false", "1, true", "0, false", "是, true", "否, false"})
  void readsListedFlag(String text, boolean listed) {
    assertThat(accepted(ContractKind.ENTERPRISES, "listed", text).flag("listed")).isEqualTo(listed);
  }

  @ParameterizedTest
  @CsvSource({
    "TRANSACTIONS, direction, SIDEWAYS, 'IN, OUT'",
    "CREDIT_RECORDS, five_category, 正常类, 'NORMAL, SPECIAL_MENTION, SUBSTANDARD, DOUBTFUL, LOSS'",
    "TAX, tax_credit_grade, E, 'A, B, M, C, D'",
    "LOANS, status, CLOSED, 'ACTIVE, REPAID, DEFAULTED, WRITTEN_OFF'",
    "FINANCIALS, period_type, M, 'Y, H, Q'",
    "RELATIONS, type, FRIEND, 'GROUP_MEMBER, SHAREHOLDER, GUARANTEES, SUPPLIES, SAME_CONTROLLER'",
    "EVENTS, source, TWITTER, 'NEWS, REGISTRY, COURT, TAX, REGULATOR, ERP, DIGITAL, RM_NOTE'"
  })
  void rejectsAnUnknownCodeListingTheAllowedValues(
      ContractKind kind, String column, String value, String allowed) {
    assertThat(rejected(kind, column, value))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.column()).isEqualTo(column);
              assertThat(v.value()).isEqualTo(value);
              assertThat(v.reasonEn()).contains(allowed);
              assertThat(v.reasonZh()).contains(allowed);
            });
  }

  @Test
  void readsTheScenariosOfAProduct() {
    assertThat(
            accepted(ContractKind.PRODUCTS, "scenarios", " expansion ; SUPPLY_CHAIN ")
                .text("scenarios"))
        .isEqualTo("EXPANSION;SUPPLY_CHAIN");
    assertThat(rejected(ContractKind.PRODUCTS, "scenarios", "EXPANSION;GROWTH"))
        .singleElement()
        .satisfies(v -> assertThat(v.reasonEn()).contains("GROWTH"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0", "0.00"})
  void rejectsLiabilitiesWithoutAssets(String assets) {
    assertThat(
            rejected(ContractKind.FINANCIALS, "total_assets", assets, "total_liabilities", "100"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.column()).isEqualTo("total_assets");
              assertThat(v.reasonEn()).contains("total liabilities");
            });
  }

  @ParameterizedTest
  @CsvSource({"'', ''", "'', 0", "0, 0", "100, 0", "100, ''"})
  void acceptsStatementsWithoutLiabilitiesOrWithAssets(String assets, String liabilities) {
    accepted(ContractKind.FINANCIALS, "total_assets", assets, "total_liabilities", liabilities);
  }

  @Test
  void rejectsALoanMaturingBeforeItStarts() {
    assertThat(
            rejected(ContractKind.LOANS, "start_date", "2024-01-10", "maturity_date", "2024-01-09"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.column()).isEqualTo("maturity_date");
              assertThat(v.value()).isEqualTo("2024-01-09");
              assertThat(v.reasonEn()).contains("2024-01-10");
            });
    assertThat(
            accepted(ContractKind.LOANS, "start_date", "2024-01-10", "maturity_date", "2024-01-10")
                .date("maturity_date"))
        .isEqualTo(LocalDate.of(2024, 1, 10));
  }

  @Test
  void rejectsARelationLinkingAnEnterpriseToItself() {
    assertThat(rejected(ContractKind.RELATIONS, "from_id", "E001", "to_id", "E001"))
        .singleElement()
        .satisfies(v -> assertThat(v.column()).isEqualTo("to_id"));
  }

  @Test
  void acceptsARelationToAnOutsideParty() {
    assertThat(accepted(ContractKind.RELATIONS, "to_id", "ext:某某投资有限公司").text("to_id"))
        .isEqualTo("ext:某某投资有限公司");
  }

  @ParameterizedTest
  @CsvSource({
    "min_amount, 2000000, max_amount, 1000000",
    "min_tenor_months, 24, max_tenor_months, 12",
    "rate_floor, 0.09, rate_cap, 0.08"
  })
  void rejectsAProductWhoseMinimumExceedsItsMaximum(
      String low, String lowValue, String high, String highValue) {
    assertThat(rejected(ContractKind.PRODUCTS, low, lowValue, high, highValue))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.column()).isEqualTo(high);
              assertThat(v.reasonEn()).contains(low);
            });
    accepted(ContractKind.PRODUCTS, low, highValue, high, highValue);
  }

  @Test
  void rejectsAForeignCurrencyTransactionWithoutFxRate() {
    assertThat(rejected(ContractKind.TRANSACTIONS, "currency", "USD", "fx_rate", ""))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.column()).isEqualTo("fx_rate");
              assertThat(v.reasonEn()).contains("fx_rate");
            });
    assertThat(
            accepted(ContractKind.TRANSACTIONS, "currency", "usd", "fx_rate", "7.1")
                .decimal("fx_rate"))
        .isEqualTo(new BigDecimal("7.1"));
    assertThat(accepted(ContractKind.TRANSACTIONS, "currency", "").text("currency")).isNull();
  }

  @Test
  void reportsEveryBadCellOfARow() {
    List<Violation> violations =
        rejected(
            ContractKind.ENTERPRISES,
            "name",
            "",
            "uscc",
            "911100001011174401",
            "industry_code",
            "A06",
            "region_code",
            "900000",
            "registered_capital",
            "1,23,4.5",
            "established_on",
            "2024-02-30",
            "employees",
            "-3",
            "listed",
            "maybe");

    assertThat(violations)
        .extracting(Violation::column, Violation::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("name", ""),
            org.assertj.core.groups.Tuple.tuple("uscc", "911100001011174401"),
            org.assertj.core.groups.Tuple.tuple("industry_code", "A06"),
            org.assertj.core.groups.Tuple.tuple("region_code", "900000"),
            org.assertj.core.groups.Tuple.tuple("registered_capital", "1,23,4.5"),
            org.assertj.core.groups.Tuple.tuple("established_on", "2024-02-30"),
            org.assertj.core.groups.Tuple.tuple("employees", "-3"),
            org.assertj.core.groups.Tuple.tuple("listed", "maybe"));
    assertThat(violations)
        .allSatisfy(
            v -> {
              assertThat(v.reasonZh()).isNotBlank();
              assertThat(v.reasonEn()).isNotBlank();
              assertThat(v.reason()).contains(v.reasonZh()).contains(v.reasonEn());
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"=cmd|' /C calc'!A0", "+SUM(A1:A9)", "@import", "-2+3"})
  void keepsFormulaLikeTextVerbatim(String name) {
    assertThat(accepted(ContractKind.ENTERPRISES, "name", name).text("name")).isEqualTo(name);
  }

  @Test
  void rejectsTextOverItsLimit() {
    assertThat(rejected(ContractKind.ENTERPRISES, "enterprise_id", "E".repeat(33)))
        .singleElement()
        .satisfies(v -> assertThat(v.reasonEn()).contains("33").contains("32"));
  }

  @Test
  void keyJoinsTheKeyColumns() {
    assertThat(accepted(ContractKind.FINANCIALS).key()).isEqualTo("E001|2023-12-31|Y");
  }
}
