package io.loanradar.core.synthetic;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a customer's financial statements and monthly tax records from its plan: yearly for every
 * customer, half-yearly for medium and quarterly for large ones.
 */
final class StatementWriter {

  private final Window window;
  private final CsvFile financials;
  private final CsvFile tax;

  StatementWriter(Window window, CsvFile financials, CsvFile tax) {
    this.window = window;
    this.financials = financials;
    this.tax = tax;
  }

  void write(
      Enterprise e, MonthlyPlan p, List<Loan> loans, List<Story> stories, SplittableRandom rng)
      throws IOException {
    int firstYear = window.planFirst().getYear();
    for (int y = firstYear; y <= window.last().getYear(); y++) {
      YearMonth dec = YearMonth.of(y, 12);
      if (y == firstYear || (!dec.isBefore(window.first()) && !dec.isAfter(window.last()))) {
        statement(e, p, loans, stories, YearMonth.of(y, 1), dec, "Y");
      }
    }
    if (e.bigger()) {
      int step = e.size() == Enterprise.Size.LARGE ? 3 : 6;
      for (YearMonth m = window.first(); !m.isAfter(window.last()); m = m.plusMonths(1)) {
        if (m.getMonthValue() % step == 0 && m.getMonthValue() != 12) {
          statement(e, p, loans, stories, m.minusMonths(step - 1L), m, step == 3 ? "Q" : "H");
        }
      }
    }
    writeTax(e, p, stories, rng);
  }

  private void statement(
      Enterprise e,
      MonthlyPlan p,
      List<Loan> loans,
      List<Story> stories,
      YearMonth from,
      YearMonth to,
      String type)
      throws IOException {
    int a = window.planIndex(from);
    int b = window.planIndex(to);
    Period f = Period.of(p, a, b);
    long interest = interest(loans, from, to);
    int months = b - a + 1;
    double pretax = f.revenue - f.purchases - f.costs - interest;
    long netProfit = Math.round(pretax > 0 ? pretax * 0.8 : pretax);
    Sheet s = sheet(e, p, stories, b);
    financials
        .raw(e.id())
        .date(to.atEndOfMonth())
        .raw(type)
        .money(f.revenue)
        .money(f.purchases + Math.round(f.costs * 0.45))
        .money(netProfit)
        .money(s.total)
        .money(s.liabilities)
        .money(s.current)
        .money(Math.round(s.liabilities * 0.65))
        .money(s.inventory)
        .money(s.receivable)
        .money(s.fixed)
        .money(Math.round(netProfit + s.fixed * 0.08 * months / 12 - f.shortfall * 0.8))
        .money(f.capex + Math.round(s.fixed * 0.03 * months / 12))
        .money(interest + Math.round(s.liabilities * 0.25 * 0.045 * months / 12));
    financials.end();
  }

  /** Flows summed over plan months a..b; shortfall is sales not yet collected, gross of VAT. */
  private record Period(long revenue, long purchases, long costs, long capex, double shortfall) {
    static Period of(MonthlyPlan p, int a, int b) {
      long revenue = 0;
      long purchases = 0;
      long costs = 0;
      long capex = 0;
      double shortfall = 0;
      for (int i = a; i <= b; i++) {
        revenue += p.sales[i];
        purchases += p.purchases[i];
        costs += p.salary[i] + p.overhead[i] + p.rent;
        capex += p.capex[i];
        shortfall += p.sales[i] * (1 + p.vatRate) * (1 - p.collection[i]);
      }
      return new Period(revenue, purchases, costs, capex, shortfall);
    }
  }

  private record Sheet(
      long total, long liabilities, long current, long inventory, long receivable, long fixed) {}

  private Sheet sheet(Enterprise e, MonthlyPlan p, List<Story> stories, int b) {
    double ttm = 0;
    int from = Math.max(0, b - 11);
    for (int i = from; i <= b; i++) {
      ttm += p.sales[i];
    }
    ttm = ttm * 12 / (b - from + 1);
    long cumCapex = 0;
    for (int i = 0; i <= b; i++) {
      cumCapex += p.capex[i];
    }
    char section = e.industry().section();
    double base = e.revenue() / e.industry().assetTurnover();
    LocalDate day = window.planMonth(b).atEndOfMonth();
    double stretch = 1.0;
    double leverage = e.debtRatio();
    for (Story s : stories) {
      if (s.kind().bad() && !day.isBefore(s.signalFrom())) {
        stretch = 1.6;
        leverage +=
            0.35
                * Math.min(
                    1.0,
                    (double) java.time.temporal.ChronoUnit.DAYS.between(s.signalFrom(), day) / 270);
      } else if ((s.kind() == StoryKind.LIQUIDITY_NEED || s.kind() == StoryKind.SUPPLY_CHAIN)
          && s.active(day)) {
        stretch = 1.5;
      }
    }
    long receivable = Math.round(ttm * 1.13 / 365 * dso(section) * stretch);
    long inventory = Math.round(ttm * e.industry().costRatio() / 365 * dio(section));
    long fixed = Math.round(base * fixedShare(section)) + cumCapex;
    long current = receivable + inventory + Math.round(base * 0.17);
    long total = current + fixed + Math.round(base * 0.05);
    long liabilities = Math.round(total * Math.min(1.15, leverage));
    return new Sheet(total, liabilities, current, inventory, receivable, fixed);
  }

  private static long interest(List<Loan> loans, YearMonth from, YearMonth to) {
    long sum = 0;
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      LocalDate due = m.atDay(21);
      for (Loan l : loans) {
        if (due.isAfter(l.start()) && !due.isAfter(l.maturity())) {
          sum += l.monthlyInterest();
        }
      }
    }
    return sum;
  }

  private void writeTax(Enterprise e, MonthlyPlan p, List<Story> stories, SplittableRandom rng)
      throws IOException {
    for (int i = window.firstWindowIndex(); i < p.months(); i++) {
      LocalDate mid = window.planMonth(i).atDay(15);
      double invoiced = Seeds.between(rng, 0.9, 1.0);
      for (Story s : stories) {
        if (s.kind().bad() && !mid.isBefore(s.signalFrom())) {
          invoiced *= 0.75;
        }
      }
      tax.raw(e.id());
      Dates.append(tax.rawBuilder(), window.planMonth(i));
      tax.money(p.vat[i])
          .money(p.incomeTax[i])
          .money(Math.round(p.sales[i] * invoiced))
          .raw(String.valueOf(p.grade[i]));
      tax.end();
    }
  }

  private static double dso(char section) {
    return switch (section) {
      case 'C' -> 65;
      case 'E' -> 120;
      case 'I', 'M' -> 90;
      case 'F' -> 45;
      default -> 30;
    };
  }

  private static double dio(char section) {
    return switch (section) {
      case 'C' -> 60;
      case 'F' -> 40;
      case 'A' -> 90;
      case 'E' -> 30;
      default -> 10;
    };
  }

  private static double fixedShare(char section) {
    return switch (section) {
      case 'B', 'D', 'H', 'Q' -> 0.6;
      case 'C', 'A', 'G' -> 0.4;
      default -> 0.15;
    };
  }
}
