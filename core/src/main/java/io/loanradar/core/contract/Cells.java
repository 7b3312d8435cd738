package io.loanradar.core.contract;

import java.text.Normalizer;

/** Clean-up of raw cell text shared by every column type. */
final class Cells {

  private Cells() {}

  /**
   * Trims ordinary and full-width blanks and maps the contract's unknown markers ({@code NULL},
   * {@code N/A}, {@code -}, {@code --}) to null.
   */
  static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String text = strip(raw);
    if (text.length() <= 4 && unknown(text)) {
      return null;
    }
    return text;
  }

  private static boolean unknown(String text) {
    return text.isEmpty()
        || text.equals("-")
        || text.equals("--")
        || text.equalsIgnoreCase("NULL")
        || text.equalsIgnoreCase("N/A");
  }

  /** Folds full-width digits, letters and punctuation (全角) to their ASCII forms. */
  static String halfWidth(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E' || c == '\u3000') {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
      }
    }
    return text;
  }

  private static String strip(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && isBlank(raw.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || Character.isWhitespace(c);
  }
}
