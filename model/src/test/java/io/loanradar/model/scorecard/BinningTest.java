package io.loanradar.model.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BinningTest {

  @Test
  void woeAndIvFollowLnOfBadShareOverGoodShare() {
    // 30 of 100 bads, 40 of 400 goods: WOE = ln(0.3 / 0.1) = ln 3; IV part = 0.2 × ln 3
    Bin bin = Bin.of(Bin.Kind.RANGE, null, 1.0, List.of(), 40, 30, 400, 100);
    assertThat(bin.woe()).isCloseTo(Math.log(3), within(1e-12));
    assertThat(bin.iv()).isCloseTo(0.2 * Math.log(3), within(1e-12));
    assertThat(Bin.woe(10, 40, 100, 400)).isCloseTo(0, within(1e-12));
  }

  @Test
  void aBinWithoutBadsGetsHalfACountSoItsWoeStaysFinite() {
    assertThat(Bin.woe(0, 10, 10, 20)).isCloseTo(Math.log((0.5 / 10) / (10.5 / 20)), within(1e-12));
  }

  @Test
  void chiSquareOfTwoBinsMatchesTheHandComputedValue() {
    // observed {10,10 | 20,0}; expected {15,5 | 15,5}: 25/15 + 25/5 + 25/15 + 25/5
    assertThat(Binning.chiSquare(10, 10, 20, 0)).isCloseTo(40.0 / 3, within(1e-12));
  }

  @Test
  void numericBinsAreFewLargeMonotonicWithMissingAndSpecialApart() {
    int n = 1000;
    double[] x = new double[n + 40 + 30];
    int[] y = new int[x.length];
    for (int i = 0; i < n; i++) {
      x[i] = i;
      // bad rate falls with x, with a wiggle that a non-monotonic binning would keep
      y[i] = (i % 10) < (i < 300 ? 5 : i < 350 ? 1 : i < 400 ? 3 : i < 700 ? 2 : 1) ? 1 : 0;
    }
    for (int i = n; i < n + 40; i++) {
      x[i] = Double.NaN;
      y[i] = i % 2;
    }
    for (int i = n + 40; i < x.length; i++) {
      x[i] = -999;
      y[i] = 1;
    }
    List<Bin> bins = new Binning(0.05, 8, true, Set.of(-999.0)).numeric(x, y);

    assertThat(bins.size()).isLessThanOrEqualTo(8);
    assertThat(bins.stream().mapToInt(Bin::count).sum()).isEqualTo(x.length);
    List<Bin> ranges = bins.stream().filter(b -> b.kind() == Bin.Kind.RANGE).toList();
    assertThat(ranges).allSatisfy(b -> assertThat(b.count()).isGreaterThanOrEqualTo(54));
    for (int i = 1; i < ranges.size(); i++) {
      assertThat(ranges.get(i).badRate()).isLessThanOrEqualTo(ranges.get(i - 1).badRate());
      assertThat(ranges.get(i).lower()).isEqualTo(ranges.get(i - 1).upper());
    }
    assertThat(ranges.get(0).lower()).isNull();
    assertThat(ranges.get(ranges.size() - 1).upper()).isNull();
    Bin missing = bins.get(bins.size() - 1);
    assertThat(missing.kind()).isEqualTo(Bin.Kind.MISSING);
    assertThat(missing.count()).isEqualTo(40);
    Bin special = bins.get(bins.size() - 2);
    assertThat(special.kind()).isEqualTo(Bin.Kind.SPECIAL);
    assertThat(special.count()).isEqualTo(30);
    assertThat(special.label()).contains("-999");
  }

  @Test
  void withoutTheMonotonicOptionAWiggleMayStay() {
    int n = 2000;
    double[] x = new double[n];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = i;
      y[i] = (i % 10) < ((i / 400) % 2 == 0 ? 6 : 1) ? 1 : 0;
    }
    List<Bin> loose = new Binning(0.05, 8, false, Set.of()).numeric(x, y);
    List<Bin> monotonic = new Binning(0.05, 8, true, Set.of()).numeric(x, y);
    assertThat(loose.size()).isGreaterThan(monotonic.size());
  }

  @Test
  void categoriesAreOrderedByBadRateAndSmallOnesMerged() {
    String[] x = new String[100];
    int[] y = new int[100];
    for (int i = 0; i < 100; i++) {
      x[i] = i < 40 ? "A" : i < 80 ? "B" : i < 98 ? "C" : "rare";
      y[i] = (i < 40 && i % 10 == 0) || (i >= 40 && i < 80 && i % 2 == 0) || i >= 80 ? 1 : 0;
    }
    List<Bin> bins = Binning.DEFAULT.categorical(x, y);
    assertThat(bins).extracting(Bin::kind).containsOnly(Bin.Kind.CATEGORIES);
    assertThat(bins.get(0).categories()).containsExactly("A");
    assertThat(bins.get(bins.size() - 1).categories()).containsExactly("C", "rare");
    assertThat(bins).allSatisfy(b -> assertThat(b.count()).isGreaterThanOrEqualTo(5));
  }
}
