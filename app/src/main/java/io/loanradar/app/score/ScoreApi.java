package io.loanradar.app.score;

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

  ScoreApi(Scores scores) {
    this.scores = scores;
  }

  /** Enterprises whose grade changed between two as-of dates, e.g. A→B. */
  @GetMapping("/api/scores/migrations")
  List<Scores.Migration> migrations(
      @RequestParam("from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam("to") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return scores.migrations(from, to);
  }
}
