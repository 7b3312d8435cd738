package io.loanradar.app.ingest;

import java.io.IOException;
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

  ImportPage(ImportJobs jobs, ImportBatches batches) {
    this.jobs = jobs;
    this.batches = batches;
  }

  @GetMapping("/imports")
  String page(Model model) {
    model.addAttribute("batches", batches.recent(20));
    return "imports";
  }

  @PostMapping("/imports")
  String upload(@RequestParam("files") List<MultipartFile> files, Model model) throws IOException {
    model.addAttribute("job", jobs.submit(files, "web", "web"));
    return "import-job :: job";
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
