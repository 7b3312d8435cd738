package io.loanradar.core.synthetic;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One customer's business month by month over the planning horizon: sales, purchases, payroll,
 * overheads, capex, taxes and collections, with its stories' effects applied. Flows, tax records
 * and statements are all drawn from this one plan, so they agree with each other.
 */
final class MonthlyPlan {

  final long[] sales;
  final long[] purchases;
  final long[] salary;
  final long[] overhead;
  final long[] capex;
  final long[] relatedOut;
  final double[] collection;
  final long[] vat;
  final long[] incomeTax;
  final char[] grade;
  final double vatRate;
  final double margin;
  final long rent;

  private final Enterprise firm;
  private final Window window;
  private final List<Story> stories;
  private final int n;

  MonthlyPlan(Enterprise firm, List<Story> stories, Window window, SplittableRandom rng) {
    this.firm = firm;
    this.window = window;
    this.stories = stories;
    this.n = window.planMonths();
    sales = new long[n];
    purchases = new long[n];
    salary = new long[n];
    overhead = new long[n];
    capex = new long[n];
    relatedOut = new long[n];
    collection = new double[n];
    vat = new long[n];
    incomeTax = new long[n];
    grade = new char[n];
    vatRate = vatRate(firm.industry().section());
    double monthly = firm.revenue() / 12.0;
    double cr = firm.industry().costRatio();
    margin = Math.min(firm.margin(), 1 - cr - 0.03);
    double room = monthly * (1 - cr - margin);
    double payroll = Math.min(firm.employees() * firm.industry().wage() * 100.0, 0.6 * room);
    rent = Math.round(0.2 * room / 100) * 100;
    fillSales(rng, monthly);
    fillCosts(rng, cr, payroll);
    fillTaxes(rng);
    applyStories(rng);
  }

  private void fillSales(SplittableRandom rng, double monthly) {
    double growth = Seeds.clamp(0.06 + 0.08 * Seeds.gaussian(rng), -0.15, 0.35);
    Seasonality season = firm.industry().season();
    for (int i = 0; i < n; i++) {
      YearMonth m = window.planMonth(i);
      double trend = Math.pow(1 + growth, (i - n + 12) / 12.0);
      double noise = Seeds.clamp(1 + 0.07 * Seeds.gaussian(rng), 0.75, 1.3);
      double factor = salesFactor(m.atDay(15));
      sales[i] = Math.round(monthly * season.factor(m.getMonthValue()) * trend * noise * factor);
      collection[i] = 1.0;
    }
  }

  private void fillCosts(SplittableRandom rng, double cr, double payroll) {
    int lead = firm.industry().season().seasonal() ? 1 : 0;
    for (int i = 0; i < n; i++) {
      int j = Math.min(n - 1, i + lead);
      double ahead = lead == 0 ? sales[i] : sales[j] * (1 + 0.02 * Seeds.gaussian(rng));
      purchases[i] = Math.max(0, Math.round(cr * ahead));
      YearMonth m = window.planMonth(i);
      double bonus = m.getMonthValue() == 1 ? 1.6 : 1.0;
      salary[i] = Math.round(payroll * bonus * (1 + 0.015 * Seeds.gaussian(rng)) / 100) * 100;
      double rest = sales[i] * (1 - cr - margin) - salary[i] - rent;
      overhead[i] = Math.max(0, Math.round(rest));
    }
  }

  private void fillTaxes(SplittableRandom rng) {
    int r = rng.nextInt(100);
    char base = r < 48 ? 'A' : r < 90 ? 'B' : 'M';
    for (int i = 0; i < n; i++) {
      grade[i] = base;
      if (i == 0) {
        continue;
      }
      double due = sales[i - 1] * vatRate - purchases[i - 1] * 0.13 * 0.95;
      vat[i] = Math.max(0, Math.round(due * Seeds.between(rng, 0.97, 1.03)));
      int month = window.planMonth(i).getMonthValue();
      if (month % 3 == 1 && i >= 3) {
        double profit = (sales[i - 1] + sales[i - 2] + sales[i - 3]) * margin;
        double rate = firm.bigger() ? 0.25 : 0.05;
        incomeTax[i] = Math.max(0, Math.round(profit * rate / 0.8));
      }
    }
  }

  private void applyStories(SplittableRandom rng) {
    for (Story s : stories) {
      switch (s.kind()) {
        case SEASONAL_PURCHASE -> seasonal(s);
        case EXPANSION -> expansion(s);
        case EQUIPMENT_UPGRADE -> equipment(s);
        case LIQUIDITY_NEED -> liquidity(s);
        case DETERIORATION, CONTAGION -> deterioration(s, rng);
        default -> {}
      }
    }
  }

