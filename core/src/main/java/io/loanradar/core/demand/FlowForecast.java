package io.loanradar.core.demand;

import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A forecast of the enterprise's monthly operating net flows (inflows − outflows, loan drawdowns
 * and repayments left out) for the three calendar months after the as-of month, from its own
 * history, and the shortfall it implies against today's balance.
 *
 * <p>Method {@code SEASONAL}: each month is the same month a year earlier, shifted by how much the
 * last three complete months differ from the same three months a year earlier. Method {@code
 * RECENT_AVERAGE} (under 15 complete months of history): each month is the average of the last
 * three complete months. Method {@code NONE}: fewer than three complete months.
 *
 * @param method {@code SEASONAL}, {@code RECENT_AVERAGE} or {@code NONE}
 * @param months the forecast months with their net flow, CNY yuan (empty for {@code NONE})
 * @param balance the balance on the as-of date, CNY yuan (0 when no balance is known)
 * @param shortfall how far the balance plus the cumulative forecast falls below zero at its lowest
 *     point, CNY yuan, 0 when it never does
 * @param shortfallFrom the first day of the first month the balance would fall below zero
 */
public record FlowForecast(
    String method,
    Map<YearMonth, BigDecimal> months,
    BigDecimal balance,
    BigDecimal shortfall,
    Optional<LocalDate> shortfallFrom) {

  /** Copies the months. */
  public FlowForecast {
    months = java.util.Collections.unmodifiableMap(new TreeMap<>(months));
  }

  /** The forecast from what was known on the snapshot's as-of date. */
  public static FlowForecast of(EnterpriseSnapshot snapshot) {
    return of(new Facts(snapshot));
  }

  static FlowForecast of(Facts facts) {
    Map<YearMonth, BigDecimal> in = facts.monthly(Direction.IN, null);
    Map<YearMonth, BigDecimal> out = facts.monthly(Direction.OUT, null);
    for (Purpose financing : List.of(Purpose.LOAN_DRAWDOWN, Purpose.LOAN_REPAYMENT)) {
      facts
          .monthly(Direction.IN, financing)
          .forEach((m, v) -> in.merge(m, v.negate(), BigDecimal::add));
      facts
          .monthly(Direction.OUT, financing)
          .forEach((m, v) -> out.merge(m, v.negate(), BigDecimal::add));
    }
    YearMonth current = YearMonth.from(facts.asOf());
    BigDecimal balance = facts.hasBalances() ? facts.balanceOn(facts.asOf()) : BigDecimal.ZERO;
    Optional<YearMonth> first = facts.firstFlowMonth();
    if (first.isEmpty()) {
      return new FlowForecast("NONE", Map.of(), balance, BigDecimal.ZERO, Optional.empty());
    }
    YearMonth firstComplete = first.get().plusMonths(1);
    List<YearMonth> complete = new ArrayList<>();
    for (YearMonth m = firstComplete; m.isBefore(current); m = m.plusMonths(1)) {
      complete.add(m);
    }
    if (complete.size() < 3) {
      return new FlowForecast("NONE", Map.of(), balance, BigDecimal.ZERO, Optional.empty());
    }
    java.util.function.Function<YearMonth, BigDecimal> net =
        m -> in.getOrDefault(m, BigDecimal.ZERO).subtract(out.getOrDefault(m, BigDecimal.ZERO));
    List<YearMonth> last3 = complete.subList(complete.size() - 3, complete.size());
    BigDecimal recent = Texts.average(last3.stream().map(net).toList());
    boolean seasonal = complete.size() >= 15;
    BigDecimal shift = BigDecimal.ZERO;
    if (seasonal) {
      BigDecimal yearAgo =
          Texts.average(last3.stream().map(m -> net.apply(m.minusYears(1))).toList());
      shift = recent.subtract(yearAgo);
    }
    Map<YearMonth, BigDecimal> months = new TreeMap<>();
    BigDecimal running = balance;
    BigDecimal lowest = balance;
    LocalDate from = null;
    for (int i = 1; i <= 3; i++) {
      YearMonth m = current.plusMonths(i);
      BigDecimal value = seasonal ? net.apply(m.minusYears(1)).add(shift) : recent;
      months.put(m, value);
      running = running.add(value);
      if (running.compareTo(lowest) < 0) {
        lowest = running;
      }
      if (from == null && running.signum() < 0) {
        from = m.atDay(1);
      }
    }
    BigDecimal shortfall = lowest.signum() < 0 ? lowest.negate() : BigDecimal.ZERO;
    return new FlowForecast(
        seasonal ? "SEASONAL" : "RECENT_AVERAGE",
        months,
        balance,
        shortfall.setScale(2, RoundingMode.HALF_UP),
        Optional.ofNullable(from));
  }
}
