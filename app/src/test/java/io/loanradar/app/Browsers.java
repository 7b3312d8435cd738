package io.loanradar.app;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the browser tests: Debian's {@code /usr/bin/chromium} (or {@code
 * LOANRADAR_CHROMIUM}) driven by Playwright, never a downloaded browser. Skips with a message on a
 * developer machine without Chromium; fails in CI.
 */
public final class Browsers {

  private Browsers() {}

  /** Where screenshots are kept as build output. */
  public static Path screenshots() {
    return Path.of(System.getProperty("loanradar.screenshots", "target/screenshots"));
  }

  /** Playwright with a launched Chromium, closed together. */
  public record Session(Playwright playwright, Browser browser) implements AutoCloseable {

    /** A new page in the browser. */
    public com.microsoft.playwright.Page newPage() {
      return browser.newPage();
    }

    @Override
    public void close() {
      try {
        browser.close();
      } finally {
        playwright.close();
      }
    }
  }

  /** Starts Playwright and launches Chromium; closes Playwright again when Chromium is missing. */
  public static Session open() {
    Playwright playwright = playwright();
    try {
      return new Session(playwright, chromium(playwright));
    } catch (RuntimeException | Error e) {
      playwright.close();
      throw e;
    }
  }

  /** Starts Playwright. */
  public static Playwright playwright() {
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  /** Launches headless Chromium. */
  public static Browser chromium(Playwright playwright) {
    Path executable =
        Path.of(System.getenv().getOrDefault("LOANRADAR_CHROMIUM", "/usr/bin/chromium"));
    if (!Files.isExecutable(executable)) {
      String message = "Chromium not found at " + executable;
      if (System.getenv("CI") != null) {
        Assertions.fail(message + " (required in CI; .ci/run installs it)");
      }
      Assumptions.abort(
          message + " — skipping browser tests (apt-get install chromium fonts-wqy-microhei)");
    }
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(
                    List.of(
                        "--headless",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-quic")));
  }
}
