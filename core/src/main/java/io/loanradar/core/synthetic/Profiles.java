package io.loanradar.core.synthetic;

import io.loanradar.core.customer.Uscc;
import io.loanradar.core.synthetic.Enterprise.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Draws the customers' profiles: industry, region, size, age, staff, branch and RM. */
final class Profiles {

  private final long seed;
  private final Window window;
  private final int branches;
  private final int rms;
  private final Names names = new Names();

  Profiles(long seed, Window window, int enterprises) {
    this.seed = seed;
    this.window = window;
    this.branches = Math.max(3, Math.round(enterprises / 400f));
    this.rms = Math.max(branches, Math.round(enterprises / 120f));
  }

  List<Enterprise> draw(int count) {
    List<Enterprise> all = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      all.add(draw(i, Seeds.of(seed, Seeds.PROFILE, i)));
    }
    return all;
  }

  private Enterprise draw(int index, SplittableRandom rng) {
    Industry industry = Industry.TABLE.draw(rng);
    Region region = Region.TABLE.draw(rng);
    double yuan = Math.exp(Math.log(12e6) + 1.35 * Seeds.gaussian(rng));
    yuan = Seeds.clamp(yuan, 8e5, 3e10);
    Size size =
        yuan < 3e6 ? Size.MICRO : yuan < 2e7 ? Size.SMALL : yuan < 4e8 ? Size.MEDIUM : Size.LARGE;
    int employees =
        (int)
            Math.max(3, yuan / industry.revenuePerEmployee() * Math.exp(0.3 * Seeds.gaussian(rng)));
    LocalDate established = established(rng, size);
    int rm = rng.nextInt(rms);
    String branchId = "BR" + Enterprise.pad(rm % branches + 1, 2);
    String rmId = "RM" + Enterprise.pad(rm + 1, 4);
    LocalDate since = relationshipSince(rng, established);
    boolean listed =
        size == Size.LARGE ? rng.nextInt(10) < 4 : size == Size.MEDIUM && rng.nextInt(200) == 0;
    double debtRatio = Seeds.clamp(0.52 + 0.13 * Seeds.gaussian(rng), 0.15, 0.82);
    double margin = Seeds.clamp(0.06 + 0.035 * Seeds.gaussian(rng), -0.02, 0.22);
    int accounts = 1 + rng.nextInt(size == Size.MICRO ? 1 : size == Size.SMALL ? 2 : 3);
    boolean bigName = size == Size.LARGE || listed;
    return new Enterprise(
        index,
        Enterprise.idOf(index),
        names.company(rng, region, industry, bigName),
        uscc(rng, region),
        industry,
        region,
        size,
        Money.yuan(yuan),
        employees,
        registeredCapital(rng, yuan),
        established,
        branchId,
        rmId,
        since,
        listed,
        debtRatio,
        margin,
        accounts,
        5 + rng.nextInt(11));
  }

  private LocalDate established(SplittableRandom rng, Size size) {
    int latest = Math.min(2023, window.start().getYear() - 2);
    int earliest = Math.min(1995, latest - 5);
    int span = latest - earliest + 1;
    int year =
        switch (size) {
          case LARGE -> earliest + rng.nextInt(Math.max(1, span / 2));
          case MEDIUM -> earliest + rng.nextInt(Math.max(1, span * 3 / 4));
          default -> earliest + (int) (span * Math.sqrt(rng.nextDouble()));
        };
    year = Math.min(year, latest);
    return LocalDate.of(year, 1 + rng.nextInt(12), 1 + rng.nextInt(28));
  }

  private LocalDate relationshipSince(SplittableRandom rng, LocalDate established) {
    LocalDate latest = window.start().minusDays(60);
    long days = java.time.temporal.ChronoUnit.DAYS.between(established, latest);
    long offset = (long) (days * Math.pow(rng.nextDouble(), 0.7));
    return established.plusDays(Math.max(30, offset));
  }

  private static long registeredCapital(SplittableRandom rng, double revenueYuan) {
    double raw = revenueYuan * Seeds.between(rng, 0.05, 0.3);
    long[] nice = {100_000, 500_000, 1_000_000, 2_000_000, 5_000_000, 10_000_000, 20_000_000};
    long wan = Math.max(10, Math.round(raw / 10_000));
    for (long n : nice) {
      if (raw <= n * 1.5) {
        return n * 100;
      }
    }
    return (wan / 100) * 100 * 10_000 * 100;
  }

  private static String uscc(SplittableRandom rng, Region region) {
    StringBuilder b = new StringBuilder(18).append("91").append(region.code());
    for (int i = 0; i < 9; i++) {
      b.append(Uscc.ALPHABET.charAt(rng.nextInt(Uscc.ALPHABET.length())));
    }
    return b.append(Uscc.checkCharacter(b)).toString();
  }
}
