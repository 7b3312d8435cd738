package io.loanradar.core.contract;

import io.loanradar.core.customer.IndustryCode;
import io.loanradar.core.customer.RegionCode;
import io.loanradar.core.customer.Uscc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The type of a contract column: how a cleaned cell is parsed into a value, or why it cannot be.
 *
 * <p>{@link #parse} returns the typed value ({@link String}, {@link BigDecimal}, {@link Long},
 * {@link Boolean}, {@link LocalDate}, {@link java.time.LocalDateTime} or {@link YearMonth}) or a
 * {@link Problem}; it never throws for bad input.
 */
public sealed interface ColumnType {

  /**
   * Parses a non-empty, trimmed cell.
   *
   * @param text the cell text after {@link Cells#clean}
   * @param today the date of the import, for rules that forbid future dates
   * @return the value, or a {@link Problem}
   */
  Object parse(String text, LocalDate today);

  /** Free text of bounded length. */
  record Text(int maxLength) implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      if (text.length() > maxLength) {
        return new Problem(
            "长度" + text.length() + "超过上限" + maxLength,
            "length " + text.length() + " exceeds " + maxLength);
      }
      return text;
    }
  }

  /** Sign rule of a money or number column. */
  enum Sign {
    /** Any sign. */
    ANY,
    /** Zero or more. */
    NON_NEGATIVE,
    /** Strictly more than zero. */
    POSITIVE
  }

  /** CNY yuan with at most two fraction digits; thousands separators accepted. */
  record Amount(Sign sign) implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      Object parsed = Numbers.decimal(text);
      if (parsed instanceof Problem) {
        return parsed;
      }
      BigDecimal value = (BigDecimal) parsed;
      if (Math.max(value.scale(), 0) > 2 && value.stripTrailingZeros().scale() > 2) {
        return new Problem("金额最多两位小数", "an amount has at most 2 decimals");
      }
      Problem signProblem = Numbers.checkSign(value, sign);
      return signProblem != null
          ? signProblem
          : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
  }

  /** A decimal number within bounds, e.g. a rate or a weight. */
  record Decimal(BigDecimal min, BigDecimal max, boolean minExclusive) implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      Object parsed = Numbers.decimal(text);
      if (parsed instanceof Problem) {
        return parsed;
      }
      BigDecimal value = (BigDecimal) parsed;
      int low = value.compareTo(min);
      if (low < 0 || minExclusive && low == 0 || value.compareTo(max) > 0) {
        String range =
            (minExclusive ? "(" : "[") + min.toPlainString() + ", " + max.toPlainString() + "]";
        return new Problem("应在" + range + "范围内", "must lie in " + range);
      }
      return value;
    }
  }

  /** A whole number not below a minimum. */
  record Whole(long min) implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      String t = Numbers.withoutGrouping(Cells.halfWidth(text));
      long value;
      try {
        value = Long.parseLong(t);
      } catch (NumberFormatException e) {
        return new Problem("不是整数", "not a whole number");
      }
      if (value < min) {
        return new Problem("不能小于" + min, "must not be below " + min);
      }
      return value;
    }
  }

  /** A calendar date in one of the accepted formats. */
  record Date(boolean notInFuture) implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      Optional<LocalDate> date = Dates.date(Cells.halfWidth(text));
      if (date.isEmpty()) {
        return Dates.badDate();
      }
      if (notInFuture && date.get().isAfter(today)) {
        return Dates.future(today);
      }
      return date.get();
    }
  }

  /** A date or an ISO-8601 timestamp, kept as local time in Asia/Shanghai. */
  record DateTime(boolean notInFuture) implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      var value = Dates.dateTime(Cells.halfWidth(text));
      if (value.isEmpty()) {
        return new Problem(
            "日期或时间格式无法识别（应为 YYYY-MM-DD 或 2024-03-01T09:30:00）",
            "not a date or ISO-8601 timestamp (YYYY-MM-DD or 2024-03-01T09:30:00)");
      }
      if (notInFuture && value.get().toLocalDate().isAfter(today)) {
        return Dates.future(today);
      }
      return value.get();
    }
  }

  /** A calendar month {@code YYYY-MM}. */
  record Month() implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      Optional<YearMonth> month = Dates.month(Cells.halfWidth(text));
      return month.isPresent()
          ? month.get()
          : new Problem("月份格式应为 YYYY-MM", "a month is written YYYY-MM");
    }
  }

  /** One code of a closed set, matched case-insensitively, with aliases. */
  record Code(Map<String, String> accepted, List<String> canonical) implements ColumnType {

    /** Copies the tables. */
    public Code {
      accepted = Map.copyOf(accepted);
      canonical = List.copyOf(canonical);
    }

    /** The codes of an enum plus aliases (alias → enum constant name). */
    public static <E extends Enum<E>> Code of(Class<E> type, String... aliasPairs) {
      Map<String, String> map = new LinkedHashMap<>();
      List<String> names = new java.util.ArrayList<>();
      for (E e : type.getEnumConstants()) {
        map.put(e.name().toUpperCase(Locale.ROOT), e.name());
        names.add(e.name());
      }
      for (int i = 0; i < aliasPairs.length; i += 2) {
        map.put(aliasPairs[i].toUpperCase(Locale.ROOT), aliasPairs[i + 1]);
      }
      return new Code(map, names);
    }

    @Override
    public Object parse(String text, LocalDate today) {
      String code = accepted.get(Cells.halfWidth(text).toUpperCase(Locale.ROOT));
      if (code == null) {
        String allowed = String.join(", ", canonical);
        return new Problem("未知代码，可选值：" + allowed, "unknown code; allowed: " + allowed);
      }
      return code;
    }
  }

  /** {@code ;}-separated codes of a closed set; stored as the cleaned list text. */
  record CodeList(Code element) implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      StringBuilder out = new StringBuilder();
      for (String part : text.split(";")) {
        String p = part.strip();
        if (p.isEmpty()) {
          continue;
        }
        Object code = element.parse(p, today);
        if (code instanceof Problem problem) {
          return new Problem("“" + p + "”：" + problem.zh(), "'" + p + "': " + problem.en());
        }
        out.append(out.length() == 0 ? "" : ";").append(code);
      }
      return out.toString();
    }
  }

  /** Yes or no: {@code true/false/1/0/是/否}. */
  record Flag() implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      return switch (Cells.halfWidth(text).toLowerCase(Locale.ROOT)) {
        case "true", "1", "是", "y", "yes" -> Boolean.TRUE;
        case "false", "0", "否", "n", "no" -> Boolean.FALSE;
        default -> new Problem("应为 是/否、true/false 或 1/0", "must be true/false, 1/0 or 是/否");
      };
    }
  }

  /** 统一社会信用代码 with its GB 32100-2015 check character. */
  record UsccCode() implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      String code = Cells.halfWidth(text).toUpperCase(Locale.ROOT);
      return Uscc.problem(code)
          .<Object>map(p -> new Problem("统一社会信用代码无效（" + p + "）", "invalid USCC (" + p + ")"))
          .orElse(code);
    }
  }

  /** GB/T 4754-2017 industry code. */
  record Industry() implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      String code = Cells.halfWidth(text).toUpperCase(Locale.ROOT);
      return IndustryCode.problem(code)
          .<Object>map(
              p ->
                  new Problem(
                      "行业代码不符合 GB/T 4754-2017（" + p + "）", "invalid GB/T 4754 code (" + p + ")"))
          .orElse(code);
    }
  }

  /** GB/T 2260 region code or another short code. */
  record Region() implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      String code = Cells.halfWidth(text);
      return RegionCode.problem(code)
          .<Object>map(p -> new Problem("地区代码无效（" + p + "）", "invalid region code (" + p + ")"))
          .orElse(code);
    }
  }

  /** An http or https address. */
  record Url() implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (text.length() > 1000
          || !(lower.startsWith("http://") || lower.startsWith("https://"))
          || text.chars().anyMatch(c -> c <= ' ')) {
        return new Problem(
            "网址须以 http:// 或 https:// 开头且不含空格",
            "a URL must start with http:// or https:// and hold no blanks");
      }
      return text;
    }
  }

  /** ISO 4217 currency code. */
  record Currency() implements ColumnType {
    @Override
    public Object parse(String text, LocalDate today) {
      String code = Cells.halfWidth(text).toUpperCase(Locale.ROOT);
      try {
        return java.util.Currency.getInstance(code).getCurrencyCode();
      } catch (IllegalArgumentException e) {
        return new Problem("不是 ISO 4217 币种代码", "not an ISO 4217 currency code");
      }
    }
  }
}
