package io.loanradar.core.synthetic;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a customer's monthly plan into daily account movements (交易流水) and streams them to
 * transactions.csv with a running balance per account.
 */
final class FlowSimulator {

  private static final String[] CHANNELS = {"网银", "银企直连", "柜面", "手机银行"};
  private static final String BANK = "本行贷款账户";

  private final Window window;
  private final Structure structure;
  private final List<Enterprise> firms;
  private final LinkFlows links;
  private final CsvFile out;
  private final List<Txn> month = new ArrayList<>(512);
  private final Comparator<Txn> order = Comparator.comparingLong(Txn::key);

  FlowSimulator(
      Window window, Structure structure, List<Enterprise> firms, LinkFlows links, CsvFile out) {
    this.window = window;
    this.structure = structure;
    this.firms = firms;
    this.links = links;
    this.out = out;
  }

  void simulate(Enterprise e, MonthlyPlan plan, List<Loan> loans, SplittableRandom rng)
      throws IOException {
    Counterparties cps = new Counterparties(e, rng);
    Ledger ledger = new Ledger(e, out, rng);
    for (int i = window.firstWindowIndex(); i < plan.months(); i++) {
      month.clear();
      YearMonth ym = window.planMonth(i);
      long linkIn = addLinks(e, i, true);
      long linkOut = addLinks(e, i, false);
      addSales(e, plan, i, ym, linkIn, cps, rng);
      addPurchases(e, plan, i, ym, linkOut, cps, rng);
      addPayrollAndTax(e, plan, i, ym, rng);
      addOverheads(plan, i, ym, cps, rng);
      addSpecial(e, plan, i, ym, cps, rng);
      addLoans(e, loans, ym);
      month.sort(order);
      ledger.write(month);
      ledger.sweep(Window.weekday(ym.atEndOfMonth()));
    }
  }

  private long addLinks(Enterprise e, int i, boolean asSupplier) {
    long total = 0;
    for (Structure.SupplyLink l : structure.linksOf(e.index())) {
      if ((l.supplier() == e.index()) != asSupplier) {
        continue;
      }
      Enterprise other = firms.get(asSupplier ? l.buyer() : l.supplier());
      for (LinkFlows.Payment p : links.payments(l, i)) {
        month.add(
            new Txn(
                p.day(),
                p.minute(),
                0,
                asSupplier,
                p.amount(),
                asSupplier ? "SALES_RECEIPT" : "SUPPLIER_PAYMENT",
                other.name(),
                other.account(0),
                other.id(),
                "银企直连"));
        total += p.amount();
      }
    }
    return total;
  }

  private void addSales(
      Enterprise e,
      MonthlyPlan p,
      int i,
      YearMonth ym,
      long linkIn,
      Counterparties cps,
      SplittableRandom rng) {
    double gross = p.sales[i] * (1 + p.vatRate) * p.collection[i];
    long total = Math.round(Math.max(0.2 * gross, gross - linkIn));
    int count = count(e, rng);
    for (long amount : split(total, count, rng)) {
      int k = rng.nextInt(cps.buyers.length);
      int account = e.accounts() > 1 && rng.nextInt(5) == 0 ? 1 : 0;
      month.add(
          new Txn(
              day(ym, rng),
              510 + rng.nextInt(540),
              account,
              true,
              amount,
              "SALES_RECEIPT",
              cps.buyers[k],
              cps.buyerAccounts[k],
              null,
              CHANNELS[rng.nextInt(4)]));
    }
  }

  private void addPurchases(
      Enterprise e,
      MonthlyPlan p,
      int i,
      YearMonth ym,
      long linkOut,
      Counterparties cps,
      SplittableRandom rng) {
    double gross = p.purchases[i] * 1.13;
    long total = Math.round(Math.max(0.2 * gross, gross - linkOut));
    int count = Math.max(1, count(e, rng) * 3 / 5);
    for (long amount : split(total, count, rng)) {
      int k = rng.nextInt(cps.suppliers.length);
      String channel = CHANNELS[rng.nextInt(2)];
      out(
          day(ym, rng),
          510 + rng.nextInt(540),
          0,
          amount,
          "SUPPLIER_PAYMENT",
          cps.suppliers[k],
          cps.supplierAccounts[k],
          channel);
    }
  }

  private void addPayrollAndTax(
      Enterprise e, MonthlyPlan p, int i, YearMonth ym, SplittableRandom rng) {
    int payAccount = Math.min(1, e.accounts() - 1);
    if (p.salary[i] > 0) {
      LocalDate payday = Window.weekday(ym.atDay(Math.min(e.payday(), ym.lengthOfMonth())));
      out(payday, 600, payAccount, p.salary[i], "SALARY", "代发工资", null, "银企直连");
    }
    LocalDate taxDay = Window.weekday(ym.atDay(10 + rng.nextInt(6)));
    String treasury = "国家金库" + e.region().city() + "中心支库";
    if (p.vat[i] > 0) {
      out(taxDay, 560 + rng.nextInt(120), 0, p.vat[i], "TAX", treasury, null, "网银");
    }
    if (p.incomeTax[i] > 0) {
      out(taxDay, 700 + rng.nextInt(60), 0, p.incomeTax[i], "TAX", treasury, null, "网银");
    }
  }

