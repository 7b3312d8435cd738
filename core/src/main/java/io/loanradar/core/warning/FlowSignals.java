package io.loanradar.core.warning;

import static io.loanradar.core.warning.Facts.cny;
import static io.loanradar.core.warning.Facts.pct;
import static io.loanradar.core.warning.Facts.wan;
import static io.loanradar.core.warning.LibrarySignal.found;

import io.loanradar.core.credit.FacilityType;
import io.loanradar.core.feature.DailyBalance;
import io.loanradar.core.feature.DailyFlow;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Signals from account flows and balances (交易流水). */
final class FlowSignals {

  /** Days of the recent window compared with the same days a year earlier. */
  static final int WINDOW = 90;

  private static final Predicate<Purpose> OPERATING_IN =
      p -> p != Purpose.LOAN_DRAWDOWN && p != Purpose.TRANSFER;
  private static final Set<Purpose> NON_OPERATING_OUT =
      Set.of(Purpose.TRANSFER, Purpose.INVESTMENT, Purpose.OTHER);

  private static final String SALARY_STOPPED = "FLOW_SALARY_STOPPED";
  private static final String DEBT_SERVICE_STOPPED = "FLOW_DEBT_SERVICE_STOPPED";

  /** Signals whose threshold is a number of quiet days, each looking back a year before them. */
  private static final List<String> QUIET_DAYS = List.of(SALARY_STOPPED, DEBT_SERVICE_STOPPED);

  private FlowSignals() {}

  /**
   * How many days of daily flows before the as-of date the signals read under a configuration: the
   * recent 90 days against the same 90 days a year earlier (up to 456 days back in a leap year), a
   * year of outflows or inflows before the last 30 days, and for the stopped-payment signals a year
   * before their quiet days. Whether the history reaches back a year is decided from the first flow
   * day, not from the flows carried.
   */
  static int daysRead(WarningConfig config) {
    int days = WINDOW + 366;
    days = Math.max(days, 30 + 366);
    for (String code : QUIET_DAYS) {
      Signal s = SignalLibrary.find(code).orElseThrow();
      days = Math.max(days, (int) Math.ceil(config.setting(s).threshold()) + 366);
    }
    return days + 1;
  }

  static List<Signal> all() {
    SignalFamily f = SignalFamily.FLOWS;
    return List.of(
        new LibrarySignal(
            "FLOW_INFLOW_COLLAPSE",
            f,
            "流入骤降",
            "Inflows collapsing",
            "operating inflows (all but drawdowns and transfers) of the last 90 days fell by at"
                + " least the threshold vs the same 90 days a year earlier (ratio, default 0.30)",
            SignalSetting.of(0.30, Severity.MEDIUM),
            FlowSignals::inflowCollapse),
        new LibrarySignal(
            "FLOW_LOW_BALANCE",
            f,
            "账户余额持续偏低",
            "Balance persistently low",
            "the highest total end-of-day balance of the last 30 days covers fewer than the"
                + " threshold days of the average daily outflow of the last year (days, default 3)",
            SignalSetting.of(3, Severity.MEDIUM),
            FlowSignals::lowBalance),
        new LibrarySignal(
            "FLOW_LARGE_OUTFLOW",
            f,
            "大额异常流出",
            "Sudden large outflow",
            "one day's transfer, investment or other non-operating outflow in the last 30 days is"
                + " at least the threshold share of the average monthly operating inflow of the"
                + " year before (ratio, default 1.0)",
            SignalSetting.of(1.0, Severity.LOW),
            FlowSignals::largeOutflow),
        new LibrarySignal(
            "FLOW_RELATED_TRANSFER",
            f,
            "资金转移至关联方",
            "Funds moving out to related parties",
            "transfers out in the last 90 days are at least the threshold share of operating"
                + " inflows (ratio, default 0.25) and at least twice the same 90 days a year"
                + " earlier",
            SignalSetting.of(0.25, Severity.LOW),
            FlowSignals::relatedTransfer),
        new LibrarySignal(
            "FLOW_BORROW_TO_REPAY",
            f,
            "借新还旧",
            "Repayments funded by new borrowing",
            "loan drawdowns in the last 90 days reach the threshold share of loan repayments in"
                + " the same days (ratio, default 0.8) while operating inflows fell year on year",
            SignalSetting.of(0.8, Severity.MEDIUM),
            FlowSignals::borrowToRepay),
        new LibrarySignal(
            "FLOW_SALARY_CUT",
            f,
            "工资发放减少",
            "Salary payments cut",
            "salaries paid in the last 90 days fell by at least the threshold vs the same 90 days"
                + " a year earlier (ratio, default 0.40)",
            SignalSetting.of(0.40, Severity.MEDIUM),
            FlowSignals::salaryCut),
        new LibrarySignal(
            SALARY_STOPPED,
            f,
            "停发工资",
            "Salary payments stopped",
            "salaries were paid in at least 6 of the 12 months before, and none in the last"
                + " threshold days (days, default 45)",
            SignalSetting.of(45, Severity.HIGH),
            (facts, t) -> stopped(facts, t, Set.of(Purpose.SALARY), "工资", "salary")),
        new LibrarySignal(
            DEBT_SERVICE_STOPPED,
            f,
            "停止还本付息",
            "Debt service stopped",
            "while debt is outstanding (an open loan here or a loan line with a balance in the"
                + " latest bureau report), interest or loan repayments went out in at least 6 of the"
                + " 12 months before, and none in the last threshold days (days, default 45)",
            SignalSetting.of(45, Severity.MEDIUM),
            (facts, t) ->
                !owesDebt(facts)
                    ? Optional.empty()
                    : stopped(
                        facts,
                        t,
                        Set.of(Purpose.INTEREST, Purpose.LOAN_REPAYMENT),
                        "还本付息",
                        "debt service")));
  }

