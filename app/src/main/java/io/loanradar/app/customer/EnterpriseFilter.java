package io.loanradar.app.customer;

import java.util.Locale;
import java.util.Map;

/**
 * What the enterprise list is narrowed to and ordered by. Blank values do not filter.
 *
 * @param query part of the name, or an exact id or USCC
 * @param grade A, B or C
 * @param tier STRATEGIC, KEY_GROWTH or GENERAL
 * @param industry GB/T 4754 code prefix, e.g. {@code C} or {@code C36}
 * @param region GB/T 2260 code prefix, e.g. {@code 32} for Jiangsu
 * @param branch branch id
 * @param rm relationship manager id
 * @param sort {@code id}, {@code score} (highest first) or {@code name}
 */
public record EnterpriseFilter(
    String query,
    String grade,
    String tier,
    String industry,
    String region,
    String branch,
    String rm,
    String sort) {

  private static final Map<String, String> ORDER =
      Map.of(
          "id", "e.enterprise_id",
          "score", "s.score DESC NULLS LAST, e.enterprise_id",
          "name", "e.name, e.enterprise_id");

  /** Normalises blanks to empty text and checks the sort key. */
  public EnterpriseFilter {
    query = clean(query);
    grade = clean(grade).toUpperCase(Locale.ROOT);
    tier = clean(tier).toUpperCase(Locale.ROOT);
    industry = clean(industry).toUpperCase(Locale.ROOT);
    region = clean(region);
    branch = clean(branch);
    rm = clean(rm);
    sort = clean(sort).isEmpty() ? "id" : clean(sort);
    if (!ORDER.containsKey(sort)) {
      throw new IllegalArgumentException("unknown sort " + sort + "; use id, score or name");
    }
  }

  /** No filter, by id. */
  public static EnterpriseFilter all() {
    return new EnterpriseFilter("", "", "", "", "", "", "", "id");
  }

  /** The SQL ORDER BY expression of the sort key. */
  String orderBy() {
    return ORDER.get(sort);
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip();
  }
}
