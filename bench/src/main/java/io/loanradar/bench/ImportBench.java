package io.loanradar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times the import of a synthetic bank's transactions into PostgreSQL and H2 with the packaged
 * command line, next to {@code psql \copy} of the same file into a plain table, and prints the
 * figures as a Markdown table. Every tool runs as a child process, timed from start to exit.
 * PostgreSQL's import is also timed to its batch's commit (process start to the commit, from the
 * report's line): a first load builds the indexes of its transactions and the daily aggregates
 * after that, from committed rows.
 *
 * <p>Options: {@code --jar} (app/target/loanradar.jar), {@code --bank DIR} (the generated bank),
 * {@code --h2-bank DIR} (defaults to {@code --bank}), {@code --runs N} (3), {@code --xmx SIZE}
 * (1g), {@code --work DIR} (logs and H2 stores), {@code --pg-host}, {@code --pg-port}, {@code
 * --pg-user}, {@code --pg-db} (127.0.0.1, 5432, postgres, test) and {@code --skip-h2}.
 */
public final class ImportBench {

  private static final String SCHEMA = "bench_import";
  private static final String REFERENCE = "bench_txn_ref";
  private static final Pattern HEAP =
      Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

  /** SQL types of the transaction columns, as the store declares them. */
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("txn_id", "VARCHAR(64)"),
          Map.entry("enterprise_id", "VARCHAR(32)"),
          Map.entry("account_id", "VARCHAR(40)"),
          Map.entry("booked_at", "TIMESTAMP"),
          Map.entry("amount", "NUMERIC(20,2)"),
          Map.entry("direction", "VARCHAR(3)"),
          Map.entry("counterparty_name", "VARCHAR(200)"),
          Map.entry("counterparty_account", "VARCHAR(40)"),
          Map.entry("counterparty_enterprise_id", "VARCHAR(32)"),
          Map.entry("purpose", "VARCHAR(32)"),
          Map.entry("channel", "VARCHAR(20)"),
          Map.entry("balance_after", "NUMERIC(20,2)"),
          Map.entry("currency", "VARCHAR(3)"),
          Map.entry("fx_rate", "NUMERIC(20,6)"));

  private final Map<String, String> options;
  private final Path work;

  private ImportBench(Map<String, String> options) throws IOException {
    this.options = options;
    this.work = Files.createDirectories(Path.of(option("work", "/tmp/loanradar-bench/work")));
  }

  /**
   * One timed command: wall seconds, rows it loaded, heap figures from its GC log, and the wall
   * seconds until its batch was committed (the import's report tells how long after the commit it
   * went on building indexes and aggregates; {@code seconds} for a command that does nothing
   * after).
   */
  record Timing(
      double seconds, long rows, double peakHeapMib, double maxLiveMib, double committedSeconds) {
    double rowsPerSecond() {
      return rows / seconds;
    }

    double committedRowsPerSecond() {
      return rows / committedSeconds;
    }
  }

  /** The import's report line: total and committed seconds of the batch. */
  private static final Pattern BATCH =
      Pattern.compile("batch \\d+ +\\(([0-9.]+) s(?:; \\S+ committed ([0-9.]+) s)?\\)");

  /**
   * Runs the benchmark.
   *
   * @param args {@code --name value} pairs, see the class comment
   * @throws Exception when a tool fails; its log under the work folder says why
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name, got " + args[i]);
      }
      String name = args[i].substring(2);
      boolean flag = i + 1 == args.length || args[i + 1].startsWith("--");
      options.put(name, flag ? "true" : args[++i]);
    }
    new ImportBench(options).run();
  }

  private String option(String name, String fallback) {
    return options.getOrDefault(name, fallback);
  }

  private void run() throws IOException, InterruptedException {
    int runs = Integer.parseInt(option("runs", "3"));
    Path bank = Path.of(option("bank", "/tmp/loanradar-bench/bank"));
    Path h2Bank = Path.of(option("h2-bank", bank.toString()));
    boolean h2 = !options.containsKey("skip-h2");
    List<Timing[]> rows = new ArrayList<>();
    for (int r = 1; r <= runs; r++) {
      Timing copy = copy(bank.resolve("transactions.csv"), r);
      Timing pg = importInto(true, bank, r);
      Timing onH2 = h2 ? importInto(false, h2Bank, r) : null;
      rows.add(new Timing[] {copy, pg, onH2});
      System.err.printf(Locale.ROOT, "run %d done%n", r);
    }
    print(rows, h2);
  }

  private Timing copy(Path csv, int run) throws IOException, InterruptedException {
    String header = Files.lines(csv, StandardCharsets.UTF_8).findFirst().orElseThrow();
    List<String> columns = new ArrayList<>();
    for (String name : header.replace("\uFEFF", "").split(",")) {
      String column = name.trim().toLowerCase(Locale.ROOT);
      columns.add(column + " " + TYPES.getOrDefault(column, "TEXT"));
    }
    psql(
        "DROP TABLE IF EXISTS "
            + REFERENCE
            + "; CREATE TABLE "
            + REFERENCE
            + " ("
            + String.join(", ", columns)
            + ")",
        work.resolve("copy-setup.log"));
    Path log = work.resolve("copy-" + run + ".log");
    long start = System.nanoTime();
    psql("\\copy " + REFERENCE + " FROM '" + csv.toAbsolutePath() + "' CSV HEADER", log);
    double seconds = (System.nanoTime() - start) / 1e9;
    Matcher m = Pattern.compile("COPY (\\d+)").matcher(Files.readString(log));
    if (!m.find()) {
      throw new IllegalStateException("psql reported no COPY count, see " + log);
    }
    psql("DROP TABLE " + REFERENCE, work.resolve("copy-setup.log"));
    return new Timing(seconds, Long.parseLong(m.group(1)), Double.NaN, Double.NaN, seconds);
  }

  private Timing importInto(boolean postgres, Path bank, int run)
      throws IOException, InterruptedException {
    String store = postgres ? "pg" : "h2";
    Path gc = work.resolve("gc-" + store + "-" + run + ".log");
    Path log = work.resolve("import-" + store + "-" + run + ".log");
    Path h2Dir = work.resolve("h2-store");
    List<String> command =
        new ArrayList<>(
            List.of(
                "java",
                "-Xmx" + option("xmx", "1g"),
                "-Xlog:gc:file=" + gc,
                "-Dlogging.level.io.loanradar.app.ingest=DEBUG",
                "-jar",
                option("jar", "app/target/loanradar.jar"),
                "import",
                bank.resolve("enterprises.csv").toString(),
                bank.resolve("transactions.csv").toString()));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("SPRING_DATASOURCE_URL");
    if (postgres) {
      psql(
          "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE; CREATE SCHEMA " + SCHEMA,
          work.resolve("schema-setup.log"));
      builder
          .environment()
          .put(
              "SPRING_DATASOURCE_URL",
              "jdbc:postgresql://"
                  + pgHost()
                  + ":"
                  + option("pg-port", "5432")
                  + "/"
                  + option("pg-db", "test")
                  + "?currentSchema="
                  + SCHEMA);
      builder.environment().put("SPRING_DATASOURCE_USERNAME", option("pg-user", "postgres"));
      builder.environment().put("SPRING_DATASOURCE_PASSWORD", "");
    } else {
      delete(h2Dir);
      command.addAll(List.of("--data-dir", h2Dir.toString()));
      builder.command(command);
    }
    long start = System.nanoTime();
    int exit = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start().waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (exit != 0) {
      throw new IllegalStateException("import into " + store + " exited " + exit + ", see " + log);
    }
    long rows = transactionsRead(log);
    double[] heap = heap(gc);
    if (!postgres) {
      delete(h2Dir);
    }
    return new Timing(seconds, rows, heap[0], heap[1], seconds - afterCommit(log));
  }

  /**
   * Seconds the import went on after its batch's commit, from its report line; 0 for a build that
   * did everything before the commit and printed one time.
   */
  private static double afterCommit(Path log) throws IOException {
    Matcher m = BATCH.matcher(Files.readString(log, StandardCharsets.UTF_8));
    if (!m.find()) {
      throw new IllegalStateException("no batch line in " + log);
    }
    return m.group(2) == null ? 0 : Double.parseDouble(m.group(1)) - Double.parseDouble(m.group(2));
  }

  private static long transactionsRead(Path log) throws IOException {
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      if (line.startsWith("transactions.csv,")) {
        String[] cells = line.split(",");
        if (!cells[2].equals(cells[3])) {
          throw new IllegalStateException("not every transaction was inserted, see " + log);
        }
        return Long.parseLong(cells[2]);
      }
    }
    throw new IllegalStateException("no report line for transactions.csv in " + log);
  }

  /** Largest heap in use before a collection, and largest left after one, in MiB. */
  static double[] heap(Path gcLog) throws IOException {
    double peak = 0;
    double live = 0;
    for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
      Matcher m = HEAP.matcher(line);
      if (m.find()) {
        peak = Math.max(peak, mib(m.group(1), m.group(2)));
        live = Math.max(live, mib(m.group(3), m.group(4)));
      }
    }
    return new double[] {peak, live};
  }

  private static double mib(String value, String unit) {
    double v = Double.parseDouble(value);
    return switch (unit) {
      case "K" -> v / 1024;
      case "G" -> v * 1024;
      default -> v;
    };
  }

  private String pgHost() {
    return option("pg-host", "127.0.0.1");
  }

  private void psql(String sql, Path log) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                "psql",
                "-X",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                pgHost(),
                "-p",
                option("pg-port", "5432"),
                "-U",
                option("pg-user", "postgres"),
                "-d",
                option("pg-db", "test"),
                "-c",
                sql)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("psql failed, see " + log);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static void print(List<Timing[]> runs, boolean h2) {
    StringBuilder out = new StringBuilder();
    out.append("| run | rows | \\copy s | \\copy rows/s | PG import s | PG rows/s | PG ÷ \\copy")
        .append(" | PG committed s | committed ÷ \\copy | PG peak heap MiB | PG max live MiB |");
    if (h2) {
      out.append(" H2 rows | H2 import s | H2 rows/s | H2 ÷ \\copy | H2 peak heap MiB |");
    }
    out.append('\n').append("|---".repeat(h2 ? 16 : 11)).append("|\n");
    for (int r = 0; r < runs.size(); r++) {
      row(out, Integer.toString(r + 1), runs.get(r), h2);
    }
    Timing[] median = new Timing[3];
    for (int k = 0; k < (h2 ? 3 : 2); k++) {
      int column = k;
      median[k] =
          new Timing(
              median(runs, t -> t[column].seconds()),
              runs.get(0)[k].rows(),
              median(runs, t -> t[column].peakHeapMib()),
              median(runs, t -> t[column].maxLiveMib()),
              median(runs, t -> t[column].committedSeconds()));
    }
    row(out, "**median**", median, h2);
    System.out.print(out);
  }

  private static void row(StringBuilder out, String label, Timing[] t, boolean h2) {
    Timing copy = t[0];
    Timing pg = t[1];
    out.append(
        String.format(
            Locale.ROOT,
            "| %s | %,d | %.1f | %,.0f | %.1f | %,.0f | %.2f | %.1f | %.2f | %.0f | %.0f |",
            label,
            copy.rows(),
            copy.seconds(),
            copy.rowsPerSecond(),
            pg.seconds(),
            pg.rowsPerSecond(),
            pg.rowsPerSecond() / copy.rowsPerSecond(),
            pg.committedSeconds(),
            pg.committedRowsPerSecond() / copy.rowsPerSecond(),
            pg.peakHeapMib(),
            pg.maxLiveMib()));
    if (h2) {
      Timing onH2 = t[2];
      out.append(
          String.format(
              Locale.ROOT,
              " %,d | %.1f | %,.0f | %.2f | %.0f |",
              onH2.rows(),
              onH2.seconds(),
              onH2.rowsPerSecond(),
              onH2.rowsPerSecond() / copy.rowsPerSecond(),
              onH2.peakHeapMib()));
    }
    out.append('\n');
  }

  private static double median(
      List<Timing[]> runs, java.util.function.ToDoubleFunction<Timing[]> value) {
    double[] v = runs.stream().mapToDouble(value).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
