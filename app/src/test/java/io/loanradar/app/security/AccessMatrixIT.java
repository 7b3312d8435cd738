package io.loanradar.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.loanradar.app.TestUsers;
import io.loanradar.app.ingest.ImportReport;
import io.loanradar.app.ingest.Importer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every page and endpoint × every role, and what each role's scope lets through: E001 belongs to
 * RM0001 in BR01, E002 to RM0002 in BR01, E003 to RM0003 in BR02. Subclasses pick H2 or PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AccessMatrixIT {

  /** Who asks, in the column order of {@link #MATRIX}; {@code anonymous} sends no credentials. */
  static final List<String> WHO =
      List.of(
          "rm1",
          "rm3",
          "branch1",
          "risk",
          "product",
          "analyst",
          "exec",
          "admin",
          "auditor",
          "anonymous");

  /**
   * The expected status per endpoint, one column per {@link #WHO}: 404 for a customer out of scope
   * (no hint that it exists), 403 for a page the role may not open, a redirect to the login page or
   * 401 for REST without credentials.
   */
  static final Map<String, String> MATRIX =
      Map.ofEntries(
          Map.entry("/", "302 302 302 302 302 302 302 302 302 302"),
          Map.entry("/enterprises", "200 200 200 200 200 200 200 200 200 302"),
          Map.entry("/dashboard", "200 200 200 200 200 200 200 200 200 302"),
          Map.entry("/opportunities", "200 200 200 200 200 200 200 200 200 302"),
          Map.entry("/alerts", "200 200 200 200 200 200 200 200 200 302"),
          Map.entry("/workbench", "200 200 200 200 200 200 200 200 200 302"),
          Map.entry("/products", "200 200 200 200 200 200 200 200 200 302"),
          Map.entry("/products/new", "403 403 403 403 200 403 403 403 403 302"),
          Map.entry("/products/NOPE", "404 404 404 404 404 404 404 404 404 302"),
          Map.entry("/scorecard", "200 200 200 200 200 200 200 200 200 302"),
          Map.entry("/alerts/NOPE/history", "404 404 404 404 404 404 404 404 404 302"),
          Map.entry("/enterprises/E001", "200 404 200 200 200 200 200 200 200 302"),
          Map.entry("/enterprises/E002", "404 404 200 200 200 200 200 200 200 302"),
          Map.entry("/enterprises/E003", "404 200 404 200 200 200 200 200 200 302"),
          Map.entry("/enterprises/NOPE", "404 404 404 404 404 404 404 404 404 302"),
          Map.entry("/api/enterprises", "200 200 200 200 200 200 200 200 200 401"),
          Map.entry("/api/enterprises/E001", "200 404 200 200 200 200 200 200 200 401"),
          Map.entry("/api/enterprises/E003", "404 200 404 200 200 200 200 200 200 401"),
          Map.entry(
              "/api/scores/migrations?from=2026-09-30&to=2026-10-31",
              "200 200 200 200 200 200 200 200 200 401"),
          Map.entry("/api/lineage/loans?key=L1", "200 404 200 200 200 200 200 200 200 401"),
          Map.entry("/api/lineage/enterprises?key=E003", "404 200 404 200 200 200 200 200 200 401"),
          Map.entry("/imports", "403 403 403 403 403 200 403 200 403 302"),
          Map.entry("/api/imports/{batch}", "403 403 403 403 403 200 403 200 403 401"),
          Map.entry("/imports/{batch}/quarantine.csv", "403 403 403 403 403 200 403 200 403 302"),
          Map.entry("/admin/users", "403 403 403 403 403 403 403 200 403 302"),
          Map.entry("/audit", "403 403 403 403 403 403 403 403 200 302"),
          Map.entry("/models", "403 403 403 200 403 200 200 403 200 302"),
          Map.entry("/login", "200 200 200 200 200 200 200 200 200 200"),
          Map.entry("/actuator/health", "200 200 200 200 200 200 200 200 200 200"));

  /** Where {@code /} sends each caller: the page their role starts the day on. */
  static final Map<String, String> LANDING =
      Map.of(
          "rm1", "/workbench",
          "rm3", "/workbench",
          "branch1", "/workbench",
          "risk", "/alerts",
          "product", "/products",
          "analyst", "/imports",
          "exec", "/dashboard",
          "admin", "/admin/users",
          "auditor", "/audit",
          "anonymous", "/login");

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  long batch;

  @BeforeAll
  void store(@Autowired Importer importer, @Autowired UserAccounts accounts) throws Exception {
    ImportReport report = TestUsers.createWithTheGoodContract(accounts, importer);
    batch = report.batchId();
    jdbc.update("DELETE FROM score");
    for (String id : List.of("E001", "E002", "E003")) {
      score(id, "2026-09-30", "B");
      score(id, "2026-10-31", "A");
    }
  }

  private void score(String id, String asOf, String grade) {
    jdbc.update(
        "INSERT INTO score (enterprise_id, as_of, score, grade, tier, factor_size,"
            + " factor_industry_position, factor_credit, factor_growth, factor_relationship,"
            + " factor_leverage, reasons_zh, reasons_en, config_version, computed_at) VALUES (?,"
            + " CAST(? AS DATE), 70, ?, 'GENERAL', 50, 50, 50, 50, 50, 50, '理由', 'reason',"
            + " 'test', CURRENT_TIMESTAMP)",
        id,
        asOf,
        grade);
  }

  Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    MATRIX.forEach(
        (url, codes) -> {
          String[] expected = codes.strip().split("\\s+");
          assertThat(expected).as(url).hasSize(WHO.size());
          for (int i = 0; i < WHO.size(); i++) {
            cases.add(Arguments.of(url, WHO.get(i), Integer.parseInt(expected[i])));
          }
        });
    return cases.stream();
  }

  private MockHttpServletResponse call(AbstractMockHttpServletRequestBuilder<?> request, String who)
      throws Exception {
    if (!"anonymous".equals(who)) {
      request.with(TestUsers.as(who));
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  @ParameterizedTest(name = "{1} GET {0} → {2}")
  @MethodSource("matrix")
  void everyRoleGetsWhatItsRoleAndScopeAllow(String url, String who, int status) throws Exception {
    MockHttpServletResponse response = call(get(url.replace("{batch}", Long.toString(batch))), who);

    assertThat(response.getStatus()).as("%s GET %s", who, url).isEqualTo(status);
    if (status == 302) {
      String target = "anonymous".equals(who) ? "/login" : LANDING.get(who);
      assertThat(response.getRedirectedUrl()).endsWith(target);
    }
    if (status >= 400) {
      assertThat(response.getContentAsString(StandardCharsets.UTF_8))
          .as("nothing of a customer leaks into a refusal")
          .doesNotContain("苏州恒达", "杭州云启", "同舟", "RM000", "91350100M000100Y43");
    }
  }

  Stream<Arguments> uploaders() {
    return Stream.of(
        Arguments.of("rm1", 403),
        Arguments.of("branch1", 403),
        Arguments.of("risk", 403),
        Arguments.of("product", 403),
        Arguments.of("analyst", 200),
        Arguments.of("exec", 403),
        Arguments.of("admin", 200),
        Arguments.of("auditor", 403),
        // no credentials and no CSRF token: refused before anything else is looked at
        Arguments.of("anonymous", 403));
  }

  @ParameterizedTest(name = "{0} POST /api/imports → {1}")
  @MethodSource("uploaders")
  void onlyAnalystsAndAdminsImport(String who, int status) throws Exception {
    AbstractMockHttpServletRequestBuilder<?> upload =
        multipart("/api/imports")
            .file(
                new MockMultipartFile(
                    "files",
                    "enterprises.csv",
                    "text/csv",
                    ("enterprise_id,name\nU-" + who + ",上传测试有限公司\n")
                        .getBytes(StandardCharsets.UTF_8)));

    assertThat(call(upload, who).getStatus()).isEqualTo(status);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM enterprise WHERE enterprise_id = ?", Long.class, "U-" + who))
        .isEqualTo(status == 200 ? 1L : 0L);
  }

  private String body(String url, String who) throws Exception {
    MockHttpServletResponse response = call(get(url), who);
    assertThat(response.getStatus()).as("%s GET %s", who, url).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void listsHoldOnlyTheCustomersInScope() throws Exception {
    assertThat(body("/api/enterprises?size=200", "rm1"))
        .contains("\"E001\"", "\"total\":1")
        .doesNotContain("E002", "E003");
    assertThat(body("/api/enterprises?size=200", "branch1"))
        .contains("\"E001\"", "\"E002\"", "\"total\":2")
        .doesNotContain("E003");
    assertThat(body("/api/enterprises?size=200", "risk"))
        .contains("\"E001\"", "\"E002\"", "\"E003\"");
    assertThat(body("/enterprises", "rm3")).contains("同舟", "共 1 家企业").doesNotContain("苏州恒达");
  }

  @Test
  void aFilterCannotWidenTheScope() throws Exception {
    assertThat(body("/api/enterprises?rm=RM0003", "rm1")).contains("\"total\":0");
    assertThat(body("/api/enterprises?branch=BR02", "branch1")).contains("\"total\":0");
    assertThat(body("/api/enterprises?q=E003", "rm1")).contains("\"total\":0");
  }

  @Test
  void gradeMigrationsHoldOnlyTheCustomersInScope() throws Exception {
    String url = "/api/scores/migrations?from=2026-09-30&to=2026-10-31";
    assertThat(body(url, "rm1")).contains("E001").doesNotContain("E002", "E003");
    assertThat(body(url, "branch1")).contains("E001", "E002").doesNotContain("E003");
    assertThat(body(url, "exec")).contains("E001", "E002", "E003");
  }

  @Test
  void anRmWithoutAnIdOnRecordSeesNoCustomer() throws Exception {
    jdbc.update(
        "INSERT INTO app_user (username, display_name, password_hash, roles, created_at)"
            + " SELECT 'rm-noid', 'rm-noid', password_hash, 'RM', CURRENT_TIMESTAMP FROM app_user"
            + " WHERE username = 'rm1'");

    assertThat(body("/api/enterprises", "rm-noid")).contains("\"total\":0");
    assertThat(call(get("/enterprises/E001"), "rm-noid").getStatus()).isEqualTo(404);
  }
}
