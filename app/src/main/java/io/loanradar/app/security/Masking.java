package io.loanradar.app.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Masks personal data (个人信息脱敏) for roles that do not need it: a person's name keeps its first
 * character ({@code 张*}, {@code 欧阳**}), a resident ID number its first 3 and last 4 ({@code
 * 110***********1234}), a mobile number its first 3 and last 4 ({@code 138****5678}). RMs, branch
 * managers and risk managers see personal data of the customers in their scope unmasked (they call
 * and visit these people); every other role sees it masked. Whoever shows a value unmasked writes
 * {@code VIEW_PERSONAL_DATA} to the audit log.
 */
public final class Masking {

  private static final Set<Role> NEED_PERSONAL_DATA =
      EnumSet.of(Role.RM, Role.BRANCH_MANAGER, Role.RISK_MANAGER);

  private Masking() {}

  /** Whether any of the roles needs personal data unmasked. */
  public static boolean unmaskedFor(Set<Role> roles) {
    return roles.stream().anyMatch(NEED_PERSONAL_DATA::contains);
  }

  /**
   * A person's name: first character kept, one {@code *} per further character; null stays null.
   */
  public static String name(String name) {
    if (name == null || name.isBlank()) {
      return name;
    }
    String text = name.strip();
    int first = text.offsetByCodePoints(0, 1);
    return text.substring(0, first) + "*".repeat(text.codePointCount(first, text.length()));
  }

  /** An ID number: first 3 and last 4 kept; shorter than 8 characters, all masked. */
  public static String idNumber(String id) {
    return keepEnds(id, 3, 4);
  }

  /** A phone number: first 3 and last 4 kept; shorter than 8 characters, all masked. */
  public static String phone(String phone) {
    return keepEnds(phone, 3, 4);
  }

  private static String keepEnds(String value, int head, int tail) {
    if (value == null || value.isBlank()) {
      return value;
    }
    String text = value.strip();
    if (text.length() < head + tail + 1) {
      return "*".repeat(text.length());
    }
    return text.substring(0, head)
        + "*".repeat(text.length() - head - tail)
        + text.substring(text.length() - tail);
  }
}
