package io.loanradar.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.TestUsers;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pipeline page: each user sees the opportunities of their customers only, and RMs move them on
 * with a note, recorded and audited; E001 belongs to RM0001, E003 to RM0003.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelinePageIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @BeforeAll
  void customers(@Autowired Importer importer, @Autowired UserAccounts accounts) throws Exception {
    TestUsers.createWithTheGoodContract(accounts, importer);
  }

  @BeforeEach
  void opportunities() {
    jdbc.update("DELETE FROM opportunity_transition");
    jdbc.update("DELETE FROM opportunity");
    insert("O1", "E001", "RM0001", "EQUIPMENT_UPGRADE");
    insert("O3", "E003", "RM0003", "REFINANCE");
  }

  private void insert(String id, String enterprise, String owner, String scenario) {
    jdbc.update(
        "INSERT INTO opportunity (opportunity_id, enterprise_id, scenario, stage, open_key,"
            + " detected_on, refreshed_on, estimated_amount, amount_method, expected_by, priority,"
            + " owner, products, products_zh, products_en, evidence_zh, evidence_en) VALUES"
            + " (?, ?, ?, 'NEW', ?, DATE '2026-10-01', DATE '2026-10-01', 5000000, 'FORMULA',"
            + " DATE '2026-12-31', 1, ?, 'EQ01;WC01', '', '', '2026-09-20 采购设备合同500万元',"
            + " '2026-09-20 equipment contract CNY 5m')",
        id,
        enterprise,
        scenario,
        enterprise + ":" + scenario,
        owner);
  }

  private MockHttpSession signIn(String user) throws Exception {
    return TestUsers.session(mvc, user);
  }

  private String page(MockHttpSession session) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/opportunities").session(session)).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private MockHttpServletResponse move(
      MockHttpSession session, String id, String target, String note, boolean htmx)
      throws Exception {
    var request =
        post("/opportunities/" + id + "/move")
            .session(session)
            .with(csrf())
            .param("target", target)
            .param("note", note);
    if (htmx) {
      request.header("HX-Request", "true");
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  private String stage(String id) {
    return jdbc.queryForObject(
        "SELECT stage FROM opportunity WHERE opportunity_id = ?", String.class, id);
  }

  @Test
  void eachUserSeesTheOpportunitiesOfTheirOwnCustomersOnly() throws Exception {
    assertThat(page(signIn("rm1"))).contains("id=\"opp-O1\"", "设备更新").doesNotContain("opp-O3");
    assertThat(page(signIn("rm3"))).contains("id=\"opp-O3\"").doesNotContain("opp-O1");
    assertThat(page(signIn("risk"))).contains("opp-O1", "opp-O3").doesNotContain("→ 已联系");
    assertThat(page(signIn("rm1"))).contains("→ 已联系", "标记流失");
  }

  @Test
  void anRmMovesTheirOpportunityOnWithANoteThatIsRecordedAndAudited() throws Exception {
    MockHttpSession rm1 = signIn("rm1");

    MockHttpServletResponse response = move(rm1, "O1", "CONTACTED", "已上门拜访财务总监", false);

    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(stage("O1")).isEqualTo("CONTACTED");
    Map<String, Object> transition =
        jdbc.queryForMap(
            "SELECT from_stage, to_stage, actor, note FROM opportunity_transition"
                + " WHERE opportunity_id = 'O1' ORDER BY transition_id DESC LIMIT 1");
    assertThat(transition)
        .containsEntry("from_stage", "NEW")
        .containsEntry("to_stage", "CONTACTED")
        .containsEntry("actor", "rm1")
        .containsEntry("note", "已上门拜访财务总监");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE actor = 'rm1'"
                    + " AND action = 'OPPORTUNITY_MOVED' AND target = 'O1'"
                    + " AND detail = '→ CONTACTED: 已上门拜访财务总监'",
                Long.class))
        .isEqualTo(1);
  }

  @Test
  void anHtmxMoveRedrawsOnlyTheBoardAndAnIllegalMoveSaysWhy() throws Exception {
    MockHttpSession rm1 = signIn("rm1");

    MockHttpServletResponse skipped = move(rm1, "O1", "APPROVED", "", true);

    assertThat(skipped.getStatus()).isEqualTo(200);
    String board = skipped.getContentAsString(StandardCharsets.UTF_8);
    assertThat(board.strip()).startsWith("<div id=\"board\">").doesNotContain("<html");
    assertThat(board).contains("class=\"error\"", "NEW", "APPROVED");
    assertThat(stage("O1")).isEqualTo("NEW");

    MockHttpServletResponse lostWithoutReason = move(rm1, "O1", "LOST", " ", true);
    assertThat(lostWithoutReason.getContentAsString(StandardCharsets.UTF_8)).contains("reason");
    assertThat(stage("O1")).isEqualTo("NEW");

    move(rm1, "O1", "LOST", "客户已获他行授信", true);
    assertThat(stage("O1")).isEqualTo("LOST");
    assertThat(
            jdbc.queryForObject(
                "SELECT lost_reason FROM opportunity WHERE opportunity_id = 'O1'", String.class))
        .isEqualTo("客户已获他行授信");
  }

  @Test
  void nobodyMovesWhatTheyMayNotSeeOrMayNotMove() throws Exception {
    assertThat(move(signIn("rm1"), "O3", "CONTACTED", "", false).getStatus()).isEqualTo(404);
    assertThat(move(signIn("risk"), "O1", "CONTACTED", "", false).getStatus()).isEqualTo(403);
    assertThat(move(signIn("rm1"), "NOPE", "CONTACTED", "", false).getStatus()).isEqualTo(404);
    assertThat(
            mvc.perform(
                    post("/opportunities/O1/move")
                        .session(signIn("rm1"))
                        .param("target", "CONTACTED"))
                .andReturn()
                .getResponse()
                .getStatus())
        .as("a move without the CSRF token")
        .isEqualTo(403);
    assertThat(stage("O1")).isEqualTo("NEW");
    assertThat(stage("O3")).isEqualTo("NEW");
  }

  @Test
  void aBranchManagerSeesTheBranchAndFiltersByScenario() throws Exception {
    MockHttpSession branch = signIn("branch1");
    assertThat(page(branch)).contains("opp-O1").doesNotContain("opp-O3");
    String filtered =
        mvc.perform(get("/opportunities?scenario=REFINANCE").session(signIn("exec")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(filtered).contains("opp-O3").doesNotContain("opp-O1");
  }

  @Test
  void theCustomerPageListsItsOpportunities() throws Exception {
    String page =
        mvc.perform(get("/enterprises/E001").session(signIn("rm1")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("class=\"opportunity-row\"", "设备更新", "500.00万元", "EQ01 · WC01");
  }
}