  /** Whether the debtor still owes: an open loan here, or a loan line with a balance. */
  static boolean owesDebt(Facts f) {
    boolean here = f.loans().stream().anyMatch(l -> l.open() && l.outstanding().signum() > 0);
    return here
        || f.latestReport()
            .map(
                day ->
                    f.report(day).stream()
                        .anyMatch(
                            c ->
                                c.facilityType().orElse(FacilityType.OTHER) == FacilityType.LOAN
                                    && Facts.yuan(c.outstanding()).signum() > 0))
            .orElse(false);
  }

  /** Whether the flow history covers the window a year before the recent one. */
  private static boolean hasYearAgo(Facts f) {
    LocalDate need = f.asOf().minusYears(1).minusDays(WINDOW - 1L);
    return f.firstFlowDay().map(d -> !d.isAfter(need)).orElse(false);
  }

  /**
   * The recent 90 days against their baseline: the same 90 days a year earlier when the flow
   * history reaches back that far, else the average 90 days of the 180 days before (a young
   * history: the threshold is then raised by half, since seasonality is not compared away).
   */
  record Baseline(BigDecimal now, BigDecimal before, double thresholdFactor, String zh, String en) {
    double change() {
      return FlowSignals.change(now, before);
    }
  }

  static Optional<Baseline> baseline(Facts f, Direction d, Predicate<Purpose> p) {
    BigDecimal now = recent(f, d, p);
    if (hasYearAgo(f)) {
      return Optional.of(new Baseline(now, yearAgo(f, d, p), 1, "去年同期", "a year earlier"));
    }
    LocalDate start = f.asOf().minusDays(WINDOW);
    LocalDate need = start.minusDays(2L * WINDOW - 1);
    if (f.firstFlowDay().map(x -> x.isAfter(need)).orElse(true)) {
      return Optional.empty();
    }
    BigDecimal prior =
        f.flowSum(d, p, start.minusDays(2L * WINDOW), start)
            .divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    return Optional.of(
        new Baseline(now, prior, 1.5, "此前180天的90天均值", "the 90-day average of the 180 days before"));
  }

  private static BigDecimal recent(Facts f, Direction d, Predicate<Purpose> p) {
    return f.flowSum(d, p, f.asOf().minusDays(WINDOW), f.asOf());
  }

  private static BigDecimal yearAgo(Facts f, Direction d, Predicate<Purpose> p) {
    LocalDate end = f.asOf().minusYears(1);
    return f.flowSum(d, p, end.minusDays(WINDOW), end);
  }

  private static double change(BigDecimal now, BigDecimal before) {
    return now.subtract(before).divide(before, 6, RoundingMode.HALF_UP).doubleValue();
  }

