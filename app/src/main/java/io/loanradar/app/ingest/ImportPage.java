package io.loanradar.app.ingest;

import io.loanradar.app.audit.AuditAction;
import io.loanradar.app.audit.AuditLog;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The import page (数据导入) for analysts: upload, watch progress, read reports, get quarantines. */
@Controller
class ImportPage {

  private final ImportJobs jobs;
  private final ImportBatches batches;
  private final AuditLog audit;

  ImportPage(ImportJobs jobs, ImportBatches batches, AuditLog audit) {
    this.jobs = jobs;
    this.batches = batches;
    this.audit = audit;
  }

  @GetMapping("/imports")
  String page(Model model) {
    model.addAttribute("batches", batches.recent(20));
    return "imports";
  }

  @PostMapping("/imports")
  String upload(@RequestParam("files") List<MultipartFile> files, Principal principal, Model model)
      throws IOException {
    ImportJobs.Job job = jobs.submit(files, principal.getName(), "web");
    audit.record(AuditAction.IMPORT, "job " + job.id(), "page upload: " + names(files));
    model.addAttribute("job", job);
    return "import-job :: job";
  }

  /** The uploaded files' names, for the audit log. */
  static String names(List<MultipartFile> files) {
    return files.stream()
        .map(MultipartFile::getOriginalFilename)
        .collect(java.util.stream.Collectors.joining(", "));
  }

  @GetMapping("/imports/jobs/{id}")
  String job(@PathVariable String id, Model model) {
    model.addAttribute(
        "job",
        jobs.find(id)
            .orElseThrow(
                () -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
    return "import-job :: job";
  }
}
