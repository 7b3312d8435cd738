package io.loanradar.app;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.loanradar.app.ingest.ImportReport;
import io.loanradar.app.ingest.ImportRequest;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.security.Role;
import io.loanradar.app.security.UserAccounts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The users the web tests sign in as: one per role, with the RMs and branch manager matching the
 * {@code rm_id} and {@code branch_id} of the contract fixtures ({@code E001} BR01/RM0001, {@code
 * E002} BR01/RM0002, {@code E003} BR02/RM0003), and ways to sign in with MockMvc and in a browser.
 */
public final class TestUsers {

  /** Every test user's password. */
  public static final String PASSWORD = "test-pass-2026";

  /**
   * A test user.
   *
   * @param username sign-in name
   * @param role its one role
   * @param branch branch id, or null
   * @param rm rm_id, or null
   */
  public record User(String username, Role role, String branch, String rm) {}

  /** One user per role; {@code rm1} owns E001, {@code rm3} owns E003, {@code branch1} runs BR01. */
  public static final List<User> ALL =
      List.of(
          new User("rm1", Role.RM, null, "RM0001"),
          new User("rm3", Role.RM, null, "RM0003"),
          new User("branch1", Role.BRANCH_MANAGER, "BR01", null),
          new User("risk", Role.RISK_MANAGER, null, null),
          new User("product", Role.PRODUCT_MANAGER, null, null),
          new User("analyst", Role.ANALYST, null, null),
          new User("exec", Role.EXECUTIVE, null, null),
          new User("admin", Role.ADMIN, null, null),
          new User("auditor", Role.AUDITOR, null, null));

  private TestUsers() {}

  /** Creates the users of {@link #ALL} that do not exist yet. */
  public static void create(UserAccounts accounts) {
    var existing = accounts.list().stream().map(u -> u.username()).toList();
    for (User u : ALL) {
      if (!existing.contains(u.username())) {
        accounts.add(
            new UserAccounts.NewUser(
                u.username(), u.username(), PASSWORD, EnumSet.of(u.role()), u.branch(), u.rm()),
            "test",
            null);
      }
    }
  }

  /**
   * Creates the users and imports the contract fixtures they match ({@code
   * src/test/resources/contract/good}: E001–E003, their loan and transactions) as of 2025-03-01, as
   * most page tests start.
   */
  public static ImportReport createWithTheGoodContract(UserAccounts accounts, Importer importer)
      throws Exception {
    create(accounts);
    return importer.importPaths(
        List.of(Path.of("src/test/resources/contract/good")),
        ImportRequest.of("tester", "test", LocalDate.of(2025, 3, 1)));
  }

  /** MockMvc: the request carries the user's HTTP Basic credentials. */
  public static RequestPostProcessor as(String username) {
    return SecurityMockMvcRequestPostProcessors.httpBasic(username, PASSWORD);
  }

  /** MockMvc: signs in with the login form and returns the session a browser would keep. */
  public static MockHttpSession session(MockMvc mvc, String username) throws Exception {
    return (MockHttpSession)
        mvc.perform(
                MockMvcRequestBuilders.post("/login")
                    .with(SecurityMockMvcRequestPostProcessors.csrf())
                    .param("username", username)
                    .param("password", PASSWORD))
            .andReturn()
            .getRequest()
            .getSession();
  }

  /** Browser: signs in on the login page and waits until it has left it. */
  public static void signIn(Page page, String baseUrl, String username) {
    page.navigate(baseUrl + "/login");
    page.locator("#username").fill(username);
    page.locator("#password").fill(PASSWORD);
    page.locator("form.login button").click();
    PlaywrightAssertions.assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
  }
}