  private static String window(Facts f) {
    return f.asOf().minusDays(WINDOW - 1L) + "~" + f.asOf();
  }

  private static Optional<LibrarySignal.Evidence> inflowCollapse(Facts f, double t) {
    return fallen(f, t, Direction.IN, OPERATING_IN, "经营性流入", "operating inflows");
  }

  /**
   * Flows of a kind fallen over the window by the threshold (scaled by the baseline's factor) on
   * their baseline, with both sums and the change as evidence.
   */
  private static Optional<LibrarySignal.Evidence> fallen(
      Facts f, double t, Direction direction, Predicate<Purpose> kind, String zh, String en) {
    Optional<Baseline> b = baseline(f, direction, kind);
    if (b.isEmpty() || b.get().before().signum() <= 0) {
      return Optional.empty();
    }
    Baseline x = b.get();
    if (x.change() > -t * x.thresholdFactor()) {
      return Optional.empty();
    }
    return found(
        f.asOf(),
        window(f)
            + zh
            + wan(x.now())
            + ","
            + x.zh()
            + wan(x.before())
            + "("
            + pct(x.change())
            + ")",
        en
            + " "
            + window(f)
            + " "
            + cny(x.now())
            + " vs "
            + cny(x.before())
            + " "
            + x.en()
            + " ("
            + pct(x.change())
            + ")");
  }

