package io.loanradar.app.score;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Values read straight from the bytes PostgreSQL sends for a column in text format, for the
 * snapshot read's largest cursors (two years of daily flows: some 44 million rows at 100,000
 * enterprises), where the driver's general decoding — a String per value, then a parse — was most
 * of the client's time. Each method handles the forms PostgreSQL prints for the store's column
 * types and returns null for anything else, so that the caller falls back to the driver's own
 * decoding.
 */
final class TextValues {

  /** Unscaled digits a long holds whatever they are (10^18 - 1 is below Long.MAX_VALUE). */
  private static final int LONG_DIGITS = 18;

  private TextValues() {}

  /**
   * A {@code numeric} as PostgreSQL prints it ({@code -12345.60}), with the scale it was printed
   * with, as {@code new BigDecimal(text)} would give; null when it has more than 18 digits or is
   * not a plain decimal.
   */
  static BigDecimal decimal(byte[] text) {
    int n = text.length;
    int i = 0;
    boolean negative = false;
    if (n > 0 && text[0] == '-') {
      negative = true;
      i = 1;
    }
    long unscaled = 0;
    int digits = 0;
    int scale = 0;
    boolean point = false;
    for (; i < n; i++) {
      byte b = text[i];
      if (b >= '0' && b <= '9') {
        if (++digits > LONG_DIGITS) {
          return null;
        }
        unscaled = unscaled * 10 + (b - '0');
        if (point) {
          scale++;
        }
      } else if (b == '.' && !point) {
        point = true;
      } else {
        return null;
      }
    }
    if (digits == 0) {
      return null;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
  }

  /** A {@code bigint} or {@code integer}; null when it is not one. */
  static Long whole(byte[] text) {
    BigDecimal d = decimal(text);
    return d == null || d.scale() != 0 ? null : d.longValueExact();
  }

  /** First year of the date cache; days before it or after its end are made each time. */
  private static final int CACHE_FROM_YEAR = 1900;

  private static final int CACHE_YEARS = 300;

  /**
   * Dates by year, month and day of month: a read of two years of flows names the same 731 days
   * millions of times. Filled as met; a race only makes the same immutable value twice.
   */
  private static final LocalDate[] DAYS = new LocalDate[CACHE_YEARS * 12 * 31];

  /** A {@code date} in ISO form ({@code 2026-09-30}); null for any other form. */
  static LocalDate date(byte[] text) {
    if (text.length != 10 || text[4] != '-' || text[7] != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    int slot = ((year - CACHE_FROM_YEAR) * 12 + month - 1) * 31 + day - 1;
    boolean cached = year >= CACHE_FROM_YEAR && year < CACHE_FROM_YEAR + CACHE_YEARS;
    if (cached && DAYS[slot] != null) {
      return DAYS[slot];
    }
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
    if (cached) {
      DAYS[slot] = date;
    }
    return date;
  }

  private static int digits(byte[] text, int from, int length) {
    int value = 0;
    for (int i = from; i < from + length; i++) {
      byte b = text[i];
      if (b < '0' || b > '9') {
        return -1;
      }
      value = value * 10 + (b - '0');
    }
    return value;
  }

  /** Whether the bytes are {@code expected} encoded in UTF-8, the connection's encoding. */
  static boolean isText(byte[] text, byte[] expected) {
    return java.util.Arrays.equals(text, expected);
  }

  /** The UTF-8 bytes of a text, to compare with {@link #isText}. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The one of {@code constants} whose name the bytes spell (ASCII); null when none does.
   *
   * @param names the constants' names in UTF-8, as {@link #names} makes them
   */
  static <E extends Enum<E>> E constant(byte[] text, E[] constants, byte[][] names) {
    int n = text.length;
    if (n == 0) {
      return null;
    }
    for (int i = 0; i < names.length; i++) {
      byte[] name = names[i];
      // length and both ends first: they tell the store's codes apart before a full compare
      if (name.length == n
          && name[0] == text[0]
          && name[n - 1] == text[n - 1]
          && java.util.Arrays.equals(text, name)) {
        return constants[i];
      }
    }
    return null;
  }

  /** The names of the constants, in UTF-8, in their order. */
  static byte[][] names(Enum<?>[] constants) {
    byte[][] names = new byte[constants.length][];
    for (int i = 0; i < constants.length; i++) {
      names[i] = utf8(constants[i].name());
    }
    return names;
  }
}
