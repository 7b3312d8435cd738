package io.loanradar.core.scorecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small subset of YAML the scorecard configuration uses: nested maps indented by two
 * spaces, {@code key: scalar} lines, optional single or double quotes around a scalar, and {@code
 * #} comments. Lists, anchors, flow style and multi-line scalars are refused.
 */
final class YamlSubset {

  private YamlSubset() {}

  /**
   * The maps of the text, in file order; leaves are strings.
   *
   * @throws IllegalArgumentException naming the line and what is wrong
   */
  static Map<String, Object> parse(String text) {
    Map<String, Object> root = new LinkedHashMap<>();
    List<Map<String, Object>> open = new ArrayList<>(List.of(root));
    String pendingKey = null;
    String[] lines = text.split("\r?\n", -1);
    for (int n = 1; n <= lines.length; n++) {
      String line = stripComment(lines[n - 1]);
      if (line.isBlank()) {
        continue;
      }
      int depth = depth(line, n);
      if (pendingKey != null && depth != open.size() - 1) {
        throw error(n, "'" + pendingKey + "' has no value and nothing nested under it");
      }
      if (depth > open.size() - 1) {
        throw error(n, "indented deeper than its parent");
      }
      open.subList(depth + 1, open.size()).clear();
      pendingKey = put(open, line.strip(), n);
    }
    if (pendingKey != null) {
      throw new IllegalArgumentException("'" + pendingKey + "' has no value at the end");
    }
    return root;
  }

  /** Adds one {@code key: value} or {@code key:} line; returns the key when it opens a map. */
  private static String put(List<Map<String, Object>> open, String entry, int n) {
    if (entry.startsWith("- ") || entry.equals("-")) {
      throw error(n, "lists are not supported; use a map");
    }
    int colon = entry.indexOf(':');
    if (colon <= 0 || (colon + 1 < entry.length() && entry.charAt(colon + 1) != ' ')) {
      throw error(n, "expected 'key: value' or 'key:'");
    }
    String key = unquote(entry.substring(0, colon).strip(), n);
    String value = entry.substring(colon + 1).strip();
    Map<String, Object> parent = open.get(open.size() - 1);
    if (parent.containsKey(key)) {
      throw error(n, "duplicate key '" + key + "'");
    }
    if (value.isEmpty()) {
      Map<String, Object> child = new LinkedHashMap<>();
      parent.put(key, child);
      open.add(child);
      return key;
    }
    if (value.startsWith("[")
        || value.startsWith("{")
        || value.startsWith("&")
        || value.startsWith("*")
        || value.startsWith("|")
        || value.startsWith(">")) {
      throw error(n, "only plain or quoted scalars are supported: " + value);
    }
    parent.put(key, unquote(value, n));
    return null;
  }

  private static int depth(String line, int n) {
    int spaces = 0;
    while (spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    if (line.charAt(spaces) == '\t') {
      throw error(n, "tabs are not allowed for indentation");
    }
    if (spaces % 2 != 0) {
      throw error(n, "indent by multiples of two spaces");
    }
    return spaces / 2;
  }

  private static String stripComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  private static String unquote(String scalar, int n) {
    if (scalar.length() >= 2
        && (scalar.charAt(0) == '"' || scalar.charAt(0) == '\'')
        && scalar.charAt(scalar.length() - 1) == scalar.charAt(0)) {
      return scalar.substring(1, scalar.length() - 1);
    }
    if (scalar.startsWith("\"") || scalar.startsWith("'")) {
      throw error(n, "unclosed quote: " + scalar);
    }
    return scalar;
  }

  private static IllegalArgumentException error(int line, String what) {
    return new IllegalArgumentException("scorecard configuration line " + line + ": " + what);
  }
}
