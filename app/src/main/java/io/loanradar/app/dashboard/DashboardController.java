package io.loanradar.app.dashboard;

import io.loanradar.app.score.ScoresRefreshed;
import io.loanradar.app.security.DataScope;
import io.loanradar.app.security.DataScopes;
import io.loanradar.core.customer.IndustrySection;
import io.loanradar.core.customer.Province;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The management dashboard (管理驾驶舱). Every figure is drawn from a table on the page, and every count
 * in those tables links to the enterprise list it was counted from.
 */
@Controller
class DashboardController {

  /**
   * RMs the league table shows unless all are asked for: an executive's scope holds hundreds, and
   * the head of the chosen order is what the table is for.
   */
  static final int LEAGUE_TOP = 20;

  /**
   * Branches the branch panel shows unless all are asked for, the largest first: a bank has
   * hundreds, which no chart can show legibly.
   */
  static final int BRANCH_TOP = 20;

  /** The league table's sort keys; numbers sort largest first, the RM id alphabetically. */
  static final List<String> LEAGUE_SORTS =
      List.of(
          "rm",
          "customers",
          "gradeA",
          "open",
          "won",
          "wonAmount",
          "conversion",
          "alerts",
          "breaches");

  private final DashboardQueries queries;
  private final PipelineFigures pipelineFigures;
  private final AlertResponseTimes responseTimes;
  private final MessageSource messages;
  private final DataScopes scopes;
  private final Clock clock;

  /**
   * Thymeleaf's view resolver; absent in the command line's batch context, which serves no page.
   */
  private final ObjectProvider<ViewResolver> views;

  /** How long counted figures are shown before a view starts a recount in the background. */
  static final Duration FRESH = Duration.ofSeconds(60);

  /** How old figures may be shown at all: older ones are counted again in the request. */
  static final Duration HARD_LIMIT = Duration.ofMinutes(10);

  /** How many (scope, language) keys keep their figures; the least used go first. */
  static final int MAX_KEYS = 256;

  private final ThreadPoolExecutor recounts;
  private final SharedFigures<Key, Figures> figures;

  DashboardController(
      DashboardQueries queries,
      PipelineFigures pipelineFigures,
      AlertResponseTimes responseTimes,
      MessageSource messages,
      DataScopes scopes,
      Clock clock,
      @Qualifier("thymeleafViewResolver") ObjectProvider<ViewResolver> views) {
    this.queries = queries;
    this.pipelineFigures = pipelineFigures;
    this.responseTimes = responseTimes;
    this.messages = messages;
    this.scopes = scopes;
    this.clock = clock;
    this.views = views;
    this.recounts = recountExecutor();
    this.figures = new SharedFigures<>(this::count, clock, recounts, FRESH, HARD_LIMIT, MAX_KEYS);
  }

