package io.loanradar.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.loanradar.app.Browsers;
import io.loanradar.app.TestDatabases;
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

/** An executive opens the dashboard in a real browser and drills down from a chart and a table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserIT {

  static Browsers.Session browser;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @BeforeAll
  static void launch(@Autowired Importer importer, @Autowired Scoring scoring) throws Exception {
    Path bank = Files.createTempDirectory("loanradar-dashboard-browser");
    SyntheticBank.generate(new GeneratorOptions(60, 13, 5, YearMonth.of(2026, 6)), bank);
    List<Path> files =
        Arrays.stream(ContractKind.values()).map(k -> bank.resolve(k.fileStem() + ".csv")).toList();
    importer.importPaths(files, ImportRequest.of("tester", "test", LocalDate.of(2026, 7, 1)));
    scoring.scoreAll(LocalDate.of(2026, 3, 31));
    scoring.scoreAll(LocalDate.of(2026, 6, 30));
    browser = Browsers.open();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  private Page open(List<String> errors) {
    Page page = browser.newPage();
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
    assertThat(charts.count()).isEqualTo(5);
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
  void speaksEnglishWhenAsked() {
    Page page = browser.newPage();
    page.navigate("http://localhost:" + port + "/dashboard?lang=en");
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Management dashboard");
    assertThat(page.locator("#t-industry tbody th").allInnerTexts())
        .allSatisfy(name -> assertThat(name).matches("[A-T] [A-Z].*"));
    page.close();
  }
}
