package io.loanradar.app.ingest;

import io.loanradar.app.store.StoreTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports contract files as one batch: every file is read and checked, good rows are staged, and
 * the batch is merged into the store in a single transaction. Either all of a batch is kept or none
 * of it, also when the process dies; batches run one at a time.
 */
@Service
public class Importer {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Importer.class);

  private final DataSource dataSource;
  private final Clock clock;
  private final ApplicationEventPublisher events;
  private final DerivedData derived;

  /** Creates the importer over the store's data source. */
  public Importer(
      DataSource dataSource, Clock clock, ApplicationEventPublisher events, DerivedData derived) {
    this.dataSource = dataSource;
    this.clock = clock;
    this.events = events;
    this.derived = derived;
  }

  /**
   * Imports files and folders (every {@code .csv} and {@code .xlsx} inside, in name order) as one
   * batch.
   *
   * @throws IOException when a file cannot be read
   * @throws SQLException when the store fails; the batch is rolled back
   */
  public ImportReport importPaths(List<Path> paths, ImportRequest request)
      throws IOException, SQLException {
    return importPaths(paths, request, ImportProgress.NONE);
  }

  /**
   * Imports files and folders as one batch, telling {@code progress} how far it has read.
   *
   * @throws IOException when a file cannot be read
   * @throws SQLException when the store fails; the batch is rolled back
   */
  public ImportReport importPaths(List<Path> paths, ImportRequest request, ImportProgress progress)
      throws IOException, SQLException {
    return importPaths(paths, request, progress, true);
  }

  /**
   * Imports files and folders as one batch; {@code derive} false leaves what the batch has to build
   * after its commit (see {@link DerivedData}) to the next one who needs it, as a process killed
   * right after the commit would.
   */
  ImportReport importPaths(
      List<Path> paths, ImportRequest request, ImportProgress progress, boolean derive)
      throws IOException, SQLException {
    Instant start = clock.instant();
    List<Path> files = expand(paths);
    long batchId;
    List<FileReport> reports;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        lock(c);
        // what an earlier batch left to build, before this one merges into it
        derived.complete();
        batchId = openBatch(c, request);
        FirstLoad firstLoad = new FirstLoad(c);
        Stager stager = new Stager(c, batchId, request.today(), progress, firstLoad);
        List<Stager.Staged> staged = new ArrayList<>();
        for (Path file : files) {
          staged.add(stager.stage(file, request.kind(), request.encoding()));
        }
        reports = merge(c, batchId, staged, firstLoad);
        closeBatch(c, batchId);
        c.commit();
      } catch (IOException | SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        h2LockTimeout(c, H2_DEFAULT_LOCK_TIMEOUT);
      }
    }
    Duration committed = Duration.between(start, clock.instant());
    if (derive) {
      try {
        long committedBatch = batchId;
        derived.complete(() -> progress.deriving(committedBatch));
      } catch (SQLException | RuntimeException e) {
        // the batch stands; its derived data is built again by whoever needs it next
        log.warn(
            "batch {} was committed, but building its indexes and daily aggregates failed; the"
                + " next import or engine run builds them again",
            batchId,
            e);
      }
    }
    ImportReport report =
        new ImportReport(batchId, reports, Duration.between(start, clock.instant()), committed);
    events.publishEvent(new BatchCommitted(report));
    return report;
  }

  private List<FileReport> merge(
      Connection c, long batchId, List<Stager.Staged> staged, FirstLoad firstLoad)
      throws SQLException {
    Merger merger = new Merger(c, batchId, firstLoad);
    Map<Long, long[]> counts = new java.util.HashMap<>();
    for (StoreTable table : StoreTable.mergeOrder()) {
      if (staged.stream().anyMatch(s -> s.table().equals(Optional.of(table)))) {
        counts.putAll(merger.merge(table));
      }
    }
    firstLoad.finish(batchId);
    Map<Long, Long> quarantined = quarantinedRows(c, batchId);
    List<FileReport> reports = new ArrayList<>();
    for (Stager.Staged s : staged) {
      FileReport r = s.report();
      long[] n = counts.getOrDefault(s.fileId(), new long[3]);
      long q = quarantined.getOrDefault(s.fileId(), 0L);
      FileReport done =
          new FileReport(
              r.fileName(),
              r.kind(),
              r.encoding(),
              r.sha256(),
              r.rowsRead(),
              n[0],
              n[1],
              n[2],
              q,
              r.unknownColumns(),
              r.rejection());
      update(
          c,
          "UPDATE import_file SET inserted = ?, updated = ?, unchanged = ?, quarantined = ? WHERE file_id = ?",
          n[0],
          n[1],
          n[2],
          q,
          s.fileId());
      reports.add(done);
    }
    return reports;
  }

  private static Map<Long, Long> quarantinedRows(Connection c, long batchId) throws SQLException {
    Map<Long, Long> out = new java.util.HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT file_id, COUNT(DISTINCT line_no) FROM quarantine WHERE batch_id = ? GROUP BY file_id")) {
      ps.setLong(1, batchId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getLong(1), rs.getLong(2));
        }
      }
    }
    return out;
  }

  /** How long a batch waits for the one before it (H2; PostgreSQL waits without limit). */
  private static final long H2_WAIT_MILLIS = 60L * 60 * 1000;

  /** H2's lock timeout for everything else, as in the default JDBC URL. */
  private static final long H2_DEFAULT_LOCK_TIMEOUT = 10_000;

  private static void lock(Connection c) throws SQLException {
    h2LockTimeout(c, H2_WAIT_MILLIS);
    try (PreparedStatement ps =
            c.prepareStatement("SELECT holder FROM import_lock WHERE lock_id = 1 FOR UPDATE");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        throw new IllegalStateException("the import lock row is missing from the store");
      }
    }
  }

  private static void h2LockTimeout(Connection c, long millis) throws SQLException {
    if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
      try (var st = c.createStatement()) {
        st.execute("SET LOCK_TIMEOUT " + millis);
      }
    }
  }

  private long openBatch(Connection c, ImportRequest request) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO import_batch (started_at, status, actor, origin) VALUES (?, 'RUNNING', ?, ?)",
            new String[] {"batch_id"})) {
      ps.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now(clock)));
      ps.setString(2, request.actor());
      ps.setString(3, request.origin());
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void closeBatch(Connection c, long batchId) throws SQLException {
    update(
        c,
        "UPDATE import_batch SET status = 'COMMITTED', finished_at = ? WHERE batch_id = ?",
        Timestamp.valueOf(LocalDateTime.now(clock)),
        batchId);
    update(c, "UPDATE import_lock SET holder = ? WHERE lock_id = 1", batchId);
  }

  /** Runs an update with positional arguments. */
  static void update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  private static boolean isTable(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".csv") || name.endsWith(".xlsx");
  }

  private static List<Path> expand(List<Path> paths) throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> children = Files.list(p)) {
          children
              .filter(
                  f ->
                      Files.isRegularFile(f)
                          && f.getFileName()
                              .toString()
                              .toLowerCase(java.util.Locale.ROOT)
                              .endsWith(".csv"))
              .sorted(Comparator.comparing(Path::toString))
              .forEach(out::add);
        }
      } else if (Files.isRegularFile(p)) {
        out.add(p);
      } else {
        throw new java.io.FileNotFoundException("no such file or folder: " + p);
      }
    }
    return out;
  }
}
