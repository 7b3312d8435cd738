package io.loanradar.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.loanradar.app.TestUsers;
import io.loanradar.app.audit.AuditEntry;
import io.loanradar.app.audit.AuditFilter;
import io.loanradar.app.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in with the form and a session, lockout, CSRF, secure headers, user administration and the
 * audit trail they leave. Subclasses pick H2 or PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class SignInIT {

  @Autowired MockMvc mvc;
  @Autowired UserAccounts accounts;
  @Autowired AuditLog audit;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void users() {
    TestUsers.create(accounts);
  }

  private MockHttpServletResponse signIn(String username, String password) throws Exception {
    return mvc.perform(
            post("/login")
                .with(csrf())
                .param("username", username)
                .param("password", password)
                .with(
                    r -> {
                      r.setRemoteAddr("10.1.2.3");
                      return r;
                    }))
        .andReturn()
        .getResponse();
  }

  private List<AuditEntry> audited(String actor, String action) {
    return audit.search(new AuditFilter(actor, action, "", null, null), 0, 100);
  }

  private void newUser(String username) {
    accounts.add(
        new UserAccounts.NewUser(
            username, username, TestUsers.PASSWORD, EnumSet.of(Role.EXECUTIVE), null, null),
        "test",
        null);
  }

  @Test
  void signsInWithTheFormKeepsASessionAndAuditsWhoAndFromWhere() throws Exception {
    MockHttpServletResponse response = signIn("risk", TestUsers.PASSWORD);

    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).isEqualTo("/");
    assertThat(audited("risk", "LOGIN"))
        .anySatisfy(e -> assertThat(e.remoteAddr()).isEqualTo("10.1.2.3"));

    MockHttpSession session =
        (MockHttpSession)
            mvc.perform(
                    post("/login")
                        .with(csrf())
                        .param("username", "risk")
                        .param("password", TestUsers.PASSWORD))
                .andReturn()
                .getRequest()
                .getSession();
    String page =
        mvc.perform(get("/enterprises").session(session))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("企业客户列表", "风控经理", "退出").doesNotContain("href=\"/audit\"");
  }

  @Test
  void aWrongPasswordIsRefusedAndAudited() throws Exception {
    MockHttpServletResponse response = signIn("exec", "not-the-password");

    assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
    assertThat(audited("exec", "LOGIN_FAILED"))
        .anySatisfy(e -> assertThat(e.remoteAddr()).isEqualTo("10.1.2.3"));
  }

  @Test
  void locksTheAccountAfterFiveFailuresUntilAnAdministratorSetsAPassword() throws Exception {
    newUser("lockme");
    for (int i = 0; i < 5; i++) {
      assertThat(signIn("lockme", "wrong-" + i).getRedirectedUrl()).isEqualTo("/login?error");
    }

    assertThat(signIn("lockme", TestUsers.PASSWORD).getRedirectedUrl()).isEqualTo("/login?locked");
    assertThat(
            mvc.perform(get("/api/enterprises").with(TestUsers.as("lockme")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(401);
    assertThat(audited("lockme", "LOGIN_FAILED")).hasSize(5);
    assertThat(audited("lockme", "LOGIN_LOCKED")).isNotEmpty();

    accounts.setPassword("lockme", TestUsers.PASSWORD, "admin", null);
    assertThat(signIn("lockme", TestUsers.PASSWORD).getRedirectedUrl()).isEqualTo("/");
  }

  @Test
  void aSuccessfulSignInResetsTheFailureCount() throws Exception {
    newUser("forgetful");
    for (int i = 0; i < 4; i++) {
      signIn("forgetful", "wrong-" + i);
    }
    assertThat(signIn("forgetful", TestUsers.PASSWORD).getRedirectedUrl()).isEqualTo("/");
    for (int i = 0; i < 4; i++) {
      signIn("forgetful", "wrong-again-" + i);
    }
    assertThat(signIn("forgetful", TestUsers.PASSWORD).getRedirectedUrl()).isEqualTo("/");
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
    assertThat(
            mvc.perform(
                    post("/login").param("username", "risk").param("password", TestUsers.PASSWORD))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
  }

  @Test
  void aSessionNeedsTheCsrfTokenEvenWhenTheRequestAlsoCarriesBasicCredentials() throws Exception {
    var withSessionCookie =
        post("/admin/users")
            .param("username", "csrf-victim")
            .param("password", TestUsers.PASSWORD)
            .param("roles", "ADMIN")
            .with(TestUsers.as("admin"))
            .with(
                r -> {
                  r.setRequestedSessionId("a-browser-session");
                  return r;
                });
    assertThat(mvc.perform(withSessionCookie).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(accounts.list()).noneMatch(u -> u.username().equals("csrf-victim"));

    var script =
        post("/admin/users")
            .param("username", "scripted")
            .param("password", TestUsers.PASSWORD)
            .param("roles", "AUDITOR")
            .with(TestUsers.as("admin"));
    assertThat(mvc.perform(script).andReturn().getResponse().getRedirectedUrl())
        .isEqualTo("/admin/users");
    assertThat(accounts.list()).anyMatch(u -> u.username().equals("scripted"));
  }

  @Test
  void restWithoutCredentialsIsUnauthorizedWithoutABrowserPrompt() throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/api/enterprises")).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeader("WWW-Authenticate")).isNull();
    assertThat(response.getContentType()).startsWith("application/problem+json");
  }

  @Test
  void everyAnswerCarriesTheSecureHeaders() throws Exception {
    for (String url : List.of("/login", "/enterprises")) {
      MockHttpServletResponse response =
          mvc.perform(get(url).with(TestUsers.as("risk"))).andReturn().getResponse();
      assertThat(response.getHeader("Content-Security-Policy"))
          .contains("default-src 'self'", "script-src 'self';", "frame-ancestors 'none'");
      assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
      assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
    }
  }

  @Test
  void sessionsTimeOutAfterThirtyMinutesByDefault(@Autowired Environment env) {
    assertThat(
            Duration.parse("PT" + env.getProperty("server.servlet.session.timeout").toUpperCase()))
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void administratorsAddDisableAndEnableUsersOnThePage() throws Exception {
    String created =
        mvc.perform(
                post("/admin/users")
                    .with(csrf())
                    .with(TestUsers.as("admin"))
                    .param("username", "newrm")
                    .param("displayName", "王<b>芳</b>")
                    .param("password", TestUsers.PASSWORD)
                    .param("roles", "RM")
                    .param("rmId", "RM0002"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(created).isEqualTo("/admin/users");
    String list =
        mvc.perform(get("/admin/users").with(TestUsers.as("admin")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(list).contains("newrm", "王&lt;b&gt;芳&lt;/b&gt;", "RM0002").doesNotContain("王<b>");
    assertThat(
            mvc.perform(get("/api/enterprises").with(TestUsers.as("newrm")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);

    mvc.perform(post("/admin/users/newrm/disable").with(csrf()).with(TestUsers.as("admin")));
    assertThat(
            mvc.perform(get("/api/enterprises").with(TestUsers.as("newrm")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(401);
    mvc.perform(post("/admin/users/newrm/enable").with(csrf()).with(TestUsers.as("admin")));
    assertThat(
            mvc.perform(get("/api/enterprises").with(TestUsers.as("newrm")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(200);
    assertThat(audited("admin", "USER_ADDED")).anyMatch(e -> "newrm".equals(e.target()));
    assertThat(audited("admin", "USER_DISABLED")).anyMatch(e -> "newrm".equals(e.target()));
    assertThat(audited("admin", "USER_ENABLED")).anyMatch(e -> "newrm".equals(e.target()));
  }

  @Test
  void anOpenSessionEndsOnceItsAccountIsDisabled() throws Exception {
    newUser("leaving");
    MockHttpSession session = TestUsers.session(mvc, "leaving");
    assertThat(
            mvc.perform(get("/dashboard").session(session)).andReturn().getResponse().getStatus())
        .isEqualTo(200);

    accounts.setEnabled("leaving", false, "admin", null);
    // within the recheck interval the session still holds; once it has passed, it ends
    assertThat(
            mvc.perform(get("/dashboard").session(session)).andReturn().getResponse().getStatus())
        .isEqualTo(200);
    session.removeAttribute(AccountCheckFilter.class.getName() + ".checkedAt");
    MockHttpServletResponse ended =
        mvc.perform(get("/dashboard").session(session)).andReturn().getResponse();

    assertThat(ended.getStatus()).isEqualTo(302);
    assertThat(ended.getRedirectedUrl()).isEqualTo("/login?expired");
    assertThat(session.isInvalid()).isTrue();
    String page =
        mvc.perform(get("/login?expired"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("账户已被停用或权限已变更");
  }

  @Test
  void aSessionHoldsOnlyWhileItsAccountKeepsItsRolesAndScope() {
    AppUser rm = new AppUser("x", "x", "h", EnumSet.of(Role.RM), null, "RM0001", true, 0, null);
    assertThat(AccountCheckFilter.unchanged(rm, java.util.Optional.of(rm))).isTrue();
    assertThat(AccountCheckFilter.unchanged(rm, java.util.Optional.empty())).isFalse();
    assertThat(
            AccountCheckFilter.unchanged(
                rm,
                java.util.Optional.of(
                    new AppUser(
                        "x", "x", "h", EnumSet.of(Role.RM), null, "RM0001", false, 0, null))))
        .isFalse();
    assertThat(
            AccountCheckFilter.unchanged(
                rm,
                java.util.Optional.of(
                    new AppUser(
                        "x", "x", "h", EnumSet.of(Role.RM), null, "RM0002", true, 0, null))))
        .isFalse();
    assertThat(
            AccountCheckFilter.unchanged(
                rm,
                java.util.Optional.of(
                    new AppUser(
                        "x",
                        "x",
                        "h",
                        EnumSet.of(Role.RM, Role.ANALYST),
                        null,
                        "RM0001",
                        true,
                        0,
                        null))))
        .isFalse();
  }

  @Test
  void anRmWithoutItsRmIdIsRefusedWithAMessageNamingIt() throws Exception {
    mvc.perform(
        post("/admin/users")
            .with(csrf())
            .with(TestUsers.as("admin"))
            .param("username", "half-rm")
            .param("password", TestUsers.PASSWORD)
            .param("roles", "RM"));

    assertThat(accounts.list()).noneMatch(u -> u.username().equals("half-rm"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                accounts.add(
                    new UserAccounts.NewUser(
                        "half-rm", null, TestUsers.PASSWORD, EnumSet.of(Role.RM), null, null),
                    "test",
                    null))
        .hasMessageContaining("rm_id");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                accounts.add(
                    new UserAccounts.NewUser(
                        "short-pw", null, "short", EnumSet.of(Role.AUDITOR), null, null),
                    "test",
                    null))
        .hasMessageContaining("at least 8 characters");
  }

  @Test
  void everyCustomerViewIsAuditedAndAuditorsFindItByUser() throws Exception {
    jdbc.update(
        "INSERT INTO enterprise (enterprise_id, name, rm_id, batch_id, file_id, line_no)"
            + " VALUES ('AUD1', '审计测试有限公司', 'RM0001', 0, 0, 0)");
    mvc.perform(
        get("/enterprises/AUD1")
            .with(TestUsers.as("rm1"))
            .with(
                r -> {
                  r.setRemoteAddr("10.9.8.7");
                  return r;
                }));
    mvc.perform(get("/api/enterprises/AUD1").with(TestUsers.as("rm1")));

    assertThat(audited("rm1", "VIEW_CUSTOMER"))
        .filteredOn(e -> "AUD1".equals(e.target()))
        .hasSize(2)
        .anySatisfy(e -> assertThat(e.remoteAddr()).isEqualTo("10.9.8.7"));
    String page =
        mvc.perform(get("/audit?actor=rm1&action=VIEW_CUSTOMER").with(TestUsers.as("auditor")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("AUD1", "10.9.8.7", "<td>查看客户</td>").doesNotContain("<td>登录</td>");
  }
}
