package io.loanradar.core.finance;

import io.loanradar.core.customer.EnterpriseId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 财务报表 — one financial statement; flow items cover the period ending at {@code periodEnd}.
 *
 * @param enterpriseId whose statement
 * @param periodEnd last day of the period
 * @param periodType year, half-year or quarter
 * @param revenue 营业收入
 * @param operatingCost 营业成本
 * @param netProfit 净利润 (may be negative)
 * @param totalAssets 总资产
 * @param totalLiabilities 总负债
 * @param currentAssets 流动资产
 * @param currentLiabilities 流动负债
 * @param inventory 存货
 * @param accountsReceivable 应收账款
 * @param fixedAssets 固定资产
 * @param operatingCashFlow 经营活动现金流量净额 (may be negative)
 * @param capex 资本支出
 * @param interestExpense 利息支出
 */
public record FinancialStatement(
    EnterpriseId enterpriseId,
    LocalDate periodEnd,
    PeriodType periodType,
    Optional<Money> revenue,
    Optional<Money> operatingCost,
    Optional<Money> netProfit,
    Optional<Money> totalAssets,
    Optional<Money> totalLiabilities,
    Optional<Money> currentAssets,
    Optional<Money> currentLiabilities,
    Optional<Money> inventory,
    Optional<Money> accountsReceivable,
    Optional<Money> fixedAssets,
    Optional<Money> operatingCashFlow,
    Optional<Money> capex,
    Optional<Money> interestExpense) {

  /** Days after the period end before a statement counts as known (publication lag). */
  public static final int PUBLICATION_LAG_DAYS = 90;

  /** The first date on which the statement may be used. */
  public LocalDate knownFrom() {
    return periodEnd.plusDays(PUBLICATION_LAG_DAYS);
  }
}
