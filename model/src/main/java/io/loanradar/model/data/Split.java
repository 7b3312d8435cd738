package io.loanradar.model.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Which rows train a model and which test it. Stratified splits keep the bad rate of each part
 * equal to the whole; an out-of-time split tests on the latest rows. A seed makes every split
 * repeatable.
 *
 * @param kind how the rows were split
 * @param train row positions of the training part
 * @param test row positions of the held-out part
 */
public record Split(Kind kind, int[] train, int[] test) {

  /** How the rows were divided. */
  public enum Kind {
    STRATIFIED,
    OUT_OF_TIME
  }

  /**
   * A random split that keeps the bad rate: {@code fraction} of the bads and of the goods go to the
   * test part.
   */
  public static Split stratified(int[] label, double fraction, long seed) {
    checkFraction(fraction);
    List<Integer> train = new ArrayList<>();
    List<Integer> test = new ArrayList<>();
    for (int cls = 0; cls <= 1; cls++) {
      List<Integer> rows = shuffled(label, cls, seed);
      int held = (int) Math.round(rows.size() * fraction);
      test.addAll(rows.subList(0, held));
      train.addAll(rows.subList(held, rows.size()));
    }
    return new Split(Kind.STRATIFIED, sorted(train), sorted(test));
  }

  /**
   * The latest {@code fraction} of rows by the time column test the model; earlier rows train it.
   * Times compare as numbers when every one parses as a number, otherwise as text (ISO dates and
   * yyyymm sort correctly as text). Rows without a time are refused.
   */
  public static Split outOfTime(String[] times, String column, double fraction) {
    checkFraction(fraction);
    boolean numeric = true;
    for (int i = 0; i < times.length; i++) {
      if (times[i] == null) {
        throw new IllegalArgumentException(
            "time column '" + column + "' is missing on row " + (i + 1) + " of the data");
      }
      numeric &= Feature.isNumber(times[i]);
    }
    Integer[] order = new Integer[times.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Comparator<Integer> byTime =
        numeric
            ? Comparator.comparingDouble(i -> Double.parseDouble(times[i]))
            : Comparator.comparing(i -> times[i]);
    Arrays.sort(order, byTime.thenComparingInt(i -> i));
    int held = (int) Math.round(times.length * fraction);
    int cut = times.length - held;
    List<Integer> train = Arrays.asList(order).subList(0, cut);
    List<Integer> test = Arrays.asList(order).subList(cut, order.length);
    return new Split(Kind.OUT_OF_TIME, sorted(train), sorted(test));
  }

  /**
   * Stratified k-fold: fold {@code i}'s test part is every k-th bad and every k-th good of a seeded
   * shuffle, so each fold holds about 1/k of each class.
   */
  public static List<Split> folds(int[] label, int k, long seed) {
    if (k < 2) {
      throw new IllegalArgumentException("cross-validation needs at least 2 folds, was " + k);
    }
    List<List<Integer>> tests = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      tests.add(new ArrayList<>());
    }
    for (int cls = 0; cls <= 1; cls++) {
      List<Integer> rows = shuffled(label, cls, seed);
      for (int i = 0; i < rows.size(); i++) {
        tests.get(i % k).add(rows.get(i));
      }
    }
    List<Split> splits = new ArrayList<>();
    for (int f = 0; f < k; f++) {
      boolean[] inTest = new boolean[label.length];
      for (int r : tests.get(f)) {
        inTest[r] = true;
      }
      List<Integer> train = new ArrayList<>();
      for (int r = 0; r < label.length; r++) {
        if (!inTest[r]) {
          train.add(r);
        }
      }
      splits.add(new Split(Kind.STRATIFIED, sorted(train), sorted(tests.get(f))));
    }
    return splits;
  }

  private static List<Integer> shuffled(int[] label, int cls, long seed) {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < label.length; r++) {
      if (label[r] == cls) {
        rows.add(r);
      }
    }
    Collections.shuffle(rows, new Random(seed * 31 + cls));
    return rows;
  }

  private static int[] sorted(List<Integer> rows) {
    return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  private static void checkFraction(double fraction) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException(
          "the held-out fraction must be between 0 and 1 (exclusive), was " + fraction);
    }
  }
}
