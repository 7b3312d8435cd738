package io.loanradar.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.loanradar.app.ingest.ImportRequest;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.score.Scoring;
import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.synthetic.GeneratorOptions;
import io.loanradar.core.synthetic.SyntheticBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * On a generated bank, in a real browser: an executive drills down from the dashboard's charts and
 * tables; a relationship manager reads a customer's 360 view and its figures agree with the raw
 * rows they were built from.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // the pages need a handful of opportunities and a bank of 60 firms asks for few renewals: every
    // maturing loan is taken as one here, asked for or not
    properties = "loanradar.demand.thresholds.refinance-intent-days=0")
class BankPagesBrowserIT {

  static Browsers.Session browser;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @BeforeAll
  static void launch(
      @Autowired Importer importer,
      @Autowired Scoring scoring,
      @Autowired io.loanradar.app.security.UserAccounts accounts,
      @Autowired io.loanradar.app.demand.Opportunities opportunities,
      @Autowired io.loanradar.app.warning.Alerts alerts)
      throws Exception {
    TestUsers.create(accounts);
    Path bank = Files.createTempDirectory("loanradar-dashboard-browser");
    SyntheticBank.generate(new GeneratorOptions(60, 13, 5, YearMonth.of(2026, 6)), bank);
    List<Path> files =
        Arrays.stream(ContractKind.values()).map(k -> bank.resolve(k.fileStem() + ".csv")).toList();
    importer.importPaths(files, ImportRequest.of("tester", "test", LocalDate.of(2026, 7, 1)));
    scoring.scoreAll(LocalDate.of(2026, 3, 31));
    scoring.scoreAll(LocalDate.of(2026, 6, 30));
    // two nightly runs a month apart: a bank of 60 firms opens a handful, and the pages below need
    // one contacted, one lost and some still new
    opportunities.refresh(LocalDate.of(2026, 5, 31));
    opportunities.refresh(LocalDate.of(2026, 6, 30));
    // some are disbursed already: the bank's loans after the detection follow them
    List<io.loanradar.app.demand.Opportunity> open =
        opportunities.all().stream()
            .filter(o -> o.stage() == io.loanradar.core.demand.OpportunityStage.NEW)
            .toList();
    assertThat(open).hasSizeGreaterThan(2);
    opportunities.move(
        open.get(0).id(), io.loanradar.core.demand.OpportunityStage.CONTACTED, "rm1", "called");
    opportunities.lose(open.get(1).id(), "rm1", "客户已从他行获得贷款");
    alerts.raise(LocalDate.of(2026, 6, 30), io.loanradar.app.warning.Alerts.SYSTEM);
    browser = Browsers.open();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  private Page open(List<String> errors) {
    return open(errors, "exec");
  }

  private Page open(List<String> errors, String user) {
    Page page = browser.newPage();
    TestUsers.signIn(page, "http://localhost:" + port, user);
    page.onPageError(errors::add);
    page.onResponse(
        r -> {
          if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
            errors.add(r.status() + " " + r.url());
          }
        });
    page.navigate("http://localhost:" + port + "/dashboard");
    return page;
  }

