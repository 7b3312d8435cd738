package io.loanradar.app.audit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit page (审计日志) for auditors: who saw or changed what, filtered by user, action, day. */
@Controller
class AuditPage {

  static final int PAGE_SIZE = 50;

  private final AuditLog log;

  AuditPage(AuditLog log) {
    this.log = log;
  }

  @GetMapping("/audit")
  String page(
      @RequestParam(name = "actor", defaultValue = "") String actor,
      @RequestParam(name = "action", defaultValue = "") String action,
      @RequestParam(name = "target", defaultValue = "") String target,
      @RequestParam(name = "from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate from,
      @RequestParam(name = "to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate to,
      @RequestParam(name = "page", defaultValue = "0") int page,
      Model model) {
    AuditFilter filter = new AuditFilter(actor, action, target, from, to);
    List<AuditEntry> entries =
        log.search(filter, (long) Math.max(page, 0) * PAGE_SIZE, PAGE_SIZE + 1);
    model.addAttribute("filter", filter);
    model.addAttribute(
        "entries", entries.size() > PAGE_SIZE ? entries.subList(0, PAGE_SIZE) : entries);
    model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
    model.addAttribute("pageNo", Math.max(page, 0));
    model.addAttribute("actions", AuditAction.values());
    return "audit";
  }
}
