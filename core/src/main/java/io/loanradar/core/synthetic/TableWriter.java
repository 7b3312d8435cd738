package io.loanradar.core.synthetic;

import java.io.IOException;
import java.util.List;

/** Writes the small files and the per-customer rows that need no simulation. */
final class TableWriter {

  private TableWriter() {}

  static void enterprise(CsvFile out, Enterprise e, String groupId) throws IOException {
    out.raw(e.id())
        .text(e.name())
        .raw(e.uscc())
        .raw(e.industry().code())
        .raw(e.region().code())
        .money(e.registeredCapital())
        .date(e.established())
        .number(e.employees())
        .raw(e.branchId())
        .raw(e.rmId())
        .date(e.relationshipSince())
        .text(groupId)
        .raw(e.listed() ? "true" : "false");
    out.end();
  }

  static void loans(CsvFile out, Enterprise e, List<Loan> loans) throws IOException {
    for (Loan l : loans) {
      out.raw(l.id())
          .raw(e.id())
          .raw(l.product())
          .money(l.amount())
          .money(l.outstanding())
          .raw(l.rateText())
          .date(l.start())
          .date(l.maturity())
          .raw(l.status())
          .number(l.overdueDays())
          .raw(l.fiveCategory())
          .date(l.statusDate());
      out.end();
    }
  }

  static void relations(CsvFile out, List<Structure.Relation> relations) throws IOException {
    for (Structure.Relation r : relations) {
      out.text(r.fromId()).text(r.toId()).raw(r.type());
      if (r.weight() >= 0) {
        out.raw(String.format(java.util.Locale.ROOT, "%.2f", r.weight()));
      } else {
        out.empty();
      }
      out.date(r.since());
      out.end();
    }
  }

  static void products(CsvFile out) throws IOException {
    for (Product p : Product.ALL) {
      out.raw(p.code())
          .text(p.name())
          .raw(p.type())
          .money(p.minAmount() * 100)
          .money(p.maxAmount() * 100)
          .number(p.minTenor())
          .number(p.maxTenor())
          .raw(p.rateFloor())
          .raw(p.rateCap())
          .raw(p.scenarios())
          .text(p.eligibility())
          .raw(p.collateral() ? "true" : "false")
          .raw(p.excluded());
      out.end();
    }
  }

  static void truth(CsvFile out, List<Story> stories, List<Enterprise> firms) throws IOException {
    for (Story s : stories) {
      out.raw(s.id())
          .raw(firms.get(s.enterprise()).id())
          .raw(s.kind().name())
          .date(s.signalFrom())
          .date(s.outcomeOn())
          .raw(s.outcome())
          .money(s.amount())
          .text(s.loanId())
          .text(s.related() >= 0 ? firms.get(s.related()).id() : null)
          .text(s.kind().note());
      out.end();
    }
  }
}
