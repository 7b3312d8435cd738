package io.loanradar.app.riskdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.TestUsers;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.security.UserAccounts;
import java.nio.charset.StandardCharsets;
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
 * The alert queue: each user sees the open alerts of their customers only, most severe first; risk
 * managers and the debtor's RM handle them with a note; risk managers keep the watchlist. E001
 * belongs to RM0001, E003 to RM0003.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertQueuePageIT {

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
  void alerts() {
    jdbc.update("DELETE FROM warning_alert_event");
    jdbc.update("DELETE FROM warning_alert");
    jdbc.update("DELETE FROM watchlist_entry");
    insert("A1", "E001", "MEDIUM", "2099-01-01 00:00:00");
    insert("A3", "E003", "CRITICAL", "2020-01-01 00:00:00");
  }

  private void insert(String id, String enterprise, String severity, String slaDue) {
    jdbc.update(
        "INSERT INTO warning_alert (alert_id, enterprise_id, open_key, raised_on, assessed_on,"
            + " status, severity, risk_grade, risk_points, suggested_five_category,"
            + " bank_five_category, five_category_rule, five_category_reason_zh,"
            + " five_category_reason_en, signals, evidence_zh, evidence_en, created_at,"
            + " updated_at, sla_due_at) VALUES (?, ?, ?, DATE '2026-11-01', DATE '2026-11-01',"
            + " 'NEW', ?, 4, 9, 'SUBSTANDARD', 'SPECIAL_MENTION', 'OVERDUE_90', '逾期超过90天',"
            + " 'Overdue over 90 days', 'OVERDUE_HERE;INFLOW_DROP',"
            + " '2026-10-20 本行贷款逾期95天;近3个月流入同比下降52%',"
            + " '2026-10-20 loan 95 days overdue;inflows down 52% year on year',"
            + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CAST(? AS TIMESTAMP))",
        id, enterprise, enterprise, severity, slaDue);
  }

  private MockHttpSession signIn(String user) throws Exception {
    return TestUsers.session(mvc, user);
  }

  private String page(MockHttpSession session) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/alerts").session(session)).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private int move(MockHttpSession session, String id, String target, String note)
      throws Exception {
    return mvc.perform(
            post("/alerts/" + id + "/move")
                .session(session)
                .with(csrf())
                .param("target", target)
                .param("note", note))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private String status(String id) {
    return jdbc.queryForObject(
        "SELECT status FROM warning_alert WHERE alert_id = ?", String.class, id);
  }

  @Test
  void eachUserSeesTheAlertsOfTheirCustomersMostSevereFirstWithTheSlaClock() throws Exception {
    String risk = page(signIn("risk"));
    assertThat(risk).contains("id=\"alert-A1\"", "id=\"alert-A3\"", "已超时", "次级 / 关注");
    assertThat(risk.indexOf("alert-A3")).isLessThan(risk.indexOf("alert-A1"));
    assertThat(page(signIn("rm1"))).contains("alert-A1").doesNotContain("alert-A3");
    assertThat(page(signIn("exec"))).contains("alert-A1").doesNotContain("→ 已确认");
  }

  @Test
  void aRiskManagerAcknowledgesWithANoteKeptWithWhoAndWhen() throws Exception {
    assertThat(move(signIn("risk"), "A3", "ACKNOWLEDGED", "已电话联系财务")).isEqualTo(302);
    assertThat(status("A3")).isEqualTo("ACKNOWLEDGED");
    assertThat(
            jdbc.queryForMap(
                "SELECT actor, to_status, note FROM warning_alert_event WHERE alert_id = 'A3'"
                    + " ORDER BY event_id DESC LIMIT 1"))
        .containsEntry("actor", "risk")
        .containsEntry("to_status", "ACKNOWLEDGED")
        .containsEntry("note", "已电话联系财务");
    assertThat(move(signIn("risk"), "A3", "NEW", "")).isEqualTo(302);
    assertThat(status("A3")).as("an illegal move changes nothing").isEqualTo("ACKNOWLEDGED");
  }

  @Test
  void nobodyHandlesWhatTheyMayNotSeeOrMayNotHandle() throws Exception {
    assertThat(move(signIn("rm1"), "A3", "ACKNOWLEDGED", "")).isEqualTo(404);
    assertThat(move(signIn("exec"), "A1", "ACKNOWLEDGED", "")).isEqualTo(403);
    assertThat(move(signIn("rm1"), "A1", "ACKNOWLEDGED", "")).isEqualTo(302);
    assertThat(status("A1")).isEqualTo("ACKNOWLEDGED");
    assertThat(status("A3")).isEqualTo("NEW");
  }

  @Test
  void aRiskManagerKeepsTheWatchlist() throws Exception {
    MockHttpSession risk = signIn("risk");
    var add =
        post("/watchlist")
            .session(risk)
            .with(csrf())
            .param("enterprise", "E003")
            .param("reason", "实际控制人涉诉")
            .param("review", "2027-01-15");
    assertThat(mvc.perform(add).andReturn().getResponse().getStatus()).isEqualTo(302);
    assertThat(page(risk)).contains("实际控制人涉诉", "2027-01-15");
    assertThat(page(signIn("rm1"))).doesNotContain("实际控制人涉诉");
    var byRm =
        post("/watchlist")
            .session(signIn("rm1"))
            .with(csrf())
            .param("enterprise", "E001")
            .param("reason", "x")
            .param("review", "2027-01-15");
    assertThat(mvc.perform(byRm).andReturn().getResponse().getStatus()).isEqualTo(403);
  }

  @Test
  void theCustomerPageListsTheDebtorsAlerts() throws Exception {
    String page =
        mvc.perform(get("/enterprises/E003").session(signIn("risk")))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    assertThat(page).contains("class=\"customer-alert-row\"", "严重", "次级 / 关注");
  }

  @Test
  void aRiskManagerTakesAnEnterpriseOffTheWatchlistWithAReasonKeptAndAudited() throws Exception {
    MockHttpSession risk = signIn("risk");
    mvc.perform(
        post("/watchlist")
            .session(risk)
            .with(csrf())
            .param("enterprise", "E003")
            .param("reason", "担保圈风险")
            .param("review", "2027-01-15"));
    assertThat(page(risk)).contains("id=\"watch-E003\"", "/watchlist/E003/remove");
    assertThat(page(signIn("exec"))).contains("id=\"watch-E003\"").doesNotContain("/remove");

    var noReason = post("/watchlist/E003/remove").session(risk).with(csrf()).param("reason", "  ");
    assertThat(mvc.perform(noReason).andReturn().getResponse().getStatus()).isEqualTo(302);
    assertThat(active("E003")).as("a removal without a reason changes nothing").isEqualTo(1);
    var noToken = post("/watchlist/E003/remove").session(risk).param("reason", "已落实担保");
    assertThat(mvc.perform(noToken).andReturn().getResponse().getStatus()).isEqualTo(403);
    var byRm =
        post("/watchlist/E001/remove").session(signIn("rm1")).with(csrf()).param("reason", "x");
    assertThat(mvc.perform(byRm).andReturn().getResponse().getStatus()).isEqualTo(403);
    assertThat(active("E003")).isEqualTo(1);

    var remove =
        post("/watchlist/E003/remove").session(risk).with(csrf()).param("reason", "已落实抵押<b>补充</b>");
    assertThat(mvc.perform(remove).andReturn().getResponse().getStatus()).isEqualTo(302);
    assertThat(active("E003")).isZero();
    assertThat(
            jdbc.queryForMap(
                "SELECT removed_by, removal_note FROM watchlist_entry WHERE enterprise_id = 'E003'"))
        .containsEntry("removed_by", "risk")
        .containsEntry("removal_note", "已落实抵押<b>补充</b>");
    assertThat(page(risk)).doesNotContain("id=\"watch-E003\"");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE actor = 'risk' AND action = 'WATCHLIST_REMOVED'"
                    + " AND target = 'E003'",
                Long.class))
        .isEqualTo(1L);
  }

  private long active(String enterprise) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM watchlist_entry WHERE active_key = ?", Long.class, enterprise);
  }

  @Test
  void anAlertsHistoryShowsWhoWhenWhichStepAndTheNoteEscapedToThoseWhoMaySeeIt() throws Exception {
    assertThat(move(signIn("risk"), "A1", "ACKNOWLEDGED", "<img src=x onerror=alert(1)>已致电"))
        .isEqualTo(302);
    assertThat(move(signIn("rm1"), "A1", "IN_PROGRESS", "上门走访")).isEqualTo(302);
    assertThat(page(signIn("risk"))).contains("hx-get=\"/alerts/A1/history\"");

    MockHttpServletResponse response =
        mvc.perform(get("/alerts/A1/history").session(signIn("rm1")).header("HX-Request", "true"))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    String history = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(history)
        .contains("id=\"history-A1\"", "risk", "新建 → 已确认", "rm1", "已确认 → 处置中", "上门走访")
        .contains("&lt;img src=x onerror=alert(1)&gt;已致电")
        .doesNotContain("<img")
        .doesNotContain("<html");
    assertThat(history.indexOf("新建 → 已确认")).isLessThan(history.indexOf("已确认 → 处置中"));
    assertThat(
            mvc.perform(get("/alerts/A3/history").session(signIn("rm1")))
                .andReturn()
                .getResponse()
                .getStatus())
        .as("another RM's alert")
        .isEqualTo(404);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'ALERT_MOVED' AND target = 'A1'",
                Long.class))
        .isEqualTo(2L);
  }
}
