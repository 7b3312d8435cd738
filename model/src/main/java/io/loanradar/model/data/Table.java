package io.loanradar.model.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A table read from a delimited text file: trimmed column names and the cells as text, a missing
 * cell ({@code ?}, empty, {@code NA}, {@code NaN}) held as {@code null}. Rows keep their line
 * number in the file so that messages can point at them.
 */
public final class Table {

  /** Cell texts that mean "no value". Compared after trimming, case-insensitively. */
  public static final Set<String> MISSING = Set.of("", "?", "na", "nan");

  private final String source;
  private final String sha256;
  private final List<String> names;
  private final Map<String, Integer> index;
  private final List<String[]> rows;
  private final int[] lines;

  private Table(
      String source, String sha256, List<String> names, List<String[]> rows, int[] lines) {
    this.source = source;
    this.sha256 = sha256;
    this.names = List.copyOf(names);
    this.index = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      if (index.put(names.get(i), i) != null) {
        throw new IllegalArgumentException(
            source + ": column name '" + names.get(i) + "' appears twice in the header");
      }
    }
    this.rows = rows;
    this.lines = lines;
  }

  /**
   * Reads a UTF-8 CSV file with a header row. The delimiter is a comma unless the header holds none
   * and does hold semicolons or tabs. Fields may be quoted with {@code "}.
   *
   * @throws IllegalArgumentException when the file is empty or a row has the wrong number of fields
   */
  public static Table read(Path file) throws IOException {
    String sha = sha256(file);
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      if (header == null) {
        throw new IllegalArgumentException(file + ": the file is empty, expected a header row");
      }
      if (header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      char delimiter = delimiter(header);
      List<String> names = new ArrayList<>();
      for (String name : split(header, delimiter, file, 1)) {
        names.add(name == null ? "" : name);
      }
      List<String[]> rows = new ArrayList<>();
      List<Integer> lineNumbers = new ArrayList<>();
      int lineNo = 1;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = split(line, delimiter, file, lineNo);
        if (cells.length != names.size()) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT,
                  "%s line %d: %d fields, but the header has %d columns",
                  file,
                  lineNo,
                  cells.length,
                  names.size()));
        }
        rows.add(cells);
        lineNumbers.add(lineNo);
      }
      if (rows.isEmpty()) {
        throw new IllegalArgumentException(file + ": no data rows under the header");
      }
      return new Table(
          file.toString(),
          sha,
          names,
          rows,
          lineNumbers.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  /** A table built in memory (tests, benchmarks); {@code null} cells are missing. */
  public static Table of(String source, List<String> names, List<String[]> rows) {
    int[] lines = new int[rows.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = i + 2;
      if (rows.get(i).length != names.size()) {
        throw new IllegalArgumentException(source + " row " + i + ": wrong number of fields");
      }
    }
    return new Table(source, "", names, List.copyOf(rows), lines);
  }

  /** The rows at the given positions, in that order. */
  public Table rows(int[] positions) {
    List<String[]> picked = new ArrayList<>(positions.length);
    int[] pickedLines = new int[positions.length];
    for (int i = 0; i < positions.length; i++) {
      picked.add(rows.get(positions[i]));
      pickedLines[i] = lines[positions[i]];
    }
    return new Table(source, sha256, names, picked, pickedLines);
  }

  public String source() {
    return source;
  }

  /** SHA-256 of the file's bytes, hex; empty for a table built in memory. */
  public String sha256() {
    return sha256;
  }

  public List<String> names() {
    return names;
  }

  public int size() {
    return rows.size();
  }

  public boolean has(String column) {
    return index.containsKey(column);
  }

  /**
   * The position of a column.
   *
   * @throws IllegalArgumentException naming the file and the columns it does have
   */
  public int column(String name, String role) {
    Integer i = index.get(name);
    if (i == null) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s column '%s' not found in %s; its columns are: %s",
              role,
              name,
              source,
              String.join(", ", names)));
    }
    return i;
  }

  /** The cell text, trimmed, or {@code null} when missing. */
  public String cell(int row, int column) {
    return rows.get(row)[column];
  }

  /** The line in the source file the row came from (the header is line 1). */
  public int line(int row) {
    return lines[row];
  }

  private static char delimiter(String header) {
    if (header.indexOf(',') >= 0) {
      return ',';
    }
    if (header.indexOf(';') >= 0) {
      return ';';
    }
    return header.indexOf('\t') >= 0 ? '\t' : ',';
  }

  private static String[] split(String line, char delimiter, Path file, int lineNo) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.toString().isBlank()) {
        quoted = true;
        wasQuoted = true;
        cell.setLength(0);
      } else if (c == delimiter) {
        cells.add(clean(cell.toString(), wasQuoted));
        cell.setLength(0);
        wasQuoted = false;
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException(
          file + " line " + lineNo + ": a quoted field is not closed (fields may not span lines)");
    }
    cells.add(clean(cell.toString(), wasQuoted));
    return cells.toArray(new String[0]);
  }

  private static String clean(String raw, boolean quoted) {
    String text = raw.trim();
    if (!quoted && MISSING.contains(text.toLowerCase(Locale.ROOT))) {
      return null;
    }
    return quoted && text.isEmpty() ? null : text;
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
