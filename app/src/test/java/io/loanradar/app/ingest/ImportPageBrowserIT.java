package io.loanradar.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.loanradar.app.Browsers;
import io.loanradar.app.TestDatabases;
import io.loanradar.app.TestUsers;
import io.loanradar.app.security.UserAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An analyst uploads files on the import page and reads the batch report without reloading. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportPageBrowserIT {

  static Browsers.Session browser;

  @LocalServerPort int port;
  @TempDir Path dir;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @BeforeAll
  static void launch(@Autowired UserAccounts accounts) {
    TestUsers.create(accounts);
    browser = Browsers.open();
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void uploadShowsTheBatchReportAndAQuarantineLink() throws Exception {
    Path good = Path.of("src/test/resources/contract/good/enterprises.csv");
    Path bad =
        Files.writeString(
            dir.resolve("loans.csv"),
            "loan_id,enterprise_id,amount,start_date,maturity_date,status\nLX1,E001,100,2025-01-01,2024-01-01,ACTIVE\n");
    Page page = browser.newPage();
    TestUsers.signIn(page, "http://localhost:" + port, "analyst");
    page.navigate("http://localhost:" + port + "/imports");
    PlaywrightAssertions.assertThat(page.locator("h1")).hasText("数据导入");

    page.locator("input[type=file]").setInputFiles(new Path[] {good, bad});
    page.locator("form.upload button").click();

    PlaywrightAssertions.assertThat(page.locator("#job .file-row")).hasCount(2);
    assertThat(page.locator("#job .file-row").nth(0).innerText())
        .contains("enterprises.csv", "ENTERPRISES");
    assertThat(page.locator("#job .file-row").nth(1).innerText()).contains("loans.csv", "LOANS");
    PlaywrightAssertions.assertThat(page.locator("#job a[href$='quarantine.csv']")).isVisible();
    assertThat(page.url()).endsWith("/imports");
    page.screenshot(
        new Page.ScreenshotOptions()
            .setPath(Browsers.screenshots().resolve("import.png"))
            .setFullPage(true));
    page.close();
  }
}
