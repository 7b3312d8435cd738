package io.loanradar.app.riskdesk;

import io.loanradar.app.audit.AuditAction;
import io.loanradar.app.audit.AuditLog;
import io.loanradar.app.customer.Page;
import io.loanradar.app.security.DataScopes;
import io.loanradar.app.security.Role;
import io.loanradar.app.warning.Alerts;
import io.loanradar.app.warning.Watchlist;
import io.loanradar.core.warning.AlertStatus;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The alert queue (预警处置台). Everyone sees the open alerts of the customers in their scope, most
 * severe first with the SLA clock; risk managers and the customers' RMs move them through
 * acknowledge → in progress → resolved or false positive, each step kept with who, when and the
 * note. Risk managers keep the watchlist.
 */
@Controller
class AlertQueuePage {

  private final AlertQueue queue;
  private final Alerts alerts;
  private final Watchlist watchlist;
  private final DataScopes scopes;
  private final Clock clock;
  private final AuditLog audit;

  AlertQueuePage(
      AlertQueue queue,
      Alerts alerts,
      Watchlist watchlist,
      DataScopes scopes,
      Clock clock,
      AuditLog audit) {
    this.queue = queue;
    this.alerts = alerts;
    this.watchlist = watchlist;
    this.scopes = scopes;
    this.clock = clock;
    this.audit = audit;
  }

  /** Longest reason for taking an enterprise off the watchlist. */
  static final int MAX_REASON = 500;

  @GetMapping("/alerts")
  String queue(
      @RequestParam(name = "severity", defaultValue = "") String severity,
      @RequestParam(name = "page", defaultValue = "1") int page,
      Locale locale,
      Model model) {
    // the dashboard's response times drill down here, one severity at a time
    fill(model, locale, null, severityOrNull(severity), page);
    return "alerts";
  }

  /** A known severity's name, else null (every severity). */
  private static String severityOrNull(String severity) {
    String only = severity.strip().toUpperCase(Locale.ROOT);
    return java.util.Arrays.stream(io.loanradar.core.warning.Severity.values())
            .anyMatch(s -> s.name().equals(only))
        ? only
        : null;
  }

  @PostMapping("/alerts/{id}/move")
  String move(
      @PathVariable String id,
      @RequestParam("target") String target,
      @RequestParam(name = "note", defaultValue = "") String note,
      @RequestParam(name = "page", defaultValue = "1") int page,
      @RequestParam(name = "severity", defaultValue = "") String severity,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Principal who,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    if (!queue.alertVisible(scopes.current(), id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    AlertStatus status;
    try {
      status = AlertStatus.valueOf(target.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown status " + target);
    }
    String error = null;
    try {
      alerts.move(id, status, who.getName(), note.isBlank() ? null : note);
      audit.record(
          AuditAction.ALERT_MOVED, id, "to " + status + (note.isBlank() ? "" : ": " + note));
    } catch (IllegalArgumentException | IllegalStateException e) {
      error = e.getMessage();
    }
    if (htmx != null) {
      // the queue is drawn again as the user saw it: the same page of the same severity
      fill(model, locale, error, severityOrNull(severity), page);
      return "alerts :: queue";
    }
    if (error != null) {
      redirect.addFlashAttribute("error", error);
    }
    return "redirect:/alerts";
  }

  @PostMapping("/watchlist")
  String watch(
      @RequestParam("enterprise") String enterpriseId,
      @RequestParam("reason") String reason,
      @RequestParam("review") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate review,
      Principal who,
      RedirectAttributes redirect) {
    String id = enterpriseId.strip();
    if (!queue.enterpriseVisible(scopes.current(), id)) {
      redirect.addFlashAttribute("watchError", "没有这个客户 / no such customer: " + id);
      return "redirect:/alerts#watchlist";
    }
    try {
      watchlist.add(id, reason, review, who.getName());
      audit.record(AuditAction.WATCHLIST_ADDED, id, "review " + review + ": " + reason);
    } catch (IllegalArgumentException | IllegalStateException e) {
      redirect.addFlashAttribute("watchError", e.getMessage());
    }
    return "redirect:/alerts#watchlist";
  }

  @PostMapping("/watchlist/{enterprise}/remove")
  String unwatch(
      @PathVariable("enterprise") String enterpriseId,
      @RequestParam(name = "reason", defaultValue = "") String reason,
      Principal who,
      Locale locale,
      RedirectAttributes redirect) {
    if (!queue.enterpriseVisible(scopes.current(), enterpriseId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    String why = reason.strip();
    if (why.isEmpty() || why.length() > MAX_REASON) {
      redirect.addFlashAttribute(
          "watchError",
          "en".equals(locale.getLanguage())
              ? "Taking an enterprise off the watchlist needs a reason of 1-"
                  + MAX_REASON
                  + " characters"
              : "移出关注名单须填写原因（1–" + MAX_REASON + " 字）");
      return "redirect:/alerts#watchlist";
    }
    try {
      watchlist.remove(enterpriseId, why, who.getName());
      audit.record(AuditAction.WATCHLIST_REMOVED, enterpriseId, why);
    } catch (IllegalStateException e) {
      redirect.addFlashAttribute("watchError", e.getMessage());
    }
    return "redirect:/alerts#watchlist";
  }

  /** The steps of an alert's life, oldest first: who, when, which step and the note (htmx). */
  @GetMapping("/alerts/{id}/history")
  String history(@PathVariable String id, Model model) {
    if (!queue.alertVisible(scopes.current(), id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    model.addAttribute("alertId", id);
    model.addAttribute("steps", alerts.history(id));
    return "alerts :: history";
  }

  /**
   * The queue's page {@code page} (from 1; past the end, the last) of the open alerts in scope, of
   * one severity unless {@code severity} is null, with the counts by severity.
   */
  private void fill(Model model, Locale locale, String error, String severity, int page) {
    java.util.Map<String, Long> bySeverity = queue.openBySeverity(scopes.current());
    long total =
        severity == null
            ? bySeverity.values().stream().mapToLong(Long::longValue).sum()
            : bySeverity.getOrDefault(severity, 0L);
    Page<AlertQueue.Row> shown =
        Page.of(
            page - 1,
            AlertQueue.PAGE_ROWS,
            total,
            (offset, limit) -> queue.open(scopes.current(), severity, offset, limit));
    model.addAttribute("rows", shown.items());
    model.addAttribute("page", shown);
    model.addAttribute("severity", severity);
    model.addAttribute("total", total);
    model.addAttribute("watched", queue.watchlist(scopes.current()));
    model.addAttribute("now", clock.instant());
    model.addAttribute("english", "en".equals(locale.getLanguage()));
    model.addAttribute("canHandle", scopes.has(Role.RISK_MANAGER) || scopes.has(Role.RM));
    model.addAttribute("canWatch", scopes.has(Role.RISK_MANAGER));
    if (error != null) {
      model.addAttribute("error", error);
    }
  }
}
