package io.loanradar.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.TestUsers;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
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
 * The workbench shows each user the opportunities, alerts, customers and due dates of their own
 * scope: E001 (苏州恒达) belongs to RM0001, E003 (上海"同舟") to RM0003.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchPageIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @BeforeAll
  void customers(@Autowired Importer importer, @Autowired UserAccounts accounts) throws Exception {
    TestUsers.createWithTheGoodContract(accounts, importer);
    LocalDate soon = LocalDate.now().plusDays(10);
    for (String[] o :
        new String[][] {{"O1", "E001", "EQUIPMENT_UPGRADE"}, {"O3", "E003", "REFINANCE"}}) {
      jdbc.update(
          "INSERT INTO opportunity (opportunity_id, enterprise_id, scenario, stage, open_key,"
              + " detected_on, refreshed_on, estimated_amount, amount_method, expected_by,"
              + " priority, owner, products, products_zh, products_en, evidence_zh, evidence_en)"
              + " VALUES (?, ?, ?, 'NEW', ?, DATE '2026-10-01', DATE '2026-10-01', 5000000,"
              + " 'FORMULA', ?, 1, NULL, 'EQ01', '', '', '', '')",
          o[0],
          o[1],
          o[2],
          o[1] + ":" + o[2],
          soon);
    }
    jdbc.update(
        "INSERT INTO warning_alert (alert_id, enterprise_id, open_key, raised_on, assessed_on,"
            + " status, severity, risk_grade, risk_points, suggested_five_category,"
            + " bank_five_category, five_category_rule, five_category_reason_zh,"
            + " five_category_reason_en, signals, evidence_zh, evidence_en, created_at,"
            + " updated_at, sla_due_at) VALUES ('A3', 'E003', 'E003', DATE '2026-11-01',"
            + " DATE '2026-11-01', 'NEW', 'CRITICAL', 5, 12, 'SUBSTANDARD', 'NORMAL', 'OVERDUE_90',"
            + " '', '', 'OVERDUE_HERE', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
            + " CURRENT_TIMESTAMP)");
    jdbc.update(
        "INSERT INTO watchlist_entry (enterprise_id, active_key, reason, review_on, added_by,"
            + " added_at) VALUES ('E001', 'E001', '大股东股权质押', ?, 'risk', CURRENT_TIMESTAMP)",
        LocalDate.now().minusDays(2));
  }

  private String workbench(String user) throws Exception {
    MockHttpSession session = TestUsers.session(mvc, user);
    MockHttpServletResponse response =
        mvc.perform(get("/workbench").session(session)).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void anRmSeesOnlyTheirOwnOpportunitiesAlertsAndDueDates() throws Exception {
    String page = workbench("rm1");
    assertThat(page).contains("客户经理工作台", "class=\"wb-opportunity\"", "设备更新");
    assertThat(page).contains("大股东股权质押", "关注名单复核", "overdue-row");
    assertThat(page).doesNotContain("同舟", "续贷/转贷", "class=\"wb-alert");
  }

  @Test
  void aRiskManagerSeesEveryCustomersAlerts() throws Exception {
    String page = workbench("risk");
    assertThat(page).contains("class=\"wb-alert alert-row sev-CRITICAL\"", "同舟", "续贷/转贷");
  }
}