  @Test
  void drawsEveryFigureFromItsTableAndTheTableLinksToTheListItCounted() {
    List<String> errors = new ArrayList<>();
    Page page = open(errors);

    assertThat(page.title()).isEqualTo("管理驾驶舱 · 信贷雷达");
    assertThat(page.locator("#kpi-enterprises .value").innerText()).isEqualTo("60");
    Locator charts = page.locator(".chart[data-table]");
    assertThat(charts.count()).isEqualTo(8);
    for (int i = 0; i < charts.count(); i++) {
      PlaywrightAssertions.assertThat(charts.nth(i)).hasAttribute("data-drawn", "true");
      assertThat(charts.nth(i).locator("canvas").count()).isPositive();
    }
    long branchTotal = 0;
    for (String cell : page.locator("#t-branch td.total-col").allInnerTexts()) {
      branchTotal += Long.parseLong(cell.replace(",", ""));
    }
    assertThat(branchTotal).isEqualTo(60);
    assertThat(page.locator("#t-migrations tbody tr").count()).isPositive();
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Browsers.screenshots().resolve("dashboard.png"))
            .setFullPage(true));

    Locator cell = page.locator("#t-branch tbody td a").first();
    String count = cell.innerText();
    cell.click();
    PlaywrightAssertions.assertThat(page.locator("p.total")).hasText("共 " + count + " 家企业");
    assertThat(page.url()).contains("branch=").contains("grade=");
    assertThat(page.locator("tr.enterprise-row").count())
        .isEqualTo(Math.min(20, Integer.parseInt(count.replace(",", ""))));
    assertThat(errors).isEmpty();
    page.close();
  }

  @Test
  void aClickOnABarOpensTheEnterprisesItCounts() {
    List<String> errors = new ArrayList<>();
    Page page = open(errors);
    Locator chart = page.locator("#panel-industry .chart");
    PlaywrightAssertions.assertThat(chart).hasAttribute("data-drawn", "true");
    String expected = page.locator("#t-industry tbody tr").first().locator("td a").innerText();
    @SuppressWarnings("unchecked")
    List<Number> point =
        (List<Number>)
            page.evaluate(
                "el => { const c = echarts.getInstanceByDom(el);"
                    + " const v = c.getOption().series[0].data[0];"
                    + " return c.convertToPixel({seriesIndex: 0}, [v / 2, 0]); }",
                chart.elementHandle());
    chart.scrollIntoViewIfNeeded();
    var box = chart.boundingBox();
    page.mouse().click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());

    page.waitForURL(url -> url.contains("/enterprises?industry="));
    PlaywrightAssertions.assertThat(page.locator("p.total")).hasText("共 " + expected + " 家企业");
    PlaywrightAssertions.assertThat(page.locator(".filters-active .chip")).hasCount(1);
    assertThat(errors).isEmpty();
    page.close();
  }

  @Test
  void customer360ChartsTwentyFourMonthsOfFlowsThatAddUpToTheRawTransactions(
      @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
    String id =
        jdbc.queryForObject(
            "SELECT l.enterprise_id FROM loan l JOIN event e ON e.enterprise_id = l.enterprise_id"
                + " ORDER BY l.enterprise_id LIMIT 1",
            String.class);
    List<String> errors = new ArrayList<>();
    Page page = browser.newPage();
    page.onPageError(errors::add);
    TestUsers.signIn(page, "http://localhost:" + port, "risk");
    page.navigate("http://localhost:" + port + "/enterprises/" + id);

    PlaywrightAssertions.assertThat(page.locator("#flows .chart"))
        .hasAttribute("data-drawn", "true");
    if (page.locator("#t-annual tbody tr").count() > 1) {
      PlaywrightAssertions.assertThat(page.locator("#statements .chart"))
          .hasAttribute("data-drawn", "true");
    }
    assertThat(page.locator("#t-statements tbody tr").count())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT LEAST(COUNT(*), 12) FROM financial_statement WHERE enterprise_id = ?",
                Integer.class,
                id));
    assertThat(page.locator("tr.relation-row td").allInnerTexts())
        .noneMatch(text -> text.contains("code.") || text.contains("??"));
    Locator months = page.locator("#t-flows tbody tr");
    assertThat(months.count()).isEqualTo(13);
    Locator last = months.last();
    String month = last.locator("td").first().textContent();
    java.math.BigDecimal inflow =
        jdbc.queryForObject(
            "SELECT COALESCE(SUM(amount * COALESCE(fx_rate, 1)), 0) FROM txn WHERE enterprise_id = ?"
                + " AND direction = 'IN' AND flow_day >= ? AND flow_day < ?",
            java.math.BigDecimal.class,
            id,
            java.time.YearMonth.parse(month).atDay(1),
            java.time.YearMonth.parse(month).plusMonths(1).atDay(1));
    assertThat(new java.math.BigDecimal(last.locator("td").nth(1).getAttribute("data-value")))
        .isEqualByComparingTo(inflow.movePointLeft(4).setScale(2, java.math.RoundingMode.HALF_UP));
    assertThat(page.locator("tr.loan-row").count())
        .isEqualTo(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM loan WHERE enterprise_id = ?", Integer.class, id));
    assertThat(page.locator("#events .timeline li").count()).isPositive();
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Browsers.screenshots().resolve("customer360.png"))
            .setFullPage(true));
    assertThat(errors).isEmpty();
    page.close();
  }

  @Test
  void aBranchManagerCountsOnlyTheirBranch(
      @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
    List<String> errors = new ArrayList<>();
    Page page = open(errors, "branch1");
    long branch =
        jdbc.queryForObject("SELECT COUNT(*) FROM enterprise WHERE branch_id = 'BR01'", Long.class);
    assertThat(branch).isBetween(1L, 59L);
    assertThat(page.locator("#kpi-enterprises .value").innerText())
        .isEqualTo(Long.toString(branch));
    assertThat(page.locator("#t-branch tbody th").allInnerTexts()).containsExactly("BR01");
    assertThat(errors).isEmpty();
    page.close();
  }

  @Test
  void speaksEnglishWhenAsked() {
    Page page = browser.newPage();
    TestUsers.signIn(page, "http://localhost:" + port, "exec");
    page.navigate("http://localhost:" + port + "/dashboard?lang=en");
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Management dashboard");
    assertThat(page.locator("#t-industry tbody th").allInnerTexts())
        .allSatisfy(name -> assertThat(name).matches("[A-T] [A-Z].*"));
    page.close();
  }

  @Test
  void aFunnelBarOpensThePipelineWithTheCardsItCounted() {
    List<String> errors = new ArrayList<>();
    Page page = open(errors);
    Locator chart = page.locator("#chart-funnel");
    PlaywrightAssertions.assertThat(chart).hasAttribute("data-drawn", "true");
    Locator rows = page.locator("#t-funnel tbody tr");
    assertThat(rows.count()).isEqualTo(7);
    assertThat(page.locator("#t-funnel tbody tr[data-key=LOST] td a").innerText()).isEqualTo("1");
    int index = -1;
    for (int i = 0; i < rows.count(); i++) {
      if ("CONTACTED".equals(rows.nth(i).getAttribute("data-key"))) {
        index = i;
      }
    }
    String expected = rows.nth(index).locator("td a").first().innerText();
    assertThat(Integer.parseInt(expected)).isPositive();
    @SuppressWarnings("unchecked")
    List<Number> point =
        (List<Number>)
            page.evaluate(
                "([el, i]) => { const c = echarts.getInstanceByDom(el);"
                    + " const v = c.getOption().series[0].data[i];"
                    + " return c.convertToPixel({seriesIndex: 0}, [v / 2, i]); }",
                List.of(chart.elementHandle(), index));
    chart.scrollIntoViewIfNeeded();
    var box = chart.boundingBox();
    page.mouse().click(box.x + point.get(0).doubleValue(), box.y + point.get(1).doubleValue());

    page.waitForURL(url -> url.contains("/opportunities?stage=CONTACTED"));
    PlaywrightAssertions.assertThat(page.locator("p.total"))
        .hasText("共 " + expected + " 个商机（含近 90 天已关闭）");
    assertThat(page.locator("#lane-CONTACTED article.opportunity").count())
        .isEqualTo(Integer.parseInt(expected));
    assertThat(errors).isEmpty();
    page.close();
  }

  @Test
  void theDashboardShowsResponseTimesAndALeagueTableSortedOnRequest() {
    List<String> errors = new ArrayList<>();
    Page page = open(errors);
    assertThat(page.locator("#t-responses tbody tr").count()).isEqualTo(4);
    assertThat(page.locator("#t-league tbody tr").count()).isPositive();
    page.locator("#t-league thead a").nth(1).click();
    page.waitForURL(url -> url.contains("league=customers"));
    List<Long> customers =
        page.locator("#t-league tbody tr td:nth-child(2)").allInnerTexts().stream()
            .map(t -> Long.parseLong(t.replace(",", "")))
            .toList();
    assertThat(customers).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(customers.stream().mapToLong(Long::longValue).sum()).isEqualTo(60);
    Locator row = page.locator("#t-league tbody tr:has(th a)").first();
    Locator rm = row.locator("th a");
    String id = rm.innerText();
    String count = row.locator("td").first().innerText();
    rm.click();
    page.waitForURL(url -> url.contains("/enterprises?rm=" + id));
    PlaywrightAssertions.assertThat(page.locator("p.total")).hasText("共 " + count + " 家企业");
    assertThat(errors).isEmpty();
    page.close();
  }

  @Test
  void theRelationsGraphDrawsTheCustomerAndItsPartiesAndOpensOne(
      @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
    String id =
        jdbc.queryForObject(
            "SELECT MIN(r.from_id) FROM relation r JOIN enterprise o ON o.enterprise_id = r.to_id",
            String.class);
    long parties =
        jdbc.queryForObject(
            "SELECT COUNT(DISTINCT p) FROM (SELECT to_id AS p FROM relation WHERE from_id = ?"
                + " UNION ALL SELECT from_id FROM relation WHERE to_id = ?) x",
            Long.class,
            id,
            id);
    List<String> errors = new ArrayList<>();
    Page page = browser.newPage();
    page.onPageError(errors::add);
    TestUsers.signIn(page, "http://localhost:" + port, "risk");
    page.navigate("http://localhost:" + port + "/enterprises/" + id);
    Locator graph = page.locator("#relations-graph");
    PlaywrightAssertions.assertThat(graph).hasAttribute("data-drawn", "true");
    assertThat(graph.getAttribute("data-nodes")).isEqualTo(Long.toString(parties + 1));
    assertThat(page.locator("#t-relations tbody tr").count()).isPositive();
    graph.scrollIntoViewIfNeeded();
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Browsers.screenshots().resolve("relations.png"))
            .setFullPage(true));
    @SuppressWarnings("unchecked")
    List<Object> target =
        (List<Object>)
            page.evaluate(
                "el => { const c = echarts.getInstanceByDom(el);"
                    + " const data = c.getModel().getSeriesByIndex(0).getData();"
                    + " for (let i = 1; i < data.count(); i++) {"
                    + "   const item = c.getOption().series[0].data[i];"
                    + "   if (item.href) { const p = data.getItemLayout(i);"
                    + "     const px = c.convertToPixel({seriesIndex: 0}, p);"
                    + "     return [px[0], px[1], item.href]; } }"
                    + " return null; }",
                graph.elementHandle());
    assertThat(target).isNotNull();
    var box = graph.boundingBox();
    page.mouse()
        .click(
            box.x + ((Number) target.get(0)).doubleValue(),
            box.y + ((Number) target.get(1)).doubleValue());
    page.waitForURL(url -> url.endsWith((String) target.get(2)));
    assertThat(errors).isEmpty();
    page.close();
  }
}