  private void addOverheads(
      MonthlyPlan p, int i, YearMonth ym, Counterparties cps, SplittableRandom rng) {
    LocalDate rentDay = Window.weekday(ym.atDay(1 + rng.nextInt(5)));
    out(rentDay, 560, 0, p.rent, "RENT", cps.landlord, cps.landlordAccount, "网银");
    long utilities = Math.round(p.overhead[i] * 0.2);
    if (utilities > 0) {
      LocalDate day = Window.weekday(ym.atDay(18 + rng.nextInt(8)));
      out(day, 480, 0, utilities, "UTILITY", cps.utility, null, "网银");
    }
    for (long amount : split(p.overhead[i] - utilities, 1 + rng.nextInt(2), rng)) {
      int k = rng.nextInt(cps.suppliers.length);
      out(
          day(ym, rng),
          510 + rng.nextInt(540),
          0,
          amount,
          "OTHER",
          cps.suppliers[k],
          cps.supplierAccounts[k],
          "网银");
    }
    if (rng.nextBoolean()) {
      LocalDate last = Window.weekday(ym.atEndOfMonth());
      out(last, 1020, 0, 500 + rng.nextInt(20_000), "FEE", "本行手续费", null, "柜面");
    }
  }

  private void addSpecial(
      Enterprise e, MonthlyPlan p, int i, YearMonth ym, Counterparties cps, SplittableRandom rng) {
    if (p.capex[i] > 0) {
      boolean building = e.industry().section() == 'E' || rng.nextInt(3) == 0;
      String to = building ? cps.contractor : cps.equipmentMaker;
      String account = building ? cps.contractorAccount : cps.equipmentAccount;
      out(day(ym, rng), 600 + rng.nextInt(300), 0, p.capex[i], "CAPEX", to, account, "银企直连");
    }
    if (p.relatedOut[i] > 0) {
      Enterprise sibling = null;
      for (int g : structure.groupMembers(e.index())) {
        if (g != e.index() && sibling == null) {
          sibling = firms.get(g);
        }
      }
      LocalDate day = day(ym, rng);
      int minute = 960 + rng.nextInt(60);
      if (sibling == null) {
        out(
            day,
            minute,
            0,
            p.relatedOut[i],
            "TRANSFER",
            cps.relatedParty,
            cps.relatedAccount,
            "网银");
      } else {
        month.add(
            new Txn(
                day,
                minute,
                0,
                false,
                p.relatedOut[i],
                "TRANSFER",
                sibling.name(),
                sibling.account(0),
                sibling.id(),
                "网银"));
      }
    }
  }

  private void addLoans(Enterprise e, List<Loan> loans, YearMonth ym) {
    int account = e.accounts() - 1;
    LocalDate due = ym.atDay(21);
    for (Loan l : loans) {
      if (YearMonth.from(l.start()).equals(ym)) {
        month.add(
            new Txn(
                l.start(),
                600,
                account,
                true,
                l.amount(),
                "LOAN_DRAWDOWN",
                BANK,
                l.id(),
                null,
                "柜面"));
      }
      boolean serviced = l.stopsPaying() == null || due.isBefore(l.stopsPaying());
      if (due.isAfter(l.start()) && !due.isAfter(l.maturity()) && serviced) {
        out(due, 480, account, l.monthlyInterest(), "INTEREST", BANK, l.id(), "柜面");
      }
      boolean repaid = l.stopsPaying() == null && !"DEFAULTED".equals(l.status());
      if (repaid && YearMonth.from(l.maturity()).equals(ym) && window.contains(l.maturity())) {
        out(l.maturity(), 570, account, l.amount(), "LOAN_REPAYMENT", BANK, l.id(), "柜面");
      }
    }
  }

  private void out(
      LocalDate day,
      int minute,
      int account,
      long amount,
      String purpose,
      String counterparty,
      String counterpartyAccount,
      String channel) {
    month.add(
        new Txn(
            day,
            minute,
            account,
            false,
            amount,
            purpose,
            counterparty,
            counterpartyAccount,
            null,
            channel));
  }

  private static int count(Enterprise e, SplittableRandom rng) {
    return switch (e.size()) {
      case MICRO -> 3 + rng.nextInt(4);
      case SMALL -> 5 + rng.nextInt(5);
      case MEDIUM -> 8 + rng.nextInt(9);
      case LARGE -> 20 + rng.nextInt(21);
    };
  }

  private static LocalDate day(YearMonth ym, SplittableRandom rng) {
    return Window.weekday(ym.atDay(1 + rng.nextInt(ym.lengthOfMonth())));
  }

  /** Splits an amount into parts that sum to it, each at least 1 yuan; empty when it is below. */
  static long[] split(long total, int parts, SplittableRandom rng) {
    if (total < 100 * parts) {
      return total >= 100 ? new long[] {total} : new long[0];
    }
    double[] w = new double[parts];
    double sum = 0;
    for (int k = 0; k < parts; k++) {
      w[k] = -Math.log(1.0 - rng.nextDouble()) + 0.05;
      sum += w[k];
    }
    long[] amounts = new long[parts];
    long left = total;
    for (int k = 0; k < parts - 1; k++) {
      long a = Math.max(100, Math.round(total * w[k] / sum / 100) * 100);
      a = Math.min(a, left - 100L * (parts - 1 - k));
      amounts[k] = a;
      left -= a;
    }
    amounts[parts - 1] = left;
    return amounts;
  }
}
