package io.loanradar.app.score;

import io.loanradar.app.security.DataScopes;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST: grade migrations between two scoring dates. */
@RestController
class ScoreApi {

  private final Scores scores;
  private final DataScopes scopes;

  ScoreApi(Scores scores, DataScopes scopes) {
    this.scores = scores;
    this.scopes = scopes;
  }

  /** Enterprises whose grade changed between two as-of dates, e.g. A→B. */
  @GetMapping("/api/scores/migrations")
  List<Scores.Migration> migrations(
      @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return scores.migrations(scopes.current(), from, to);
  }
}
