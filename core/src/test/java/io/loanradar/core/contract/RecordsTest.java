package io.loanradar.core.contract;

import static io.loanradar.core.contract.Rows.TODAY;
import static io.loanradar.core.contract.Rows.accepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.loanradar.core.credit.CreditRecord;
import io.loanradar.core.credit.FacilityType;
import io.loanradar.core.credit.FiveCategory;
import io.loanradar.core.credit.Loan;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.customer.Enterprise;
import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.customer.IndustryCode;
import io.loanradar.core.customer.RegionCode;
import io.loanradar.core.customer.Relation;
import io.loanradar.core.customer.RelationType;
import io.loanradar.core.customer.Uscc;
import io.loanradar.core.demand.Scenario;
import io.loanradar.core.event.Event;
import io.loanradar.core.event.EventSource;
import io.loanradar.core.event.EventType;
import io.loanradar.core.finance.FinancialStatement;
import io.loanradar.core.finance.Money;
import io.loanradar.core.finance.PeriodType;
import io.loanradar.core.finance.TaxCreditGrade;
import io.loanradar.core.finance.TaxRecord;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import io.loanradar.core.flow.Transaction;
import io.loanradar.core.product.Product;
import io.loanradar.core.product.ProductType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordsTest {

  private static final EnterpriseId E001 = new EnterpriseId("E001");

  private static Money yuan(String amount) {
    return new Money(new BigDecimal(amount));
  }

  @Test
  void mapsAnEnterpriseRow() {
    Enterprise enterprise = Records.enterprise(accepted(ContractKind.ENTERPRISES));

    assertThat(enterprise.id()).isEqualTo(E001);
    assertThat(enterprise.name()).isEqualTo("福州示例制造有限公司");
    assertThat(enterprise.uscc()).contains(new Uscc("91350100M000100Y43"));
    assertThat(enterprise.industry()).contains(new IndustryCode("C3670"));
    assertThat(enterprise.region()).contains(new RegionCode("350100"));
    assertThat(enterprise.registeredCapital()).contains(new BigDecimal("5000000.00"));
    assertThat(enterprise.establishedOn()).contains(LocalDate.of(2010, 5, 20));
    assertThat(enterprise.employees()).contains(120L);
    assertThat(enterprise.branchId()).contains("FZ01");
    assertThat(enterprise.rmId()).contains("RM007");
    assertThat(enterprise.relationshipSince()).contains(LocalDate.of(2015, 1, 1));
    assertThat(enterprise.groupId()).contains("G01");
    assertThat(enterprise.listed()).contains(false);
  }

  @Test
  void mapsAnEnterpriseRowWithOnlyRequiredCells() {
    ContractRow row =
        ((RowResult.Accepted)
                RowValidator.forKind(ContractKind.ENTERPRISES, TODAY).check(List.of("E9", "某公司")))
            .row();

    Enterprise enterprise = Records.enterprise(row);

    assertThat(enterprise.id()).isEqualTo(new EnterpriseId("E9"));
    assertThat(enterprise.uscc()).isEmpty();
    assertThat(enterprise.industry()).isEmpty();
    assertThat(enterprise.registeredCapital()).isEmpty();
    assertThat(enterprise.listed()).isEmpty();
  }

  @Test
  void keepsAFormulaLikeNameVerbatimInTheEnterprise() {
    String name = "=cmd|' /C calc'!A0";

    assertThat(Records.enterprise(accepted(ContractKind.ENTERPRISES, "name", name)).name())
        .isEqualTo(name);
  }

  @Test
  void mapsAStatementRow() {
    FinancialStatement statement = Records.statement(accepted(ContractKind.FINANCIALS));

    assertThat(statement.enterpriseId()).isEqualTo(E001);
    assertThat(statement.periodEnd()).isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(statement.periodType()).isEqualTo(PeriodType.Y);
    assertThat(statement.revenue()).contains(yuan("1000000"));
    assertThat(statement.netProfit()).contains(yuan("-5000"));
    assertThat(statement.totalAssets()).contains(yuan("2000000"));
    assertThat(statement.totalLiabilities()).contains(yuan("1200000"));
    assertThat(statement.operatingCashFlow()).contains(yuan("-12000.50"));
    assertThat(statement.interestExpense()).contains(yuan("30000"));
    assertThat(statement.knownFrom()).isEqualTo(LocalDate.of(2024, 3, 30));
  }

  @Test
  void mapsAChinesePeriodTypeAlias() {
    assertThat(
            Records.statement(accepted(ContractKind.FINANCIALS, "period_type", "季")).periodType())
        .isEqualTo(PeriodType.Q);
  }

  @Test
  void mapsATransactionRow() {
    Transaction txn = Records.transaction(accepted(ContractKind.TRANSACTIONS));

    assertThat(txn.txnId()).isEqualTo("T0001");
    assertThat(txn.enterpriseId()).isEqualTo(E001);
    assertThat(txn.accountId()).isEqualTo("6222000011112222");
    assertThat(txn.bookedAt()).isEqualTo(LocalDateTime.of(2024, 3, 1, 9, 30));
    assertThat(txn.amount()).isEqualTo(yuan("12500"));
    assertThat(txn.direction()).isEqualTo(Direction.IN);
    assertThat(txn.counterpartyName()).contains("厦门某某贸易有限公司");
    assertThat(txn.counterpartyEnterpriseId()).contains(new EnterpriseId("E002"));
    assertThat(txn.purpose()).contains(Purpose.SALES_RECEIPT);
    assertThat(txn.channel()).contains("网银");
    assertThat(txn.balanceAfter()).contains(yuan("-300"));
    assertThat(txn.currency()).isEqualTo("CNY");
    assertThat(txn.fxRate()).isEmpty();
    assertThat(txn.amountCny()).isEqualTo(txn.amount());
  }

  @Test
  void mapsAForeignCurrencyTransactionDefaultingNothingButConvertingToCny() {
    Transaction txn =
        Records.transaction(
            accepted(
                ContractKind.TRANSACTIONS,
                "direction",
                "借",
                "amount",
                "100",
                "currency",
                "USD",
                "fx_rate",
                "7.1234"));

    assertThat(txn.direction()).isEqualTo(Direction.OUT);
    assertThat(txn.currency()).isEqualTo("USD");
    assertThat(txn.amountCny()).isEqualTo(yuan("712.34"));
  }

  @Test
  void defaultsTheTransactionCurrencyToCny() {
    assertThat(Records.transaction(accepted(ContractKind.TRANSACTIONS, "currency", "")).currency())
        .isEqualTo("CNY");
  }

  @Test
  void mapsATaxRow() {
    TaxRecord tax = Records.tax(accepted(ContractKind.TAX));

    assertThat(tax.enterpriseId()).isEqualTo(E001);
    assertThat(tax.period()).isEqualTo(YearMonth.of(2024, 3));
    assertThat(tax.vatPaid()).contains(yuan("13000"));
    assertThat(tax.incomeTaxPaid()).contains(yuan("2500"));
    assertThat(tax.invoicedSales()).contains(yuan("100000"));
    assertThat(tax.grade()).contains(TaxCreditGrade.A);
  }

  @Test
  void mapsACreditRecordRow() {
    CreditRecord line = Records.creditRecord(accepted(ContractKind.CREDIT_RECORDS));

    assertThat(line.enterpriseId()).isEqualTo(E001);
    assertThat(line.reportDate()).isEqualTo(LocalDate.of(2024, 5, 31));
    assertThat(line.facilityId()).isEqualTo("F001");
    assertThat(line.lender()).contains("某银行福州分行");
    assertThat(line.facilityType()).contains(FacilityType.LOAN);
    assertThat(line.creditLimit()).contains(yuan("1000000"));
    assertThat(line.outstanding()).contains(yuan("800000"));
    assertThat(line.overdueAmount()).contains(Money.ZERO);
    assertThat(line.maxOverdueDays()).contains(0L);
    assertThat(line.fiveCategory()).contains(FiveCategory.NORMAL);
    assertThat(line.maturityDate()).contains(LocalDate.of(2025, 5, 31));
  }

  @Test
  void mapsALoanRow() {
    Loan loan = Records.loan(accepted(ContractKind.LOANS), TODAY);

    assertThat(loan.loanId()).isEqualTo("L001");
    assertThat(loan.enterpriseId()).isEqualTo(E001);
    assertThat(loan.productCode()).contains("WC01");
    assertThat(loan.amount()).isEqualTo(yuan("1000000"));
    assertThat(loan.outstanding()).contains(yuan("800000"));
    assertThat(loan.annualRate()).contains(new BigDecimal("0.0435"));
    assertThat(loan.startDate()).isEqualTo(LocalDate.of(2023, 7, 1));
    assertThat(loan.maturityDate()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(loan.status()).isEqualTo(LoanStatus.ACTIVE);
    assertThat(loan.overdueDays()).contains(0L);
    assertThat(loan.fiveCategory()).contains(FiveCategory.NORMAL);
    assertThat(loan.statusDate()).isEqualTo(LocalDate.of(2024, 6, 1));
  }

  @Test
  void defaultsTheLoanStatusDateToTheImportDate() {
    Loan loan = Records.loan(accepted(ContractKind.LOANS, "status_date", ""), TODAY);

    assertThat(loan.statusDate()).isEqualTo(TODAY);
  }

  @Test
  void mapsAnEventRow() {
    Event event = Records.event(accepted(ContractKind.EVENTS));

    assertThat(event.eventId()).isEqualTo("V001");
    assertThat(event.enterpriseId()).isEqualTo(E001);
    assertThat(event.occurredAt()).isEqualTo(LocalDateTime.of(2024, 5, 10, 10, 0));
    assertThat(event.source()).isEqualTo(EventSource.NEWS);
    assertThat(event.type()).isEqualTo(EventType.CONTRACT_WON);
    assertThat(event.title()).contains("中标某市政项目");
    assertThat(event.sentiment()).contains(new BigDecimal("0.6"));
    assertThat(event.amount()).contains(yuan("3500000"));
    assertThat(event.url()).contains("https://example.com/news/1");
  }

  @Test
  void mapsARelationRow() {
    Relation relation = Records.relation(accepted(ContractKind.RELATIONS));

    assertThat(relation.from()).isEqualTo("E001");
    assertThat(relation.to()).isEqualTo("E002");
    assertThat(relation.type()).isEqualTo(RelationType.GUARANTEES);
    assertThat(relation.weight()).contains(new BigDecimal("0.5"));
    assertThat(relation.since()).contains(LocalDate.of(2020, 1, 1));
    assertThat(Relation.isExternal(relation.to())).isFalse();
  }

  @Test
  void mapsAProductRow() {
    Product product = Records.product(accepted(ContractKind.PRODUCTS));

    assertThat(product.code()).isEqualTo("WC01");
    assertThat(product.name()).isEqualTo("流动资金贷款");
    assertThat(product.type()).isEqualTo(ProductType.WORKING_CAPITAL);
    assertThat(product.minAmount()).contains(yuan("100000"));
    assertThat(product.maxAmount()).contains(yuan("10000000"));
    assertThat(product.minTenorMonths()).contains(3L);
    assertThat(product.maxTenorMonths()).contains(12L);
    assertThat(product.rateFloor()).contains(new BigDecimal("0.03"));
    assertThat(product.rateCap()).contains(new BigDecimal("0.08"));
    assertThat(product.scenarios())
        .containsExactly(Scenario.SEASONAL_PURCHASE, Scenario.LIQUIDITY_NEED);
    assertThat(product.eligibility()).contains("grade in ['A','B'] && debt_ratio < 0.7");
    assertThat(product.collateralRequired()).isFalse();
    assertThat(product.industriesExcluded()).containsExactly("K70", "J66");
  }

  @Test
  void mapsAProductWithoutListsToEmptyLists() {
    Product product =
        Records.product(
            accepted(
                ContractKind.PRODUCTS,
                "scenarios",
                "",
                "industries_excluded",
                "",
                "collateral_required",
                "",
                "eligibility",
                ""));

    assertThat(product.scenarios()).isEmpty();
    assertThat(product.industriesExcluded()).isEmpty();
    assertThat(product.collateralRequired()).isFalse();
    assertThat(product.eligibility()).isEmpty();
  }

  @Test
  void refusesARowOfAnotherKind() {
    ContractRow loanRow = accepted(ContractKind.LOANS);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> Records.enterprise(loanRow))
        .withMessageContaining("LOANS");
  }
}
