package io.loanradar.app.dashboard;

import io.loanradar.app.security.DataScope;
import io.loanradar.app.security.DataScopes;
import io.loanradar.core.customer.IndustrySection;
import io.loanradar.core.customer.Province;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The management dashboard (管理驾驶舱). Every figure is drawn from a table on the page, and every count
 * in those tables links to the enterprise list it was counted from.
 */
@Controller
class DashboardController {

  private final DashboardQueries queries;
  private final MessageSource messages;
  private final DataScopes scopes;

  DashboardController(DashboardQueries queries, MessageSource messages, DataScopes scopes) {
    this.queries = queries;
    this.messages = messages;
    this.scopes = scopes;
  }

  /**
   * One group with the label the page shows.
   *
   * @param key the group's key, empty when missing
   * @param label its name
   * @param href the enterprise list it was counted from, empty when there is none
   * @param count enterprises
   * @param averageScore mean score, null when none is scored
   * @param shareA share graded A, in percent of the group, one decimal
   */
  record Labelled(
      String key,
      String label,
      String href,
      long count,
      BigDecimal averageScore,
      BigDecimal shareA) {}

  @GetMapping("/dashboard")
  String dashboard(Locale locale, Model model) {
    boolean english = "en".equals(locale.getLanguage());
    String missing = messages.getMessage("dashboard.missing", null, locale);
    DataScope scope = scopes.current();
    model.addAttribute("totals", queries.totals(scope));
    model.addAttribute(
        "byBranch",
        Matrix.of(
            queries.byBranchAndGrade(scope),
            Matrix.GRADES,
            k -> k.isEmpty() ? missing : k,
            (k, grade) -> list("branch", k, grade)));
    model.addAttribute(
        "byTier",
        Matrix.of(
            queries.byTierAndGrade(scope),
            Matrix.GRADES,
            k ->
                k.isEmpty()
                    ? messages.getMessage("dashboard.unscored", null, locale)
                    : messages.getMessage("tier." + k, null, k, locale),
            (k, grade) -> list("tier", k, grade)));
    model.addAttribute(
        "byIndustry",
        labelled(
            queries.byIndustrySection(scope),
            "industry",
            k ->
                IndustrySection.of(k)
                    .map(s -> k + " " + s.name(english))
                    .orElse(k.isEmpty() ? missing : k)));
    model.addAttribute(
        "byProvince",
        labelled(
            queries.byProvince(scope),
            "region",
            k -> Province.of(k).map(p -> p.name(english)).orElse(k.isEmpty() ? missing : k)));
    model.addAttribute(
        "scoreBuckets",
        queries.scoreBuckets(scope).stream()
            .map(
                g -> {
                  int low = Integer.parseInt(g.key()) * 10;
                  String label = low + "–" + (low == 90 ? 100 : low + 10);
                  return new Labelled(g.key(), label, "", g.count(), g.averageScore(), share(g));
                })
            .toList());
    List<LocalDate> dates = queries.latestScoreDates();
    if (dates.size() == 2) {
      LocalDate to = dates.get(0);
      LocalDate from = dates.get(1);
      model.addAttribute("migrationFrom", from);
      model.addAttribute("migrationTo", to);
      model.addAttribute(
          "migrations",
          Matrix.of(
              queries.gradeMigrations(scope, from, to),
              List.of("A", "B", "C"),
              k -> k,
              (k, c) -> ""));
    }
    return "dashboard";
  }

  /**
   * The enterprise list narrowed by one filter and, unless null, a grade; empty when the key or the
   * grade is missing (the list cannot filter on "not given").
   */
  static String list(String filter, String key, String grade) {
    if (key.isEmpty() || (grade != null && grade.isEmpty())) {
      return "";
    }
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromPath("/enterprises").queryParam(filter, key);
    if (grade != null) {
      uri.queryParam("grade", grade);
    }
    return uri.encode().build().toUriString();
  }

  private static List<Labelled> labelled(
      List<DashboardQueries.Group> groups,
      String filter,
      java.util.function.Function<String, String> label) {
    return groups.stream()
        .map(
            g ->
                new Labelled(
                    g.key(),
                    label.apply(g.key()),
                    list(filter, g.key(), null),
                    g.count(),
                    g.averageScore() == null
                        ? null
                        : g.averageScore().setScale(1, RoundingMode.HALF_UP),
                    share(g)))
        .toList();
  }

  private static BigDecimal share(DashboardQueries.Group g) {
    if (g.count() == 0) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(g.gradeA() * 100L)
        .divide(BigDecimal.valueOf(g.count()), 1, RoundingMode.HALF_UP);
  }
}
