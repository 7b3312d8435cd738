package io.loanradar.core.demand;

import io.loanradar.core.credit.CreditRecord;
import io.loanradar.core.credit.FacilityType;
import io.loanradar.core.credit.LoanStatus;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.finance.FinancialStatement;
import io.loanradar.core.finance.Money;
import io.loanradar.core.finance.PeriodType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 新增流动资金贷款额度 — the regulator's working-capital sizing (流动资金贷款管理办法 guidance) from the latest known
 * year statement:
 *
 * <pre>
 * 营运资金量 = 上年度销售收入 × (1 − 销售利润率) × (1 + 预计销售收入年增长率) ÷ 营运资金周转次数
 * 周转次数 = 360 ÷ (存货周转天数 + 应收账款周转天数 − 应付账款周转天数 + 预付账款周转天数 − 预收账款周转天数)
 * 新增额度 = 营运资金量 − 自有资金 − 现有流动资金贷款 − 其他渠道营运资金
 * </pre>
 *
 * <p>The data contract carries no payables, prepayments or advances, so their days take configured
 * defaults; the profit margin is net profit over revenue; growth is the revenue growth of the year
 * when the year before is known, else a default; own funds are current assets less current
 * liabilities (not below 0); existing working-capital loans are the outstanding of active loans
 * here plus loan lines at other banks on the latest bureau report; other channels default to 0.
 * Every default used is listed in {@link #defaultsUsed()}.
 *
 * @param periodEnd end of the year statement used
 * @param revenue last year's revenue, CNY yuan
 * @param margin sales profit margin used
 * @param growth expected revenue growth used
 * @param turnoverDays the day sum of the turnover formula
 * @param need 营运资金量, CNY yuan
 * @param ownFunds 自有资金, CNY yuan
 * @param existingLoans 现有流动资金贷款, CNY yuan
 * @param gap 新增流动资金贷款额度, CNY yuan, not below 0
 * @param defaultsUsed terms taken from defaults, e.g. {@code payable_days=30}
 */
public record WorkingCapitalNeed(
    LocalDate periodEnd,
    BigDecimal revenue,
    double margin,
    double growth,
    double turnoverDays,
    BigDecimal need,
    BigDecimal ownFunds,
    BigDecimal existingLoans,
    BigDecimal gap,
    List<String> defaultsUsed) {

  /** Copies the list. */
  public WorkingCapitalNeed {
    defaultsUsed = List.copyOf(defaultsUsed);
  }

  /**
   * The defaults for terms the data do not carry.
   *
   * @param payableDays 应付账款周转天数
   * @param prepaidDays 预付账款周转天数
   * @param advanceDays 预收账款周转天数
   * @param growth 预计销售收入年增长率 when it cannot be measured
   * @param inventoryDays 存货周转天数 when inventory or cost is missing
   * @param receivableDays 应收账款周转天数 when receivables are missing
   */
  public record Defaults(
      double payableDays,
      double prepaidDays,
      double advanceDays,
      double growth,
      double inventoryDays,
      double receivableDays) {

    /** 30 days payable, 0 prepaid, 0 advance, 10% growth, 60 inventory and 60 receivable days. */
    public static Defaults standard() {
      return new Defaults(30, 0, 0, 0.10, 60, 60);
    }
  }

  /**
   * The sizing from what was known on the snapshot's as-of date, empty without a year statement
   * with revenue.
   */
  public static Optional<WorkingCapitalNeed> of(EnterpriseSnapshot snapshot, Defaults defaults) {
    Facts facts = new Facts(snapshot);
    List<FinancialStatement> years =
        facts.statements().stream()
            .filter(s -> s.periodType() == PeriodType.Y && s.revenue().isPresent())
            .filter(s -> s.revenue().orElseThrow().yuan().signum() > 0)
            .toList();
    if (years.isEmpty()) {
      return Optional.empty();
    }
    FinancialStatement y = years.get(years.size() - 1);
    List<String> used = new ArrayList<>();
    double revenue = y.revenue().orElseThrow().yuan().doubleValue();
    double margin;
    if (y.netProfit().isPresent()) {
      margin = y.netProfit().orElseThrow().yuan().doubleValue() / revenue;
    } else {
      margin = 0;
      used.add("margin=0");
    }
    Optional<FinancialStatement> before =
        years.stream().filter(s -> s.periodEnd().equals(y.periodEnd().minusYears(1))).findFirst();
    double growth;
    if (before.isPresent()) {
      growth = revenue / before.get().revenue().orElseThrow().yuan().doubleValue() - 1;
      growth = Math.max(-0.5, Math.min(1.0, growth));
    } else {
      growth = defaults.growth();
      used.add("growth=" + defaults.growth());
    }
    double inventoryDays;
    if (y.inventory().isPresent()
        && y.operatingCost().map(c -> c.yuan().signum() > 0).orElse(false)) {
      inventoryDays =
          y.inventory().orElseThrow().yuan().doubleValue()
              / y.operatingCost().orElseThrow().yuan().doubleValue()
              * 360;
    } else {
      inventoryDays = defaults.inventoryDays();
      used.add("inventory_days=" + defaults.inventoryDays());
    }
    double receivableDays;
    if (y.accountsReceivable().isPresent()) {
      receivableDays = y.accountsReceivable().orElseThrow().yuan().doubleValue() / revenue * 360;
    } else {
      receivableDays = defaults.receivableDays();
      used.add("receivable_days=" + defaults.receivableDays());
    }
    used.add("payable_days=" + defaults.payableDays());
    used.add("prepaid_days=" + defaults.prepaidDays());
    used.add("advance_days=" + defaults.advanceDays());
    used.add("other_channels=0");
    double days =
        inventoryDays
            + receivableDays
            - defaults.payableDays()
            + defaults.prepaidDays()
            - defaults.advanceDays();
    days = Math.max(days, 1);
    double need = revenue * (1 - margin) * (1 + growth) / (360 / days);
    BigDecimal own = BigDecimal.ZERO;
    if (y.currentAssets().isPresent() && y.currentLiabilities().isPresent()) {
      own =
          y.currentAssets()
              .orElseThrow()
              .yuan()
              .subtract(y.currentLiabilities().orElseThrow().yuan())
              .max(BigDecimal.ZERO);
    } else {
      used.add("own_funds=0");
    }
    BigDecimal existing = BigDecimal.ZERO;
    for (Facts.LoanState l : facts.loans()) {
      if (l.status() == LoanStatus.ACTIVE) {
        existing = existing.add(l.outstanding());
      }
    }
    existing = existing.add(otherBankLoans(snapshot, facts.asOf()));
    BigDecimal needYuan = BigDecimal.valueOf(need).setScale(2, RoundingMode.HALF_UP);
    BigDecimal gap = needYuan.subtract(own).subtract(existing).max(BigDecimal.ZERO);
    return Optional.of(
        new WorkingCapitalNeed(
            y.periodEnd(),
            y.revenue().orElseThrow().yuan(),
            margin,
            growth,
            days,
            needYuan,
            own,
            existing,
            gap,
            used));
  }

  private static BigDecimal otherBankLoans(EnterpriseSnapshot snapshot, LocalDate asOf) {
    return CreditRecord.latestReport(snapshot.credit(), asOf).stream()
        .filter(c -> c.facilityType().map(t -> t == FacilityType.LOAN).orElse(false))
        .map(c -> c.outstanding().map(Money::yuan).orElse(BigDecimal.ZERO))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