  private static Optional<LibrarySignal.Evidence> lowBalance(Facts f, double t) {
    List<DailyBalance> rows =
        f.balances().stream().sorted(Comparator.comparing(DailyBalance::day)).toList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal yearOut =
        f.flowSum(Direction.OUT, p -> true, f.asOf().minusDays(365), f.asOf().minusDays(30));
    if (yearOut.signum() <= 0 || !hasYearAgo(f)) {
      return Optional.empty();
    }
    BigDecimal dailyOut = yearOut.divide(BigDecimal.valueOf(335), 2, RoundingMode.HALF_UP);
    LocalDate from = f.asOf().minusDays(30);
    Map<String, BigDecimal> close = new HashMap<>();
    BigDecimal highest = null;
    int i = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(f.asOf()); day = day.plusDays(1)) {
      while (i < rows.size() && !rows.get(i).day().isAfter(day)) {
        close.put(rows.get(i).accountId(), rows.get(i).closeBalance());
        i++;
      }
      BigDecimal total = close.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      highest = highest == null || total.compareTo(highest) > 0 ? total : highest;
    }
    if (close.isEmpty() || highest.compareTo(dailyOut.multiply(BigDecimal.valueOf(t))) >= 0) {
      return Optional.empty();
    }
    return found(
        f.asOf(),
        from.plusDays(1)
            + "~"
            + f.asOf()
            + "日终余额合计最高"
            + wan(highest)
            + ",不足"
            + (int) t
            + "天平均支出(日均"
            + wan(dailyOut)
            + ")",
        "highest total end-of-day balance "
            + from.plusDays(1)
            + "~"
            + f.asOf()
            + " was "
            + cny(highest)
            + ", under "
            + (int) t
            + " days of average outflow ("
            + cny(dailyOut)
            + " a day)");
  }

  private static Optional<LibrarySignal.Evidence> largeOutflow(Facts f, double t) {
    LocalDate from = f.asOf().minusDays(30);
    BigDecimal yearIn = f.flowSum(Direction.IN, OPERATING_IN, from.minusDays(365), from);
    if (yearIn.signum() <= 0
        || f.firstFlowDay().map(d -> d.isAfter(from.minusDays(300))).orElse(true)) {
      return Optional.empty();
    }
    BigDecimal monthly = yearIn.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    Optional<DailyFlow> biggest =
        f.flowsBetween(Direction.OUT, NON_OPERATING_OUT::contains, from, f.asOf()).stream()
            .max(Comparator.comparing(DailyFlow::total));
    if (biggest.isEmpty()
        || biggest.get().total().compareTo(monthly.multiply(BigDecimal.valueOf(t))) < 0) {
      return Optional.empty();
    }
    DailyFlow b = biggest.get();
    return found(
        b.day(),
        b.day() + "非经营性流出(" + b.purpose() + ")" + wan(b.total()) + ",月均经营性流入" + wan(monthly),
        b.day()
            + " non-operating outflow ("
            + b.purpose()
            + ") "
            + cny(b.total())
            + " vs average monthly operating inflow "
            + cny(monthly));
  }

  private static Optional<LibrarySignal.Evidence> relatedTransfer(Facts f, double t) {
    Optional<Baseline> b = baseline(f, Direction.OUT, p -> p == Purpose.TRANSFER);
    if (b.isEmpty() || b.get().now().signum() <= 0) {
      return Optional.empty();
    }
    Baseline x = b.get();
    BigDecimal in = recent(f, Direction.IN, OPERATING_IN);
    boolean large = x.now().compareTo(in.multiply(BigDecimal.valueOf(t))) >= 0;
    boolean grown = x.now().compareTo(x.before().multiply(BigDecimal.valueOf(2))) >= 0;
    if (!large || !grown) {
      return Optional.empty();
    }
    return found(
        f.asOf(),
        window(f) + "转出" + wan(x.now()) + "(" + x.zh() + wan(x.before()) + "),同期经营性流入" + wan(in),
        "transfers out "
            + window(f)
            + " "
            + cny(x.now())
            + " ("
            + x.en()
            + " "
            + cny(x.before())
            + ") against operating inflows of "
            + cny(in));
  }

  private static Optional<LibrarySignal.Evidence> borrowToRepay(Facts f, double t) {
    BigDecimal drawn = recent(f, Direction.IN, p -> p == Purpose.LOAN_DRAWDOWN);
    BigDecimal repaid = recent(f, Direction.OUT, p -> p == Purpose.LOAN_REPAYMENT);
    if (repaid.signum() <= 0 || drawn.compareTo(repaid.multiply(BigDecimal.valueOf(t))) < 0) {
      return Optional.empty();
    }
    Optional<Baseline> b = baseline(f, Direction.IN, OPERATING_IN);
    if (b.isEmpty() || b.get().before().signum() <= 0 || b.get().change() >= 0) {
      return Optional.empty();
    }
    Baseline x = b.get();
    return found(
        f.asOf(),
        window(f)
            + "新增借款"
            + wan(drawn)
            + ",归还贷款"
            + wan(repaid)
            + ",经营性流入较"
            + x.zh()
            + pct(x.change()),
        window(f)
            + " drawdowns "
            + cny(drawn)
            + " against repayments "
            + cny(repaid)
            + ", operating inflows "
            + pct(x.change())
            + " vs "
            + x.en());
  }

  private static Optional<LibrarySignal.Evidence> salaryCut(Facts f, double t) {
    return fallen(f, t, Direction.OUT, p -> p == Purpose.SALARY, "发放工资", "salaries");
  }

  private static Optional<LibrarySignal.Evidence> stopped(
      Facts f, double days, Set<Purpose> purposes, String zh, String en) {
    LocalDate quietFrom = f.asOf().minusDays((long) days);
    List<DailyFlow> before =
        f.flowsBetween(Direction.OUT, purposes::contains, quietFrom.minusYears(1), quietFrom);
    Set<YearMonth> months =
        before.stream().map(x -> YearMonth.from(x.day())).collect(Collectors.toSet());
    if (months.size() < 6
        || !f.flowsBetween(Direction.OUT, purposes::contains, quietFrom, f.asOf()).isEmpty()) {
      return Optional.empty();
    }
    LocalDate lastDay =
        before.stream().map(DailyFlow::day).max(Comparator.naturalOrder()).orElseThrow();
    BigDecimal lastTotal =
        before.stream()
            .filter(x -> x.day().equals(lastDay))
            .map(DailyFlow::total)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return found(
        f.asOf(),
        "最近一次"
            + zh
            + "支出在"
            + lastDay
            + "("
            + wan(lastTotal)
            + "),此后"
            + (int) days
            + "天内再无"
            + zh
            + "支出(此前12个月中"
            + months.size()
            + "个月有)",
        "last "
            + en
            + " payment on "
            + lastDay
            + " ("
            + cny(lastTotal)
            + "), none in the "
            + (int) days
            + " days since (paid in "
            + months.size()
            + " of the 12 months before)");
  }
}
