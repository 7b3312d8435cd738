package io.loanradar.core.contract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file's header matched to a kind: where each contract column sits, which are missing, and the
 * unknown columns kept aside.
 *
 * @param kind the contract kind
 * @param positions for each contract column, its position in the file, or -1 when absent
 * @param missingRequired required columns the header lacks
 * @param unknown header names that are not contract columns
 */
public record Header(
    ContractKind kind, int[] positions, List<String> missingRequired, List<String> unknown) {

  /** Copies the arrays and lists. */
  public Header {
    positions = positions.clone();
    missingRequired = List.copyOf(missingRequired);
    unknown = List.copyOf(unknown);
  }

  /**
   * Matches header names to a kind: case-insensitive, surrounding blanks and a BOM trimmed.
   *
   * @param kind the kind to match against
   * @param names the header cells as read
   */
  public static Header match(ContractKind kind, List<String> names) {
    List<String> cleaned = names.stream().map(Header::normalise).toList();
    int[] positions = new int[kind.columns().size()];
    Arrays.fill(positions, -1);
    List<String> missing = new ArrayList<>();
    for (int c = 0; c < positions.length; c++) {
      Column column = kind.columns().get(c);
      positions[c] = cleaned.indexOf(column.name());
      if (positions[c] < 0 && column.required()) {
        missing.add(column.name());
      }
    }
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < cleaned.size(); i++) {
      String name = cleaned.get(i);
      if (!name.isEmpty() && !kind.columnNames().contains(name)) {
        unknown.add(names.get(i).replace("\uFEFF", "").strip());
      }
    }
    return new Header(kind, positions, missing, unknown);
  }

  /**
   * Recognises the kind of a file from its header: the kind whose required columns are all present
   * and that matches the most columns.
   */
  public static Optional<ContractKind> recognise(List<String> names) {
    return Arrays.stream(ContractKind.values())
        .map(k -> match(k, names))
        .filter(h -> h.missingRequired().isEmpty())
        .max(Comparator.comparingInt(Header::matched))
        .map(Header::kind);
  }

  /** Whether every required column is there. */
  public boolean complete() {
    return missingRequired.isEmpty();
  }

  /** How many contract columns the header has. */
  public int matched() {
    return (int) Arrays.stream(positions).filter(p -> p >= 0).count();
  }

  private static String normalise(String name) {
    String n = name == null ? "" : name.replace("\uFEFF", "");
    return Cells.halfWidth(n).strip().toLowerCase(Locale.ROOT);
  }
}
