package io.loanradar.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loanradar.core.customer.Uscc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntheticBankTest {

  private static final YearMonth LAST = YearMonth.of(2026, 9);
  private static final LocalDate END = LAST.atEndOfMonth();
  private static final GeneratorOptions OPTIONS = new GeneratorOptions(300, 24, 42L, LAST);
  private static final Pattern MONEY = Pattern.compile("-?\\d+\\.\\d{2}");
  private static final List<String> FILES =
      List.of(
          "enterprises.csv",
          "financials.csv",
          "transactions.csv",
          "tax.csv",
          "credit_records.csv",
          "loans.csv",
          "events.csv",
          "relations.csv",
          "products.csv",
          "truth.csv");

  @TempDir static Path dir;
  private static GenerationSummary summary;

  @BeforeAll
  static void generate() throws IOException {
    summary = SyntheticBank.generate(OPTIONS, dir.resolve("bank"));
  }

  private static CsvRows read(String file) throws IOException {
    return CsvRows.read(dir.resolve("bank").resolve(file));
  }

  @Test
  void sameOptionsGiveByteIdenticalFiles() throws Exception {
    SyntheticBank.generate(OPTIONS, dir.resolve("again"));
    for (String file : FILES) {
      assertThat(sha256(dir.resolve("again").resolve(file)))
          .as(file)
          .isEqualTo(sha256(dir.resolve("bank").resolve(file)));
    }
  }

  @Test
  void anotherSeedGivesAnotherBank() throws Exception {
    SyntheticBank.generate(new GeneratorOptions(20, 12, 7L, LAST), dir.resolve("other"));
    assertThat(sha256(dir.resolve("other").resolve("enterprises.csv")))
        .isNotEqualTo(sha256(dir.resolve("bank").resolve("enterprises.csv")));
  }

  @Test
  void summaryCountsTheRowsOfEveryFile() throws IOException {
    assertThat(summary.rowsPerFile().keySet()).containsExactlyElementsOf(FILES);
    assertThat(summary.rowsPerFile().get("enterprises.csv")).isEqualTo(300);
    assertThat(summary.rowsPerFile().get("transactions.csv"))
        .isEqualTo(read("transactions.csv").rows().size())
        .isGreaterThan(300L * 24 * 10);
  }

  @Test
  void everyFileHasTheContractHeaderAndFullRows() throws IOException {
    Map<String, List<String>> headers =
        Map.of(
            "enterprises.csv", Headers.ENTERPRISES,
            "financials.csv", Headers.FINANCIALS,
            "transactions.csv", Headers.TRANSACTIONS,
            "tax.csv", Headers.TAX,
            "credit_records.csv", Headers.CREDIT_RECORDS,
            "loans.csv", Headers.LOANS,
            "events.csv", Headers.EVENTS,
            "relations.csv", Headers.RELATIONS,
            "products.csv", Headers.PRODUCTS,
            "truth.csv", Headers.TRUTH);
    for (String file : FILES) {
      CsvRows csv = read(file);
      assertThat(csv.header()).as(file).isEqualTo(headers.get(file));
      assertThat(csv.rows()).as(file).isNotEmpty().allMatch(r -> r.size() == csv.header().size());
    }
    assertThat(headers.get("enterprises.csv"))
        .startsWith("enterprise_id", "name", "uscc", "industry_code", "region_code");
  }

  @Test
  void filesHaveNoBomAndUnixLineEnds() throws IOException {
    byte[] bytes = Files.readAllBytes(dir.resolve("bank").resolve("enterprises.csv"));
    assertThat(bytes[0]).isEqualTo((byte) 'e');
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("\r");
  }

  @Test
  void everyUsccIsValidAndUnique() throws IOException {
    List<String> codes = read("enterprises.csv").column("uscc");
    assertThat(codes).allSatisfy(c -> assertThat(Uscc.problem(c)).as(c).isEmpty());
    assertThat(codes).allMatch(c -> c.startsWith("91")).doesNotHaveDuplicates();
  }

  @Test
  void namesAreUniqueLegalNames() throws IOException {
    List<String> names = read("enterprises.csv").column("name");
    assertThat(names).doesNotHaveDuplicates().allMatch(n -> n.endsWith("公司"));
  }

  @Test
  void everyIndustryCodeLiesInItsSection() throws IOException {
    for (Industry i : Industry.ALL) {
      assertThat(IndustrySections.valid(i.code())).as(i.code()).isTrue();
    }
    assertThat(read("enterprises.csv").column("industry_code"))
        .allSatisfy(c -> assertThat(IndustrySections.valid(c)).as(c).isTrue());
  }

  @ParameterizedTest
  @CsvSource({"C3670,true", "G5431,true", "E4710,true", "F4710,false", "G5191,false", "K7010,true"})
  void sectionRuleRejectsADivisionOfAnotherSection(String code, boolean valid) {
    assertThat(IndustrySections.valid(code)).isEqualTo(valid);
  }

  @Test
  void regionCodesHaveValidProvincePrefixes() throws IOException {
    Set<Integer> provinces =
        Set.of(
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50,
            51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);
    assertThat(read("enterprises.csv").column("region_code"))
        .allMatch(
            c -> c.matches("\\d{6}") && provinces.contains(Integer.parseInt(c.substring(0, 2))));
  }

  @Test
  void nothingIsDatedAfterTheLastMonth() throws IOException {
    assertDates("enterprises.csv", "established_on", "relationship_since");
    assertDates("financials.csv", "period_end");
    assertDates("transactions.csv", "booked_at");
    assertDates("credit_records.csv", "report_date");
    assertDates("loans.csv", "start_date", "status_date");
    assertDates("events.csv", "occurred_at");
    assertDates("relations.csv", "since");
    assertDates("truth.csv", "signal_from", "outcome_on");
    assertThat(read("tax.csv").column("period")).allMatch(p -> !YearMonth.parse(p).isAfter(LAST));
  }

  private static void assertDates(String file, String... columns) throws IOException {
    CsvRows csv = read(file);
    for (String column : columns) {
      assertThat(csv.column(column))
          .as(file + " " + column)
          .allMatch(v -> v.isEmpty() || !LocalDate.parse(v.substring(0, 10)).isAfter(END));
    }
  }

  @Test
  void transactionsBelongToKnownCustomersAndHaveUniqueIds() throws IOException {
    Set<String> ids = new HashSet<>(read("enterprises.csv").column("enterprise_id"));
    CsvRows txns = read("transactions.csv");
    assertThat(new HashSet<>(txns.column("enterprise_id"))).isSubsetOf(ids);
    assertThat(txns.column("txn_id")).doesNotHaveDuplicates();
    assertThat(txns.column("direction")).allMatch(d -> d.equals("IN") || d.equals("OUT"));
    assertThat(txns.column("booked_at"))
        .allMatch(t -> t.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00"));
  }

  @Test
  void customerCounterpartiesNameExistingCustomers() throws IOException {
    CsvRows firms = read("enterprises.csv");
    Map<String, String> names = new HashMap<>();
    for (List<String> row : firms.rows()) {
      names.put(firms.get(row, "enterprise_id"), firms.get(row, "name"));
    }
    CsvRows txns = read("transactions.csv");
    int linked = 0;
    for (List<String> row : txns.rows()) {
      String other = txns.get(row, "counterparty_enterprise_id");
      if (!other.isEmpty()) {
        linked++;
        assertThat(names).containsKey(other);
        assertThat(txns.get(row, "counterparty_name")).isEqualTo(names.get(other));
      }
    }
    assertThat(linked).isPositive();
  }

  @Test
  void supplierReceiptsMirrorBuyerPayments() throws IOException {
    CsvRows txns = read("transactions.csv");
    Map<String, Long> receipts = new HashMap<>();
    Map<String, Long> payments = new HashMap<>();
    for (List<String> row : txns.rows()) {
      String other = txns.get(row, "counterparty_enterprise_id");
      String purpose = txns.get(row, "purpose");
      String self = txns.get(row, "enterprise_id");
      long cents = Long.parseLong(txns.get(row, "amount").replace(".", ""));
      if (!other.isEmpty() && purpose.equals("SALES_RECEIPT")) {
        receipts.merge(self + ">" + other, cents, Long::sum);
      } else if (!other.isEmpty() && purpose.equals("SUPPLIER_PAYMENT")) {
        payments.merge(other + ">" + self, cents, Long::sum);
      }
    }
    assertThat(receipts).isNotEmpty().isEqualTo(payments);
  }

  @Test
  void moneyHasTwoDecimalsAndIsNegativeOnlyWhereAllowed() throws IOException {
    assertMoney("enterprises.csv", false, "registered_capital");
    assertMoney(
        "financials.csv",
        false,
        "revenue",
        "operating_cost",
        "total_assets",
        "total_liabilities",
        "current_assets",
        "current_liabilities",
        "inventory",
        "accounts_receivable",
        "fixed_assets",
        "capex",
        "interest_expense");
    assertMoney("financials.csv", true, "net_profit", "operating_cash_flow");
    assertMoney("transactions.csv", false, "amount");
    assertMoney("transactions.csv", true, "balance_after");
    assertMoney("tax.csv", false, "vat_paid", "income_tax_paid", "invoiced_sales");
    assertMoney("credit_records.csv", false, "credit_limit", "outstanding", "overdue_amount");
    assertMoney("loans.csv", false, "amount", "outstanding");
    assertMoney("truth.csv", false, "amount");
    assertThat(read("transactions.csv").column("amount")).noneMatch(a -> a.equals("0.00"));
  }

  private static void assertMoney(String file, boolean signed, String... columns)
      throws IOException {
    CsvRows csv = read(file);
    for (String column : columns) {
      assertThat(csv.column(column))
          .as(file + " " + column)
          .allMatch(
              v -> v.isEmpty() || (MONEY.matcher(v).matches() && (signed || !v.startsWith("-"))));
    }
  }

  @Test
  void statementsWithLiabilitiesHavePositiveAssets() throws IOException {
    CsvRows fin = read("financials.csv");
    for (List<String> row : fin.rows()) {
      if (Double.parseDouble(fin.get(row, "total_liabilities")) > 0) {
        assertThat(Double.parseDouble(fin.get(row, "total_assets"))).isPositive();
      }
    }
  }

  @Test
  void loansMatureAfterStartAndDefaultsAreClassifiedByDaysOverdue() throws IOException {
    CsvRows loans = read("loans.csv");
    Set<String> products = new HashSet<>(read("products.csv").column("product_code"));
    assertThat(loans.column("loan_id")).doesNotHaveDuplicates();
    int defaulted = 0;
    for (List<String> row : loans.rows()) {
      assertThat(LocalDate.parse(loans.get(row, "maturity_date")))
          .isAfterOrEqualTo(LocalDate.parse(loans.get(row, "start_date")));
      assertThat(products).contains(loans.get(row, "product_code"));
      double rate = Double.parseDouble(loans.get(row, "annual_rate"));
      assertThat(rate).isBetween(0.03, 0.08);
      int days = Integer.parseInt(loans.get(row, "overdue_days"));
      assertThat(loans.get(row, "five_category")).isEqualTo(LoanTerms.fiveCategory(days));
      if (loans.get(row, "status").equals("DEFAULTED")) {
        defaulted++;
        assertThat(days).isGreaterThan(90);
        assertThat(loans.get(row, "five_category")).isIn("SUBSTANDARD", "DOUBTFUL", "LOSS");
      }
    }
    assertThat(defaulted).isPositive();
  }

  @Test
  void everyStoryKindIsPlanted() throws IOException {
    assertThat(new HashSet<>(read("truth.csv").column("story")))
        .containsExactlyInAnyOrder(
            java.util.Arrays.stream(StoryKind.values()).map(Enum::name).toArray(String[]::new));
    long firms = new HashSet<>(read("truth.csv").column("enterprise_id")).size();
    assertThat(firms).isBetween(300L * 20 / 100, 300L * 40 / 100);
  }

  @Test
  void signalsPrecedeOutcomesByTheAgreedLead() throws IOException {
    CsvRows truth = read("truth.csv");
    Set<String> loanIds = new HashSet<>(read("loans.csv").column("loan_id"));
    LocalDate earliest = LAST.minusMonths(23).atDay(1).plusMonths(3);
    for (List<String> row : truth.rows()) {
      LocalDate signal = LocalDate.parse(truth.get(row, "signal_from"));
      assertThat(signal).isAfterOrEqualTo(earliest);
      String outcome = truth.get(row, "outcome_on");
      if (outcome.isEmpty()) {
        continue;
      }
      long lead = ChronoUnit.DAYS.between(signal, LocalDate.parse(outcome));
      String story = truth.get(row, "story");
      if (story.equals("DETERIORATION") || story.equals("CONTAGION")) {
        assertThat(lead).as(row.toString()).isBetween(90L, 270L);
      } else {
        assertThat(lead).as(row.toString()).isBetween(30L, 120L);
      }
      assertThat(loanIds).contains(truth.get(row, "loan_id"));
    }
  }

  @Test
  void loanStoriesShowTheirDrawdownInTheFlows() throws IOException {
    CsvRows truth = read("truth.csv");
    CsvRows txns = read("transactions.csv");
    Set<String> drawn = new HashSet<>();
    for (List<String> row : txns.rows()) {
      if (txns.get(row, "purpose").equals("LOAN_DRAWDOWN")) {
        drawn.add(txns.get(row, "counterparty_account"));
      }
    }
    for (List<String> row : truth.rows()) {
      if (truth.get(row, "outcome").equals("LOAN_STARTED")) {
        assertThat(drawn).contains(truth.get(row, "loan_id"));
      }
    }
  }

  @Test
  void loanFlowsMatchTheLoanBook() throws IOException {
    CsvRows loans = read("loans.csv");
    Map<String, List<String>> byId = new HashMap<>();
    for (List<String> row : loans.rows()) {
      byId.put(loans.get(row, "loan_id"), row);
    }
    CsvRows txns = read("transactions.csv");
    for (List<String> row : txns.rows()) {
      String purpose = txns.get(row, "purpose");
      if (!Set.of("LOAN_DRAWDOWN", "INTEREST", "LOAN_REPAYMENT").contains(purpose)) {
        continue;
      }
      List<String> loan = byId.get(txns.get(row, "counterparty_account"));
      assertThat(loan).as(row.toString()).isNotNull();
      assertThat(loans.get(loan, "enterprise_id")).isEqualTo(txns.get(row, "enterprise_id"));
      LocalDate day = LocalDate.parse(txns.get(row, "booked_at").substring(0, 10));
      assertThat(day).isAfterOrEqualTo(LocalDate.parse(loans.get(loan, "start_date")));
      if (!purpose.equals("INTEREST")) {
        assertThat(txns.get(row, "amount")).isEqualTo(loans.get(loan, "amount"));
      }
      if (purpose.equals("LOAN_REPAYMENT")) {
        assertThat(loans.get(loan, "status")).isEqualTo("REPAID");
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"0,24", "10,11", "10,121"})
  void rejectsOptionsOutOfRange(int enterprises, int months) {
    assertThatThrownBy(() -> new GeneratorOptions(enterprises, months, 1L, LAST))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
  }
}
