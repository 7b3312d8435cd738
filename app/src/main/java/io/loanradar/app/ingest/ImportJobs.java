package io.loanradar.app.ingest;

import io.loanradar.app.LoanRadarProperties;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files imported in the background, so that a person uploading a large file sees its
 * progress. Uploads are kept under {@code <data-dir>/uploads} until their batch ends.
 */
@Service
public class ImportJobs implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

  private static final int KEPT_JOBS = 100;

  private final Importer importer;
  private final Clock clock;
  private final Path uploads;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "import"));
  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  ImportJobs(Importer importer, Clock clock, LoanRadarProperties properties) {
    this.importer = importer;
    this.clock = clock;
    this.uploads = properties.dataDir().resolve("uploads");
  }

  /** State of one background import. */
  public static final class Job {
    private final String id;
    private final List<String> files;
    private final AtomicLong rowsRead = new AtomicLong();
    private final AtomicReference<String> currentFile = new AtomicReference<>("");
    private final AtomicBoolean deriving = new AtomicBoolean();
    private final AtomicReference<ImportReport> report = new AtomicReference<>();
    private final AtomicReference<String> error = new AtomicReference<>();

    Job(String id, List<String> files) {
      this.id = id;
      this.files = List.copyOf(files);
    }

    /** The job id. */
    public String id() {
      return id;
    }

    /** The uploaded file names. */
    public List<String> files() {
      return files;
    }

    /** Rows read so far in the file being read. */
    public long rowsRead() {
      return rowsRead.get();
    }

    /** The file being read. */
    public String currentFile() {
      return currentFile.get();
    }

    /**
     * Whether the batch has committed and its indexes and daily aggregates are being built, the
     * last step of a first load into PostgreSQL.
     */
    public boolean deriving() {
      return deriving.get();
    }

    /** The report, once the batch committed. */
    public Optional<ImportReport> report() {
      return Optional.ofNullable(report.get());
    }

    /** Why the batch failed (nothing of it was kept), if it did. */
    public Optional<String> error() {
      return Optional.ofNullable(error.get());
    }

    /** Whether the job has ended. */
    public boolean done() {
      return report.get() != null || error.get() != null;
    }
  }

  /**
   * Saves uploaded files and starts importing them as one batch.
   *
   * @param actor who uploads
   * @param origin {@code web} or {@code rest}
   */
  public Job submit(List<MultipartFile> files, String actor, String origin) throws IOException {
    String id = UUID.randomUUID().toString();
    Path dir = Files.createDirectories(uploads.resolve(id));
    List<Path> saved = new ArrayList<>();
    for (MultipartFile file : files) {
      if (file.isEmpty()
          && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
        continue;
      }
      String name = safeName(file.getOriginalFilename(), saved.size());
      Path target = dir.resolve(name);
      if (Files.exists(target)) {
        target = dir.resolve(saved.size() + "-" + name);
      }
      try (InputStream in = file.getInputStream()) {
        Files.copy(in, target);
      }
      saved.add(target);
    }
    if (saved.isEmpty()) {
      throw new IllegalArgumentException("没有上传文件 / no file was uploaded");
    }
    Job job = new Job(id, saved.stream().map(p -> p.getFileName().toString()).toList());
    if (jobs.size() >= KEPT_JOBS) {
      jobs.values().removeIf(Job::done);
    }
    jobs.put(id, job);
    worker.submit(() -> run(job, saved, dir, actor, origin));
    return job;
  }

  /** A job by id. */
  public Optional<Job> find(String id) {
    return Optional.ofNullable(jobs.get(id));
  }

  /** Waits for a job to end and returns it (for REST callers that want the report at once). */
  public Job await(Job job) throws InterruptedException {
    synchronized (job) {
      while (!job.done()) {
        job.wait(1000);
      }
    }
    return job;
  }

  private void run(Job job, List<Path> files, Path dir, String actor, String origin) {
    try {
      ImportReport report =
          importer.importPaths(
              files,
              ImportRequest.of(actor, origin, LocalDate.now(clock)),
              new ImportProgress() {
                @Override
                public void rowsRead(String file, long rows) {
                  job.currentFile.set(file);
                  job.rowsRead.set(rows);
                }

                @Override
                public void deriving(long batchId) {
                  job.deriving.set(true);
                }
              });
      job.report.set(report);
    } catch (IOException | java.sql.SQLException | RuntimeException e) {
      log.error("import job {} failed; nothing of it was kept", job.id, e);
      job.error.set("导入失败，本批次未写入任何数据 / the import failed and nothing of it was kept");
    } finally {
      synchronized (job) {
        job.notifyAll();
      }
      deleteQuietly(files, dir);
    }
  }

  static String safeName(String original, int index) {
    String name = original == null ? "" : original.replace('\\', '/');
    name =
        name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}:*?\"<>|]", "_").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "upload-" + index + ".csv";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  private static void deleteQuietly(List<Path> files, Path dir) {
    try {
      for (Path f : files) {
        Files.deleteIfExists(f);
      }
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      log.warn("could not remove uploaded files in {}", dir, e);
    }
  }

  @Override
  public void close() {
    worker.shutdown();
  }
}
