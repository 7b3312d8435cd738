package io.loanradar.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.loanradar.app.demand.Opportunities;
import io.loanradar.app.ingest.ImportRequest;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.score.Scoring;
import io.loanradar.app.security.Role;
import io.loanradar.app.security.UserAccounts;
import io.loanradar.app.warning.Alerts;
import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.synthetic.GeneratorOptions;
import io.loanradar.core.synthetic.SyntheticBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A working day in a real browser on a generated bank: a relationship manager signs in, lands on
 * the workbench, opens a customer's 360 view, moves one of its opportunities to the next stage on
 * the pipeline board with a click (htmx) and signs out; a product manager lands on the catalogue, a
 * risk manager on the alert queue and opens an alert's history.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "loanradar.scoring.after-import=false")
class WorkbenchBrowserIT {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  static Browsers.Session browser;

  /** The RM whose customers hold the most open opportunities, as a user of their own. */
  static String rmUser;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @BeforeAll
  static void launch(
      @Autowired Importer importer,
      @Autowired Scoring scoring,
      @Autowired Opportunities opportunities,
      @Autowired Alerts alerts,
      @Autowired UserAccounts accounts,
      @Autowired JdbcTemplate jdbc)
      throws Exception {
    TestUsers.create(accounts);
    Path bank = Files.createTempDirectory("loanradar-workbench-browser");
    SyntheticBank.generate(new GeneratorOptions(60, 24, 5, YearMonth.of(2026, 6)), bank);
    List<Path> files =
        Arrays.stream(ContractKind.values()).map(k -> bank.resolve(k.fileStem() + ".csv")).toList();
    importer.importPaths(files, ImportRequest.of("tester", "test", LocalDate.of(2026, 7, 1)));
    scoring.scoreAll(AS_OF);
    opportunities.refresh(AS_OF);
    alerts.raise(AS_OF, Alerts.SYSTEM);
    String owner =
        jdbc.queryForObject(
            "SELECT owner FROM opportunity WHERE open_key IS NOT NULL AND stage = 'NEW'"
                + " AND owner IS NOT NULL GROUP BY owner ORDER BY COUNT(*) DESC, owner LIMIT 1",
            String.class);
    rmUser = "rm-" + owner.toLowerCase(java.util.Locale.ROOT);
    accounts.add(
        new UserAccounts.NewUser(
            rmUser, "王经理", TestUsers.PASSWORD, EnumSet.of(Role.RM), null, owner),
        "test",
        null);
    browser = Browsers.open();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private Page page(List<String> errors) {
    Page page = browser.newPage();
    page.setViewportSize(1600, 1000);
    page.onPageError(errors::add);
    page.onResponse(
        r -> {
          if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
            errors.add(r.status() + " " + r.url());
          }
        });
    return page;
  }

  private static void shoot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Browsers.screenshots().resolve(name))
            .setFullPage(true));
  }

  @Test
  void anRmLandsOnTheWorkbenchOpensACustomerMovesAnOpportunityAndSignsOut(
      @Autowired JdbcTemplate jdbc) {
    List<String> errors = new ArrayList<>();
    Page page = page(errors);
    TestUsers.signIn(page, base(), rmUser);

    PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/workbench$"));
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("客户经理工作台");
    assertThat(page.locator("tr.wb-opportunity").count()).isPositive();
    assertThat(page.locator("nav a[href='/imports']").count()).as("nav: no imports").isZero();
    shoot(page, "workbench.png");

    Locator customer = page.locator("tr.wb-opportunity td.name a").first();
    String name = customer.innerText();
    customer.click();
    page.waitForURL(url -> url.contains("/enterprises/"));
    String enterpriseId = page.url().substring(page.url().lastIndexOf('/') + 1);
    PlaywrightAssertions.assertThat(page.locator("h1")).containsText(name);
    assertThat(page.locator("#customer-opportunities tr.opportunity-row").count()).isPositive();
    String opportunity =
        jdbc.queryForObject(
            "SELECT opportunity_id FROM opportunity WHERE enterprise_id = ? AND open_key IS NOT NULL"
                + " ORDER BY priority, opportunity_id LIMIT 1",
            String.class,
            enterpriseId);

    page.locator("nav a[href='/opportunities']").click();
    page.waitForURL(url -> url.endsWith("/opportunities"));
    Locator card = page.locator("#opp-" + opportunity);
    PlaywrightAssertions.assertThat(card).isVisible();
    String from =
        card.locator("xpath=ancestor::section[contains(@class,'lane')]").getAttribute("id");
    Locator move = card.locator("form.move:not(.lose)").first();
    String target = move.locator("input[name=target]").getAttribute("value");
    move.locator("input[name=note]").fill("已电话联系财务总监");
    move.locator("button").click();

    PlaywrightAssertions.assertThat(page.locator("#lane-" + target + " #opp-" + opportunity))
        .isVisible();
    assertThat(page.locator("#" + from + " #opp-" + opportunity).count()).isZero();
    assertThat(page.url()).as("htmx swapped the board in place").endsWith("/opportunities");
    assertThat(
            jdbc.queryForObject(
                "SELECT stage FROM opportunity WHERE opportunity_id = ?",
                String.class,
                opportunity))
        .isEqualTo(target);
    assertThat(
            jdbc.queryForObject(
                "SELECT note FROM opportunity_transition WHERE opportunity_id = ?"
                    + " ORDER BY transition_id DESC LIMIT 1",
                String.class,
                opportunity))
        .isEqualTo("已电话联系财务总监");
    shoot(page, "pipeline.png");

    page.locator("form.signed-in button").click();
    PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
    page.navigate(base() + "/workbench");
    PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/login$"));
    assertThat(errors).isEmpty();
    page.close();
  }

  @Test
  void aProductManagerLandsOnTheCatalogueAndARiskManagerOpensAnAlertsHistory() {
    List<String> errors = new ArrayList<>();
    Page page = page(errors);
    TestUsers.signIn(page, base(), "product");
    PlaywrightAssertions.assertThat(page).hasURL(Pattern.compile(".*/products$"));
    assertThat(page.locator("tr.product-row").count()).isPositive();
    shoot(page, "products.png");
    page.locator("tr.product-row a").first().click();
    PlaywrightAssertions.assertThat(page.locator("#eligibility")).isEditable();
    page.locator("#eligibility").fill("grade in ['A',");
    page.locator("button.primary").click();
    PlaywrightAssertions.assertThat(page.locator("#eligibility-error")).containsText("1:15");
    page.close();

    Page risk = page(errors);
    TestUsers.signIn(risk, base(), "risk");
    PlaywrightAssertions.assertThat(risk).hasURL(Pattern.compile(".*/alerts$"));
    Locator first = risk.locator("tr.alert-row").first();
    PlaywrightAssertions.assertThat(first).isVisible();
    first.locator("details.alert-history summary").click();
    PlaywrightAssertions.assertThat(first.locator(".steps-list li.step").first()).isVisible();
    PlaywrightAssertions.assertThat(first.locator(".steps-list")).containsText("system");
    shoot(risk, "alerts.png");
    errors.removeIf(e -> e.startsWith("422 "));
    assertThat(errors).isEmpty();
    risk.close();
  }
}
