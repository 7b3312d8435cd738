package io.loanradar.app.customer;

import io.loanradar.app.audit.AuditAction;
import io.loanradar.app.audit.AuditLog;
import io.loanradar.app.demand.Opportunities;
import io.loanradar.app.score.ScorecardSource;
import io.loanradar.app.score.Scores;
import io.loanradar.app.security.DataScopes;
import io.loanradar.app.security.Role;
import io.loanradar.app.warning.Alerts;
import io.loanradar.core.scorecard.Factor;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The customer page (客户360视图): profile, score with factor bars and reasons, grade history, 24
 * months of account flows, financial trends, loans here and at other banks, events and relations.
 */
@Controller
class CustomerPage {

  private final Enterprises enterprises;
  private final Scores scores;
  private final ScorecardSource scorecards;
  private final CustomerRecords records;
  private final Opportunities opportunities;
  private final Alerts alerts;
  private final DataScopes scopes;
  private final AuditLog audit;
  private final CustomerNotes notes;

  CustomerPage(
      Enterprises enterprises,
      Scores scores,
      ScorecardSource scorecards,
      CustomerRecords records,
      Opportunities opportunities,
      Alerts alerts,
      DataScopes scopes,
      AuditLog audit,
      CustomerNotes notes) {
    this.enterprises = enterprises;
    this.scores = scores;
    this.scorecards = scorecards;
    this.records = records;
    this.opportunities = opportunities;
    this.alerts = alerts;
    this.scopes = scopes;
    this.audit = audit;
    this.notes = notes;
  }

  @GetMapping("/enterprises/{id}")
  String customer(@PathVariable String id, Model model) {
    EnterpriseSummary enterprise =
        enterprises
            .find(scopes.current(), id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    audit.record(AuditAction.VIEW_CUSTOMER, id, "GET /enterprises/" + id);
    List<Scores.Kept> history = scores.history(id);
    model.addAttribute("e", enterprise);
    model.addAttribute("history", history);
    model.addAttribute("latest", history.isEmpty() ? null : history.get(0));
    model.addAttribute("factors", List.of(Factor.values()));
    model.addAttribute("flows", records.monthlyFlows(id));
    model.addAttribute("statements", records.statements(id));
    model.addAttribute("loans", records.loans(id));
    model.addAttribute("bureau", records.bureau(id));
    model.addAttribute("events", records.events(id));
    model.addAttribute("relations", records.relations(scopes.current(), id));
    model.addAttribute("opportunities", opportunities.ofEnterprise(id));
    model.addAttribute("alerts", alerts.ofEnterprise(id));
    model.addAttribute("notes", notes.of(id));
    model.addAttribute("noteMax", CustomerNotes.MAX_LENGTH);
    model.addAttribute(
        "canNote",
        scopes.has(Role.RM) || scopes.has(Role.BRANCH_MANAGER) || scopes.has(Role.RISK_MANAGER));
    return "customer";
  }

  /**
   * Adds a note to a customer in the user's scope (404 otherwise); a blank or too long note is
   * refused with a message and nothing kept. The audit entry names the note's length, not its text.
   */
  @PostMapping("/enterprises/{id}/notes")
  String addNote(
      @PathVariable String id,
      @RequestParam(name = "body", defaultValue = "") String body,
      Principal who,
      RedirectAttributes redirect) {
    EnterpriseSummary enterprise =
        enterprises
            .find(scopes.current(), id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    try {
      notes.add(enterprise.enterpriseId(), who.getName(), body);
      audit.record(
          AuditAction.NOTE_ADDED,
          enterprise.enterpriseId(),
          "POST /enterprises/"
              + enterprise.enterpriseId()
              + "/notes, "
              + body.strip().length()
              + " characters");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("noteError", true);
      redirect.addFlashAttribute("noteDraft", body.length() > 4000 ? "" : body);
    }
    return "redirect:/enterprises/" + enterprise.enterpriseId() + "#notes";
  }

  /** The weights in force, in {@link Factor} order (a map keyed by enum reads badly in SpEL). */
  @ModelAttribute("weights")
  List<Double> weights() {
    var weights = scorecards.current().config().weights();
    return java.util.Arrays.stream(Factor.values()).map(weights::get).toList();
  }
}
