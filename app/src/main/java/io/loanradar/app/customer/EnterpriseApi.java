package io.loanradar.app.customer;

import io.loanradar.app.audit.AuditAction;
import io.loanradar.app.audit.AuditLog;
import io.loanradar.app.score.Scores;
import io.loanradar.app.score.Scoring;
import io.loanradar.app.security.DataScopes;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** REST: the ranked, filterable enterprise list; one enterprise's profile, features and scores. */
@RestController
class EnterpriseApi {

  private final Enterprises enterprises;
  private final Scores scores;
  private final Scoring scoring;
  private final Clock clock;
  private final DataScopes scopes;
  private final AuditLog audit;

  EnterpriseApi(
      Enterprises enterprises,
      Scores scores,
      Scoring scoring,
      Clock clock,
      DataScopes scopes,
      AuditLog audit) {
    this.enterprises = enterprises;
    this.scores = scores;
    this.scoring = scoring;
    this.clock = clock;
    this.scopes = scopes;
    this.audit = audit;
  }

  @GetMapping("/api/enterprises")
  Page<EnterpriseSummary> list(
      @RequestParam(name = "q", defaultValue = "") String q,
      @RequestParam(name = "grade", defaultValue = "") String grade,
      @RequestParam(name = "tier", defaultValue = "") String tier,
      @RequestParam(name = "industry", defaultValue = "") String industry,
      @RequestParam(name = "region", defaultValue = "") String region,
      @RequestParam(name = "branch", defaultValue = "") String branch,
      @RequestParam(name = "rm", defaultValue = "") String rm,
      @RequestParam(name = "sort", defaultValue = "score") String sort,
      @RequestParam(name = "page", defaultValue = "0") int page,
      @RequestParam(name = "size", defaultValue = "50") int size) {
    return enterprises.search(
        scopes.current(),
        new EnterpriseFilter(q, grade, tier, industry, region, branch, rm, sort),
        page,
        size);
  }

  /**
   * One enterprise.
   *
   * @param enterprise profile with latest score
   * @param asOf the date the features are computed for (the latest score's, else today)
   * @param features feature values by name (missing ones are absent)
   * @param scores kept scores, newest first, with reasons
   */
  record Profile(
      EnterpriseSummary enterprise,
      LocalDate asOf,
      Map<String, Double> features,
      List<Scores.Kept> scores) {}

  @GetMapping("/api/enterprises/{id}")
  Profile one(@PathVariable String id) throws SQLException {
    EnterpriseSummary e =
        enterprises
            .find(scopes.current(), id)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    audit.record(AuditAction.VIEW_CUSTOMER, id, "GET /api/enterprises/" + id);
    List<Scores.Kept> history = scores.history(id);
    LocalDate asOf = history.isEmpty() ? LocalDate.now(clock) : history.get(0).asOf();
    Map<String, Double> features =
        scoring
            .features(id, asOf)
            .map(f -> (Map<String, Double>) new TreeMap<>(f.asMap()))
            .orElse(Map.of());
    return new Profile(e, asOf, features, history);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badRequest(IllegalArgumentException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }
}
