package io.loanradar.core.synthetic;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes credit-bureau lines (征信): each customer's facilities at other banks, reported at every
 * quarter end, with overdue amounts once a deteriorating customer stops paying elsewhere, and the
 * guarantees it has given.
 */
final class BureauWriter {

  private static final String[] TYPES = {"LOAN", "LOAN", "LOAN", "BILL", "BILL", "LC", "OTHER"};

  private final Window window;
  private final List<Enterprise> firms;
  private final CsvFile out;
  private final List<List<Integer>> guaranteed;

  BureauWriter(Window window, List<Enterprise> firms, Structure structure, CsvFile out) {
    this.window = window;
    this.firms = firms;
    this.out = out;
    this.guaranteed = new ArrayList<>(Collections.nCopies(firms.size(), List.of()));
    for (int[] g : structure.guarantees()) {
      List<Integer> list = guaranteed.get(g[0]);
      if (list.isEmpty()) {
        list = new ArrayList<>(1);
        guaranteed.set(g[0], list);
      }
      list.add(g[1]);
    }
  }

  private record Facility(String id, String lender, String type, long limit, double use) {}

  void write(Enterprise e, List<Story> stories, SplittableRandom rng) throws IOException {
    List<Facility> facilities = facilities(e, rng);
    LocalDate overdueFrom = null;
    for (Story s : stories) {
      if (s.kind().bad()) {
        overdueFrom = s.signalFrom().plusDays(60 + rng.nextInt(60));
      }
    }
    for (YearMonth m = window.first(); !m.isAfter(window.last()); m = m.plusMonths(1)) {
      if (m.getMonthValue() % 3 == 0) {
        for (Facility f : facilities) {
          line(e, f, m.atEndOfMonth(), overdueFrom, rng);
        }
      }
    }
  }

  private List<Facility> facilities(Enterprise e, SplittableRandom rng) {
    List<Facility> facilities = new ArrayList<>();
    int count =
        switch (e.size()) {
          case MICRO -> rng.nextInt(2);
          case SMALL -> rng.nextInt(3);
          case MEDIUM -> 1 + rng.nextInt(3);
          case LARGE -> 2 + rng.nextInt(4);
        };
    String prefix = "CF" + Enterprise.pad(e.index() + 1, 7) + "-";
    for (int k = 0; k < count; k++) {
      String type = TYPES[rng.nextInt(e.bigger() ? TYPES.length : 5)];
      long limit = LoanTerms.roundToTenWan(e.revenue() * Seeds.between(rng, 0.04, 0.18));
      String lender = Names.lender(rng, e.region());
      facilities.add(
          new Facility(prefix + (k + 1), lender, type, limit, Seeds.between(rng, 0.3, 0.95)));
    }
    int k = count;
    for (int borrower : guaranteed.get(e.index())) {
      double share = Seeds.between(rng, 0.05, 0.15);
      long limit = LoanTerms.roundToTenWan(firms.get(borrower).revenue() * share);
      String lender = Names.lender(rng, e.region());
      facilities.add(new Facility(prefix + (++k), lender, "GUARANTEE_GIVEN", limit, 1.0));
    }
    return facilities;
  }

  private void line(
      Enterprise e, Facility f, LocalDate report, LocalDate overdueFrom, SplittableRandom rng)
      throws IOException {
    double use = Seeds.clamp(f.use() + 0.08 * Seeds.gaussian(rng), 0.0, 1.0);
    long outstanding = Math.round(f.limit() * use / 10_000) * 10_000;
    int days = 0;
    long overdue = 0;
    if (overdueFrom != null && report.isAfter(overdueFrom) && !"GUARANTEE_GIVEN".equals(f.type())) {
      days = (int) ChronoUnit.DAYS.between(overdueFrom, report);
      outstanding = Math.max(outstanding, Math.round(f.limit() * 0.9 / 10_000) * 10_000);
      overdue = Math.round(outstanding * Math.min(1.0, 0.2 + days / 200.0) / 100) * 100;
    }
    out.raw(e.id())
        .date(report)
        .raw(f.id())
        .text(f.lender())
        .raw(f.type())
        .money(f.limit())
        .money(outstanding)
        .money(overdue)
        .number(days)
        .raw(LoanTerms.fiveCategory(days));
    out.end();
  }
}
