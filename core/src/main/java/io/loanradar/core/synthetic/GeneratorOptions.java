package io.loanradar.core.synthetic;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What to generate: how many enterprises, over how many calendar months, from which seed.
 *
 * @param enterprises number of corporate customers, at least 1
 * @param months length of the data window in calendar months, 12 to 120
 * @param seed the seed; the same options always give byte-identical files
 * @param lastMonth the last calendar month of the window (inclusive); nothing is dated after its
 *     last day
 */
public record GeneratorOptions(int enterprises, int months, long seed, YearMonth lastMonth) {

  /**
   * @throws IllegalArgumentException when enterprises is below 1 or months is outside 12..120
   * @throws NullPointerException when lastMonth is null
   */
  public GeneratorOptions {
    Objects.requireNonNull(lastMonth, "lastMonth");
    if (enterprises < 1) {
      throw new IllegalArgumentException("enterprises must be at least 1, got " + enterprises);
    }
    if (months < 12 || months > 120) {
      throw new IllegalArgumentException("months must be between 12 and 120, got " + months);
    }
  }
}