  /**
   * One thread recounts stale figures, so that a recount over the whole bank takes one core at
   * most; every key has at most one recount waiting, so the queue holds one per key kept.
   */
  private static ThreadPoolExecutor recountExecutor() {
    AtomicInteger threads = new AtomicInteger();
    return new ThreadPoolExecutor(
        1,
        1,
        0,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(MAX_KEYS),
        r -> {
          Thread t = new Thread(r, "dashboard-recount-" + threads.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  @PreDestroy
  void stopRecounts() {
    recounts.shutdownNow();
  }

  /**
   * One RM in the league table.
   *
   * @param rm the RM id, empty for customers without one
   * @param href their customer list, empty when there is none
   * @param customers customers in scope
   * @param gradeA of them graded A
   * @param open open opportunities
   * @param won disbursed opportunities (in the pipeline's window)
   * @param wonAmount their disbursed amounts, yuan
   * @param conversion won as a percent of closed, null when none closed
   * @param alerts open alerts
   * @param breaches open alerts past their acknowledgement deadline
   */
  record LeagueRow(
      String rm,
      String href,
      long customers,
      long gradeA,
      long open,
      long won,
      BigDecimal wonAmount,
      BigDecimal conversion,
      long alerts,
      long breaches) {}

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
  String dashboard(
      @RequestParam(name = "league", defaultValue = "wonAmount") String leagueSort,
      @RequestParam(name = "leagueAll", defaultValue = "false") boolean leagueAll,
      @RequestParam(name = "branchAll", defaultValue = "false") boolean branchAll,
      Locale locale,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response)
      throws Exception {
    String sort = LEAGUE_SORTS.contains(leagueSort) ? leagueSort : "wonAmount";
    Figures shown = figures.get(new Key(scopes.current(), locale));
    // the short tables are what everyone opens, so only they are kept: one rendering per league
    // order; the long ones (hundreds of rows for an executive) are rendered for each view
    boolean kept = !leagueAll && !branchAll;
    String main = kept ? shown.rendered().get(sort) : null;
    if (main == null) {
      addView(model, shown, sort, leagueAll, branchAll);
      main = renderMain(model.asMap(), locale, request, response);
      if (kept) {
        // two first views of an order may both render it; they are equal, the first stays
        String first = shown.rendered().putIfAbsent(sort, main);
        main = first == null ? main : first;
      }
    }
    model.addAttribute("renderedMain", main);
    return "dashboard";
  }

  /** What the main part shows of the figures for one view: the sort and how much of each table. */
  private void addView(
      Model model, Figures shown, String sort, boolean leagueAll, boolean branchAll) {
    model.addAllAttributes(shown.attributes());
    Matrix branches = (Matrix) shown.attributes().get("byBranch");
    model.addAttribute("branchTotal", branches.rows().size());
    model.addAttribute("branchAll", branchAll);
    if (!branchAll) {
      model.addAttribute("byBranch", branches.largest(BRANCH_TOP));
    }
    model.addAttribute("leagueSort", sort);
    List<LeagueRow> league = sorted(shown.league(), sort);
    model.addAttribute("leagueTotal", league.size());
    model.addAttribute("leagueAll", leagueAll);
    model.addAttribute(
        "league",
        leagueAll || league.size() <= LEAGUE_TOP ? league : league.subList(0, LEAGUE_TOP));
    model.addAttribute("figuresAt", LocalDateTime.ofInstant(shown.at(), clock.getZone()));
  }

  /**
   * The page's main part, rendered from the shared figures alone (no viewer's name, role or token
   * is in it: the header carries those), so that every viewer of the same scope, language and view
   * gets the same markup without rendering hundreds of table cells again. Escaping is Thymeleaf's
   * as on any page; the result is inserted unescaped into the page around it.
   */
  private String renderMain(
      Map<String, Object> model,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response)
      throws Exception {
    View view = views.getObject().resolveViewName("dashboard :: main", locale);
    if (view == null) {
      throw new IllegalStateException("no view for the dashboard's main part");
    }
    StringWriter html = new StringWriter(64 * 1024);
    PrintWriter writer = new PrintWriter(html);
    view.render(model, request, new Capture(response, writer));
    writer.flush();
    return html.toString();
  }

  /**
   * A response that keeps what a view writes instead of sending it, and leaves the real response's
   * headers alone.
   */
  private static final class Capture extends HttpServletResponseWrapper {
    private final PrintWriter writer;

    Capture(HttpServletResponse response, PrintWriter writer) {
      super(response);
      this.writer = writer;
    }

    @Override
    public PrintWriter getWriter() {
      return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
      throw new IllegalStateException("the dashboard's main part is rendered as text");
    }

    @Override
    public void setContentType(String type) {}

    @Override
    public void setCharacterEncoding(String charset) {}

    @Override
    public void setLocale(Locale locale) {}

    @Override
    public void setContentLength(int length) {}

    @Override
    public void setContentLengthLong(long length) {}

    @Override
    public void setHeader(String name, String value) {}

    @Override
    public void addHeader(String name, String value) {}

    @Override
    public void flushBuffer() {}
  }

  /**
   * What the figures were computed for: the scope and the language. The league table's order is not
   * part of it: the rows are sorted for each view, so nine orders share one count.
   */
  private record Key(DataScope scope, Locale locale) {}

  /**
   * The page's figures as computed at a moment, with the main part as rendered from them for each
   * league order asked for so far (short tables only).
   */
  private record Figures(
      Instant at,
      Map<String, Object> attributes,
      List<LeagueRow> league,
      Map<String, String> rendered) {

    Figures(Instant at, Map<String, Object> attributes, List<LeagueRow> league) {
      this(at, attributes, league, new ConcurrentHashMap<>());
    }
  }

  /**
   * Counts the figures of a key, in the request when none are shared or they are past {@link
   * #HARD_LIMIT}, else in the background (see {@link SharedFigures}). The figures are counted for
   * the key's scope alone, never from the signed-in user, so a background count sees what the
   * viewer would. Across the whole bank they take seconds to count, and twenty executives opening
   * the page at nine should neither count them twenty times nor wait for them.
   */
  private Figures count(Key key) {
    Instant at = clock.instant();
    Model model = new ExtendedModelMap();
    PipelineFigures.Pipeline pipeline = pipelineFigures.pipeline(key.scope(), LocalDate.now(clock));
    List<LeagueRow> league = leagueRows(queries.rmBooks(key.scope(), at), pipeline.byRm());
    addFigures(model, key.scope(), key.locale(), at, pipeline);
    return new Figures(at, model.asMap(), league);
  }

  /**
   * Scores changed: every figure is counted afresh on its next view, recounts under way dropped.
   */
  @EventListener(ScoresRefreshed.class)
  void scoresRefreshed() {
    figures.clear();
  }

  private void addFigures(
      Model model, DataScope scope, Locale locale, Instant now, PipelineFigures.Pipeline pipeline) {
    boolean english = "en".equals(locale.getLanguage());
    String missing = messages.getMessage("dashboard.missing", null, locale);
    model.addAttribute("totals", queries.totals(scope));
    model.addAttribute("pipeline", pipeline);
    model.addAttribute("closedDays", PipelineFigures.CLOSED_DAYS);
    model.addAttribute("responses", responseTimes.bySeverity(scope, now));
    model.addAttribute("leagueSorts", LEAGUE_SORTS);
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

  /** The league table: one row per RM in scope, sorted by the given key. */
  static List<LeagueRow> league(
      List<DashboardQueries.RmBook> books,
      Map<String, PipelineFigures.RmPipeline> pipelines,
      String sort) {
    return sorted(leagueRows(books, pipelines), sort);
  }

  /** The league table's rows, in the order of the books. */
  private static List<LeagueRow> leagueRows(
      List<DashboardQueries.RmBook> books, Map<String, PipelineFigures.RmPipeline> pipelines) {
    List<LeagueRow> rows = new ArrayList<>();
    for (DashboardQueries.RmBook book : books) {
      PipelineFigures.RmPipeline p =
          pipelines.getOrDefault(book.rm(), PipelineFigures.RmPipeline.NONE);
      rows.add(
          new LeagueRow(
              book.rm(),
              list("rm", book.rm(), null),
              book.customers(),
              book.gradeA(),
              p.open(),
              p.won(),
              p.wonAmount(),
              p.conversion(),
              book.openAlerts(),
              book.breaches()));
    }
    return List.copyOf(rows);
  }

  /**
   * The rows sorted by a key of {@link #LEAGUE_SORTS} (customers for any other), ties by RM id; a
   * new list, the given one is shared.
   */
  static List<LeagueRow> sorted(List<LeagueRow> league, String sort) {
    List<LeagueRow> rows = new ArrayList<>(league);
    Comparator<LeagueRow> byRm = Comparator.comparing(LeagueRow::rm);
    Comparator<LeagueRow> order =
        switch (sort) {
          case "rm" -> byRm;
          case "gradeA" -> Comparator.comparingLong(LeagueRow::gradeA).reversed();
          case "open" -> Comparator.comparingLong(LeagueRow::open).reversed();
          case "won" -> Comparator.comparingLong(LeagueRow::won).reversed();
          case "wonAmount" -> Comparator.comparing(LeagueRow::wonAmount).reversed();
          case "conversion" ->
              Comparator.comparing(
                  LeagueRow::conversion, Comparator.nullsLast(Comparator.reverseOrder()));
          case "alerts" -> Comparator.comparingLong(LeagueRow::alerts).reversed();
          case "breaches" -> Comparator.comparingLong(LeagueRow::breaches).reversed();
          default -> Comparator.comparingLong(LeagueRow::customers).reversed();
        };
    rows.sort(order.thenComparing(byRm));
    return rows;
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
