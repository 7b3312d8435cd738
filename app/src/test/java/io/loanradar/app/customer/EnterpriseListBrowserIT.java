package io.loanradar.app.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.loanradar.app.Browsers;
import io.loanradar.app.TestDatabases;
import io.loanradar.app.TestUsers;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.security.UserAccounts;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A person opens the enterprise list in a real browser, searches, and switches language. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnterpriseListBrowserIT {

  static Browsers.Session browser;

  @LocalServerPort int port;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @BeforeAll
  static void launch(@Autowired Importer importer, @Autowired UserAccounts accounts)
      throws Exception {
    TestUsers.createWithTheGoodContract(accounts, importer);
    browser = Browsers.open();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void showsChineseNamesSearchesAndSwitchesToEnglish() {
    Page page = browser.newPage();
    page.navigate("http://localhost:" + port + "/");
    assertThat(page.url()).endsWith("/login");
    TestUsers.signIn(page, "http://localhost:" + port, "analyst");
    assertThat(page.url()).as("an analyst lands on the imports").endsWith("/imports");
    page.navigate("http://localhost:" + port + "/enterprises");

    assertThat(page.title()).isEqualTo("企业客户列表 · 信贷雷达");
    assertThat(page.locator("tr.enterprise-row").count()).isEqualTo(3);
    assertThat(page.locator("td.name").allInnerTexts())
        .containsExactly("苏州恒达精密机械有限公司", "杭州云启信息科技有限公司", "上海\"同舟\"物流有限公司");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Browsers.screenshots().resolve("enterprise-list.png"))
            .setFullPage(true));

    page.locator("input[name=q]").fill("云启");
    page.locator("form.search button").click();
    PlaywrightAssertions.assertThat(page.locator("td.name")).hasText(new String[] {"杭州云启信息科技有限公司"});

    page.locator("a.lang").click();
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Enterprises");
    PlaywrightAssertions.assertThat(page.locator("td.name")).hasText(new String[] {"杭州云启信息科技有限公司"});
    page.close();
  }

  @Test
  void customerPageDrawsFactorBarsInProportion(
      @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
    jdbc.update("DELETE FROM score");
    jdbc.update(
        "INSERT INTO score (enterprise_id, as_of, score, grade, tier, factor_size, factor_industry_position,"
            + " factor_credit, factor_growth, factor_relationship, factor_leverage, reasons_zh, reasons_en,"
            + " config_version, computed_at) VALUES ('E001', DATE '2026-10-31', 71.5, 'B', 'GENERAL', 80, 40,"
            + " 100, 60, 55, 20, '无征信逾期记录', 'No overdue on record', 'default-2026.1', CURRENT_TIMESTAMP)");
    Page page = browser.newPage();
    TestUsers.signIn(page, "http://localhost:" + port, "analyst");
    page.navigate("http://localhost:" + port + "/enterprises");
    page.locator("td.name a").first().click();

    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("苏州恒达精密机械有限公司");
    var bars = page.locator(".factor .meter span");
    double size = bars.nth(0).boundingBox().width;
    double credit = bars.nth(2).boundingBox().width;
    double leverage = bars.nth(5).boundingBox().width;
    assertThat(size / credit).isCloseTo(0.8, org.assertj.core.data.Offset.offset(0.02));
    assertThat(leverage / credit).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.02));
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Browsers.screenshots().resolve("customer.png"))
            .setFullPage(true));
    page.close();
  }

  @Test
  void anRmSignsInSeesOnlyTheirOwnCustomersAndSignsOut() {
    String base = "http://localhost:" + port;
    Page page = browser.newPage();
    TestUsers.signIn(page, base, "rm1");
    page.navigate(base + "/enterprises");

    assertThat(page.locator("td.name").allInnerTexts()).containsExactly("苏州恒达精密机械有限公司");
    PlaywrightAssertions.assertThat(page.locator("a[href='/imports']")).hasCount(0);
    assertThat(page.navigate(base + "/enterprises/E003").status()).isEqualTo(404);
    assertThat(page.content()).doesNotContain("同舟");

    page.navigate(base + "/enterprises");
    page.locator("form.signed-in button").click();
    PlaywrightAssertions.assertThat(page)
        .hasURL(java.util.regex.Pattern.compile(".*/login\\?logout"));
    page.navigate(base + "/enterprises");
    assertThat(page.url()).endsWith("/login");
    PlaywrightAssertions.assertThat(page.locator("form.login h1")).hasText("登录");
    page.screenshot(
        new Page.ScreenshotOptions().setPath(Browsers.screenshots().resolve("login.png")));
    page.close();
  }

  @Test
  void aCustomerNamedLikeAScriptShowsAsTextAndNeverRuns(
      @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
    String name = "<script>alert(1)</script>";
    jdbc.update(
        "INSERT INTO enterprise (enterprise_id, name, batch_id, file_id, line_no)"
            + " VALUES ('X1', ?, 0, 0, 0)",
        name);
    List<String> dialogs = new java.util.ArrayList<>();
    Page page = browser.newPage();
    page.onDialog(
        d -> {
          dialogs.add(d.message());
          d.dismiss();
        });
    try {
      TestUsers.signIn(page, "http://localhost:" + port, "analyst");
      page.navigate("http://localhost:" + port + "/enterprises?q=X1");
      PlaywrightAssertions.assertThat(page.locator("td.name")).hasText(name);
      page.locator("td.name a").click();

      PlaywrightAssertions.assertThat(page.locator("h1")).hasText(name);
      assertThat(page.title()).startsWith(name);
      assertThat(dialogs).isEmpty();
    } finally {
      page.close();
      jdbc.update("DELETE FROM enterprise WHERE enterprise_id = 'X1'");
    }
  }
}
