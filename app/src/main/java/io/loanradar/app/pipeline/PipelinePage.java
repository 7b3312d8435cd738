package io.loanradar.app.pipeline;

import io.loanradar.app.audit.AuditAction;
import io.loanradar.app.audit.AuditLog;
import io.loanradar.app.demand.Opportunities;
import io.loanradar.app.security.DataScopes;
import io.loanradar.app.security.Role;
import io.loanradar.core.demand.OpportunityStage;
import io.loanradar.core.demand.Scenario;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The opportunity pipeline (商机看板). Everyone sees the opportunities of the customers in their scope;
 * relationship managers and branch managers move them on, each move recorded with who, when and a
 * note, and audited. With htmx a move redraws the board in place; without it the form posts and
 * comes back to the same filtered board.
 */
@Controller
class PipelinePage {

  /** The board's columns, in lifecycle order. */
  static final List<OpportunityStage> COLUMNS = List.of(OpportunityStage.values());

  private final PipelineBoard board;
  private final Opportunities opportunities;
  private final DataScopes scopes;
  private final AuditLog audit;
  private final Clock clock;

  PipelinePage(
      PipelineBoard board,
      Opportunities opportunities,
      DataScopes scopes,
      AuditLog audit,
      Clock clock) {
    this.board = board;
    this.opportunities = opportunities;
    this.scopes = scopes;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * One column of the board.
   *
   * @param stage the stage code
   * @param cards its opportunities, by priority
   */
  record Lane(String stage, List<PipelineBoard.Card> cards) {}

  @GetMapping("/opportunities")
  String pipeline(
      @RequestParam(name = "scenario", defaultValue = "") String scenario,
      @RequestParam(name = "product", defaultValue = "") String product,
      @RequestParam(name = "branch", defaultValue = "") String branch,
      @RequestParam(name = "rm", defaultValue = "") String rm,
      @RequestParam(name = "stage", defaultValue = "") String stage,
      Locale locale,
      Model model) {
    fill(model, new PipelineBoard.Filter(scenario, product, branch, rm, stage), locale, null);
    return "pipeline";
  }

  @PostMapping("/opportunities/{id}/move")
  String move(
      @PathVariable String id,
      @RequestParam("target") String target,
      @RequestParam(name = "note", defaultValue = "") String note,
      @RequestParam(name = "scenario", defaultValue = "") String scenario,
      @RequestParam(name = "product", defaultValue = "") String product,
      @RequestParam(name = "branch", defaultValue = "") String branch,
      @RequestParam(name = "rm", defaultValue = "") String rm,
      @RequestParam(name = "stage", defaultValue = "") String stageFilter,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Principal who,
      Locale locale,
      Model model,
      RedirectAttributes redirect) {
    PipelineBoard.Filter filter =
        new PipelineBoard.Filter(scenario, product, branch, rm, stageFilter);
    requireVisible(id);
    OpportunityStage stage = stage(target);
    String error = null;
    try {
      if (stage == OpportunityStage.LOST) {
        opportunities.lose(id, who.getName(), note);
      } else {
        opportunities.move(id, stage, who.getName(), note.isBlank() ? null : note);
      }
      audit.record(
          AuditAction.OPPORTUNITY_MOVED, id, "→ " + stage + (note.isBlank() ? "" : ": " + note));
    } catch (IllegalArgumentException | IllegalStateException e) {
      error = e.getMessage();
    }
    if (htmx != null) {
      fill(model, filter, locale, error);
      return "pipeline :: board";
    }
    if (error != null) {
      redirect.addFlashAttribute("error", error);
    }
    return "redirect:" + url(filter);
  }

  private void fill(Model model, PipelineBoard.Filter filter, Locale locale, String error) {
    List<PipelineBoard.Card> cards = board.cards(scopes.current(), filter, LocalDate.now(clock));
    List<Lane> lanes =
        COLUMNS.stream()
            .map(
                stage ->
                    new Lane(
                        stage.name(),
                        cards.stream().filter(c -> c.stage().equals(stage.name())).toList()))
            .toList();
    model.addAttribute("lanes", lanes);
    model.addAttribute("total", cards.size());
    model.addAttribute("filter", filter);
    model.addAttribute("scenarios", List.of(Scenario.values()));
    model.addAttribute("english", "en".equals(locale.getLanguage()));
    model.addAttribute("canMove", scopes.has(Role.RM) || scopes.has(Role.BRANCH_MANAGER));
    model.addAttribute("query", url(filter));
    if (error != null) {
      model.addAttribute("error", error);
    }
  }

  private void requireVisible(String id) {
    if (!board.visible(scopes.current(), id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private static OpportunityStage stage(String target) {
    try {
      return OpportunityStage.valueOf(target.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "unknown stage " + target + "; use one of " + COLUMNS);
    }
  }

  private static String url(PipelineBoard.Filter filter) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/opportunities");
    if (!filter.scenario().isEmpty()) {
      uri.queryParam("scenario", filter.scenario());
    }
    if (!filter.product().isEmpty()) {
      uri.queryParam("product", filter.product());
    }
    if (!filter.branch().isEmpty()) {
      uri.queryParam("branch", filter.branch());
    }
    if (!filter.rm().isEmpty()) {
      uri.queryParam("rm", filter.rm());
    }
    if (!filter.stage().isEmpty()) {
      uri.queryParam("stage", filter.stage());
    }
    return uri.encode().build().toUriString();
  }
}
