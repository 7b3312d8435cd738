package io.loanradar.core.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The links between customers: groups (集团), supply chains around core enterprises, guarantees, and
 * outside shareholders. Small per-customer tables, built once before flows are streamed.
 */
final class Structure {

  /** A supplier selling to a buyer, both customers; flows are mirrored on both sides. */
  record SupplyLink(int index, int supplier, int buyer, int core, long monthly, LocalDate since) {}

  /** One row of relations.csv; {@code weight} below 0 means unknown. */
  record Relation(String fromId, String toId, String type, double weight, LocalDate since) {}

  private final List<Enterprise> firms;
  private final String[] groupOf;
  private final List<List<Integer>> groups = new ArrayList<>();
  private final List<List<SupplyLink>> linksOf;
  private final List<SupplyLink> links = new ArrayList<>();
  private final List<int[]> guarantees = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final boolean[] core;
  private final Set<String> relationKeys = new HashSet<>();
  private final LocalDate latest;

  Structure(List<Enterprise> firms, LocalDate latest, SplittableRandom rng) {
    this.firms = firms;
    this.latest = latest;
    int n = firms.size();
    this.groupOf = new String[n];
    this.core = new boolean[n];
    this.linksOf = new ArrayList<>(Collections.nCopies(n, List.of()));
    buildGroups(rng);
    buildChains(rng);
    buildGuarantees(rng);
    buildOutsideShareholders(rng);
  }

  String groupOf(int index) {
    return groupOf[index];
  }

  List<Integer> groupMembers(int index) {
    String g = groupOf[index];
    return g == null ? List.of() : groups.get(Integer.parseInt(g.substring(1)) - 1);
  }

  List<SupplyLink> linksOf(int index) {
    return linksOf.get(index);
  }

  boolean isCore(int index) {
    return core[index];
  }

  /** Guarantees as {guarantor, borrower} pairs. */
  List<int[]> guarantees() {
    return guarantees;
  }

  List<Relation> relations() {
    return relations;
  }

  private void buildGroups(SplittableRandom rng) {
    int n = firms.size();
    int count = n < 20 ? 0 : Math.max(1, n / 50);
    for (int g = 0; g < count; g++) {
      int head = pickFree(rng, true);
      if (head < 0) {
        return;
      }
      String id = "G" + Enterprise.pad(g + 1, 5);
      List<Integer> members = new ArrayList<>();
      members.add(head);
      groupOf[head] = id;
      int size = 2 + rng.nextInt(4);
      for (int k = 0; k < size; k++) {
        int m = pickFree(rng, false);
        if (m < 0) {
          break;
        }
        groupOf[m] = id;
        members.add(m);
        LocalDate since = later(firms.get(head).established(), firms.get(m).established());
        relate(m, head, "GROUP_MEMBER", -1, since);
        relate(
            head, m, "SHAREHOLDER", Math.round(Seeds.between(rng, 0.51, 1.0) * 100) / 100.0, since);
      }
      if (members.size() > 2 && rng.nextBoolean()) {
        int a = members.get(1);
        int b = members.get(2);
        relate(
            a,
            b,
            "SAME_CONTROLLER",
            -1,
            later(firms.get(a).established(), firms.get(b).established()));
      }
      groups.add(List.copyOf(members));
    }
  }

  private int pickFree(SplittableRandom rng, boolean bigger) {
    for (int attempt = 0; attempt < 40; attempt++) {
      int i = rng.nextInt(firms.size());
      if (groupOf[i] == null && (!bigger || firms.get(i).bigger() || attempt > 30)) {
        return i;
      }
    }
    return -1;
  }

  private void buildChains(SplittableRandom rng) {
    int n = firms.size();
    int count = n < 30 ? 0 : Math.max(2, n / 100);
    for (int c = 0; c < count; c++) {
      int hub = -1;
      for (int attempt = 0; attempt < 60 && hub < 0; attempt++) {
        int i = rng.nextInt(n);
        Enterprise e = firms.get(i);
        boolean fits = e.industry().manufacturing() || e.industry().section() == 'F';
        if (!core[i] && fits && (e.bigger() || attempt > 40)) {
          hub = i;
        }
      }
      if (hub < 0) {
        continue;
      }
      core[hub] = true;
      int suppliers = 3 + rng.nextInt(6);
      int buyers = 1 + rng.nextInt(4);
      for (int k = 0; k < suppliers + buyers; k++) {
        int other = rng.nextInt(n);
        if (other == hub || core[other]) {
          continue;
        }
        if (k < suppliers) {
          link(rng, other, hub, hub);
        } else {
          link(rng, hub, other, hub);
        }
      }
    }
  }

  private void link(SplittableRandom rng, int supplier, int buyer, int hub) {
    Enterprise s = firms.get(supplier);
    Enterprise b = firms.get(buyer);
    long bySupplier = (long) (s.revenue() / 12 * Seeds.between(rng, 0.12, 0.35));
    long byBuyer =
        (long) (b.revenue() * b.industry().costRatio() / 12 * Seeds.between(rng, 0.05, 0.2));
    long monthly = Math.max(1_000_000, Math.min(bySupplier, byBuyer));
    LocalDate since = later(s.established(), b.established()).plusMonths(6 + rng.nextInt(60));
    double share = Math.min(1.0, monthly * 12.0 / Math.max(1, s.revenue()));
    if (!relate(supplier, buyer, "SUPPLIES", Math.round(share * 100) / 100.0, since)) {
      return;
    }
    SupplyLink l = new SupplyLink(links.size(), supplier, buyer, hub, monthly, since);
    links.add(l);
    add(supplier, l);
    add(buyer, l);
  }

  private void add(int index, SupplyLink l) {
    List<SupplyLink> list = linksOf.get(index);
    if (list.isEmpty()) {
      list = new ArrayList<>(2);
      linksOf.set(index, list);
    }
    list.add(l);
  }

  private void buildGuarantees(SplittableRandom rng) {
    int n = firms.size();
    int count = n / 25;
    for (int k = 0; k < count; k++) {
      int borrower = rng.nextInt(n);
      List<Integer> members = groupMembers(borrower);
      int guarantor =
          members.size() > 1 && rng.nextBoolean()
              ? members.get(rng.nextInt(members.size()))
              : rng.nextInt(n);
      if (guarantor == borrower) {
        continue;
      }
      LocalDate since =
          later(firms.get(borrower).relationshipSince(), firms.get(guarantor).established());
      double w = Math.round(Seeds.between(rng, 0.3, 1.0) * 100) / 100.0;
      if (relate(guarantor, borrower, "GUARANTEES", w, since)) {
        guarantees.add(new int[] {guarantor, borrower});
      }
    }
  }

  private void buildOutsideShareholders(SplittableRandom rng) {
    for (Enterprise e : firms) {
      if (rng.nextInt(30) == 0) {
        String holder = "ext:" + e.region().city() + Names.trade(rng, 2) + "投资管理有限公司";
        double w = Math.round(Seeds.between(rng, 0.05, 0.45) * 100) / 100.0;
        relations.add(new Relation(holder, e.id(), "SHAREHOLDER", w, e.established()));
      }
    }
  }

  private boolean relate(int from, int to, String type, double weight, LocalDate since) {
    String fromId = firms.get(from).id();
    String toId = firms.get(to).id();
    if (from == to || !relationKeys.add(fromId + '|' + toId + '|' + type)) {
      return false;
    }
    LocalDate day = since.isAfter(latest) ? latest : since;
    relations.add(new Relation(fromId, toId, type, weight, day));
    return true;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
