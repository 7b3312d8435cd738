package io.loanradar.app.ingest;

import io.loanradar.app.audit.AuditAction;
import io.loanradar.app.audit.AuditLog;
import io.loanradar.app.security.DataScopes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** REST import: upload contract files as one batch and get its report; read batches back. */
@RestController
class ImportApi {

  private final ImportJobs jobs;
  private final ImportBatches batches;
  private final DataScopes scopes;
  private final AuditLog audit;

  ImportApi(ImportJobs jobs, ImportBatches batches, DataScopes scopes, AuditLog audit) {
    this.jobs = jobs;
    this.batches = batches;
    this.scopes = scopes;
    this.audit = audit;
  }

  /** Imports the uploaded files ({@code files} parts) as one batch and returns its report. */
  @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<?> upload(@RequestParam("files") List<MultipartFile> files, Principal principal)
      throws IOException, InterruptedException {
    ImportJobs.Job job = jobs.await(jobs.submit(files, principal.getName(), "rest"));
    audit.record(
        AuditAction.IMPORT,
        job.report().map(r -> "batch " + r.batchId()).orElse("failed"),
        "REST upload: " + ImportPage.names(files));
    if (job.report().isPresent()) {
      return ResponseEntity.ok(new Reply(job.report().get()));
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, job.error().orElse(""));
    problem.setTitle("import failed");
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
  }

  /** The files of a committed batch. */
  @GetMapping("/api/imports/{batchId}")
  ResponseEntity<List<FileReport>> batch(@PathVariable long batchId) {
    return batches
        .files(batchId)
        .map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  /**
   * Where a stored row came from: batch, file, line. {@code key} holds the key values in the kind's
   * key-column order, separated by {@code |} (e.g. {@code E001|2024-12-31|Y} for a statement).
   */
  @GetMapping("/api/lineage/{kind}")
  ResponseEntity<ImportBatches.Lineage> lineage(
      @PathVariable String kind, @RequestParam("key") String key) {
    io.loanradar.core.contract.ContractKind k;
    try {
      k = io.loanradar.core.contract.ContractKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown kind " + kind);
    }
    return batches
        .lineage(scopes.current(), k, List.of(key.split("\\|", -1)))
        .map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  /** A batch's quarantine as CSV, streamed. */
  @GetMapping(path = "/imports/{batchId}/quarantine.csv")
  void quarantine(@PathVariable long batchId, HttpServletResponse response) throws IOException {
    if (batches.files(batchId).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no batch " + batchId);
    }
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"quarantine-" + batchId + ".csv\"");
    batches.writeQuarantine(
        batchId, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  /**
   * The REST answer: the batch report plus its exit code.
   *
   * @param batchId batch id
   * @param exitCode as the command line would exit: 0, 2 or 3
   * @param files per-file reports
   * @param seconds time taken, until the batch's indexes and aggregates were built
   * @param committedSeconds time until the batch's rows were checked and committed
   */
  record Reply(
      long batchId, int exitCode, List<FileReport> files, double seconds, double committedSeconds) {
    Reply(ImportReport r) {
      this(
          r.batchId(),
          r.exitCode(),
          r.files(),
          r.elapsed().toMillis() / 1000.0,
          r.committed().toMillis() / 1000.0);
    }
  }
}