  /** Sales multiplier from deterioration and noise dips on a day. */
  private double salesFactor(LocalDate day) {
    double f = 1.0;
    for (Story s : stories) {
      if (s.kind().bad() && !day.isBefore(s.signalFrom())) {
        f *= 1 - 0.55 * Math.min(1.2, progress(s, day));
      } else if (s.kind() == StoryKind.NOISE && s.variant() == 2) {
        f *= YearMonth.from(day).equals(YearMonth.from(s.signalFrom())) ? 0.7 : 1.0;
      } else if (s.kind() == StoryKind.EXPANSION
          && s.outcomeOn() != null
          && day.isAfter(s.outcomeOn())) {
        f *= 1 + Math.min(0.2, ChronoUnit.DAYS.between(s.outcomeOn(), day) / 1500.0);
      }
    }
    return f;
  }

  private static double progress(Story s, LocalDate day) {
    LocalDate end = s.outcomeOn() != null ? s.outcomeOn() : s.signalFrom().plusDays(200);
    return (double) ChronoUnit.DAYS.between(s.signalFrom(), day)
        / Math.max(1, ChronoUnit.DAYS.between(s.signalFrom(), end));
  }

  private void seasonal(Story s) {
    int startMonth = s.signalFrom().getMonthValue();
    int loanMonth = s.outcomeOn() == null ? startMonth % 12 + 1 : s.outcomeOn().getMonthValue();
    for (int i = 0; i < n; i++) {
      YearMonth m = window.planMonth(i);
      if (m.getMonthValue() == startMonth || m.getMonthValue() == loanMonth) {
        boolean storyYear =
            !m.isBefore(YearMonth.from(s.signalFrom())) && m.getYear() <= s.outcomeOn().getYear();
        purchases[i] = Math.round(purchases[i] * (storyYear ? 2.1 : 1.6));
      }
    }
  }

  private void expansion(Story s) {
    LocalDate end = s.outcomeOn() != null ? s.outcomeOn() : s.signalFrom().plusDays(90);
    int from = index(s.signalFrom());
    int to = index(end);
    for (int i = Math.max(0, from); i < n; i++) {
      double ramp = Math.min(1.0, (i - from + 1) / 6.0);
      salary[i] = Math.round(salary[i] * (1 + 0.3 * ramp) / 100) * 100;
    }
    spread(capex, from, to, Math.round(s.amount() * 0.25));
    spread(capex, to + 1, to + 4, Math.round(s.amount() * 0.7));
  }

  private void equipment(Story s) {
    int from = index(s.signalFrom());
    spread(capex, from, from, Math.round(s.amount() * 0.3));
    int to = s.outcomeOn() != null ? index(s.outcomeOn()) : from + 2;
    spread(capex, to, to + 1, Math.round(s.amount() * 0.7));
  }

  private void liquidity(Story s) {
    int from = index(s.signalFrom());
    int to = s.outcomeOn() != null ? index(s.outcomeOn()) : from + 3;
    for (int i = from; i <= to && i < n; i++) {
      collection[i] = 0.5;
    }
    for (int i = to + 1; i <= to + 3 && i < n; i++) {
      collection[i] = 1.12;
    }
  }

  private void deterioration(Story s, SplittableRandom rng) {
    int from = index(s.signalFrom());
    int out = s.outcomeOn() != null ? index(s.outcomeOn()) : n;
    boolean toD = rng.nextInt(10) < 6;
    for (int i = Math.max(0, from); i < n; i++) {
      LocalDate mid = window.planMonth(i).atDay(15);
      if (i >= from + 2 && i <= out) {
        relatedOut[i] =
            Math.round(firm.revenue() / 12.0 * Seeds.between(rng, 0.04, 0.1) / 1_000_000)
                * 1_000_000;
      }
      if (i >= out - 2) {
        salary[i] = i >= out ? 0 : salary[i] / 3;
      }
      if (!mid.isBefore(s.signalFrom().plusDays(90))) {
        grade[i] = toD && i >= out ? 'D' : 'C';
      }
      incomeTax[i] = i > from ? 0 : incomeTax[i];
      overhead[i] = Math.round(overhead[i] * 0.8);
    }
  }

  private void spread(long[] target, int from, int to, long total) {
    int a = Math.max(0, from);
    int b = Math.min(n - 1, to);
    if (a > b) {
      return;
    }
    long each = total / (b - a + 1) / 100 * 100;
    for (int i = a; i <= b; i++) {
      target[i] += each;
    }
  }

  int index(LocalDate day) {
    return window.planIndex(day);
  }

  int months() {
    return n;
  }

  private static double vatRate(char section) {
    return switch (section) {
      case 'A', 'E', 'G' -> 0.09;
      case 'B', 'C', 'D', 'F' -> 0.13;
      default -> 0.06;
    };
  }
}
