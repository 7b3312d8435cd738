package io.loanradar.app.riskdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.TestUsers;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The alert queue narrowed to one severity, where the dashboard's response times drill down; the
 * narrowing never widens the user's scope. E001 belongs to RM0001, E003 to RM0003.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertQueueSeverityIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @BeforeAll
  void customers(@Autowired Importer importer, @Autowired UserAccounts accounts) throws Exception {
    TestUsers.createWithTheGoodContract(accounts, importer);
    insert("A1", "E001", "MEDIUM");
    insert("A2", "E002", "CRITICAL");
    insert("A3", "E003", "CRITICAL");
  }

  private void insert(String id, String enterprise, String severity) {
    jdbc.update(
        "INSERT INTO warning_alert (alert_id, enterprise_id, open_key, raised_on, assessed_on,"
            + " status, severity, risk_grade, risk_points, suggested_five_category,"
            + " bank_five_category, five_category_rule, five_category_reason_zh,"
            + " five_category_reason_en, signals, evidence_zh, evidence_en, created_at,"
            + " updated_at, sla_due_at) VALUES (?, ?, ?, DATE '2026-11-01', DATE '2026-11-01',"
            + " 'NEW', ?, 4, 9, 'SUBSTANDARD', 'SPECIAL_MENTION', 'OVERDUE_90', '', '',"
            + " 'OVERDUE_HERE', '', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
            + " TIMESTAMP '2099-01-01 00:00:00')",
        id,
        enterprise,
        enterprise,
        severity);
  }

  private String page(String user, String query) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/alerts" + query).with(TestUsers.as(user))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void oneSeverityListsOnlyItsAlertsInScope() throws Exception {
    String critical = page("risk", "?severity=CRITICAL");
    assertThat(critical).contains("id=\"alert-A2\"", "id=\"alert-A3\"", "共 2 条未关闭预警");
    assertThat(critical).doesNotContain("id=\"alert-A1\"");
    assertThat(critical).contains("filters-active", "href=\"/alerts\"");
    String ofRm3 = page("rm3", "?severity=critical");
    assertThat(ofRm3).contains("id=\"alert-A3\"", "共 1 条未关闭预警").doesNotContain("alert-A2");
  }

  @Test
  void noOrAnUnknownSeverityListsEveryAlertInScope() throws Exception {
    assertThat(page("risk", "")).contains("alert-A1", "alert-A2", "alert-A3");
    assertThat(page("risk", "?severity=%3Cb%3E"))
        .contains("alert-A1", "alert-A2", "alert-A3")
        .doesNotContain("filters-active", "&lt;b&gt;");
  }

  private static List<String> alertIds(String html) {
    List<String> ids = new java.util.ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("id=\"alert-([^\"]+)\"").matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  @Test
  void theQueueIsPagedMostSevereFirstAndEveryAlertIsOnExactlyOnePage() throws Exception {
    for (int i = 1; i <= 57; i++) {
      String enterprise = String.format("E8%03d", i);
      jdbc.update(
          "INSERT INTO enterprise (enterprise_id, name, rm_id, branch_id, batch_id, file_id,"
              + " line_no) VALUES (?, ?, 'RM0003', 'BR02', 0, 0, 0)",
          enterprise,
          "分页测试企业" + i);
      insert("P" + i, enterprise, i % 3 == 0 ? "HIGH" : "LOW");
    }
    try {
      String first = page("risk", "");
      String second = page("risk", "?page=2");

      assertThat(first).contains("共 60 条未关闭预警", "第 1/2 页（第 1–50 条", "href=\"/alerts?page=2\"");
      assertThat(second).contains("第 2/2 页（第 51–60 条", "href=\"/alerts?page=1\"");
      List<String> shown = new java.util.ArrayList<>(alertIds(first));
      assertThat(shown).hasSize(AlertQueue.PAGE_ROWS).startsWith("A2", "A3");
      shown.addAll(alertIds(second));
      assertThat(shown).hasSize(60).doesNotHaveDuplicates();
      assertThat(alertIds(page("risk", "?page=99")))
          .as("past the end: the last page")
          .containsExactlyElementsOf(alertIds(second));

      String low = page("risk", "?severity=LOW&page=1");
      assertThat(low).contains("共 38 条未关闭预警").doesNotContain("alert-A2", "pager");
      assertThat(page("rm3", "")).contains("共 58 条未关闭预警", "第 1/2 页");

      // a move through htmx draws the queue again as the user saw it
      String redrawn =
          mvc.perform(
                  post("/alerts/P1/move")
                      .with(TestUsers.as("risk"))
                      .header("HX-Request", "true")
                      .param("target", "ACKNOWLEDGED")
                      .param("page", "2"))
              .andReturn()
              .getResponse()
              .getContentAsString(StandardCharsets.UTF_8);
      assertThat(redrawn).contains("第 2/2 页", "name=\"page\" value=\"2\"");
      assertThat(alertIds(redrawn)).containsExactlyElementsOf(alertIds(second));
    } finally {
      jdbc.update("DELETE FROM warning_alert_event WHERE alert_id LIKE 'P%'");
      jdbc.update("DELETE FROM warning_alert WHERE alert_id LIKE 'P%'");
      jdbc.update("DELETE FROM enterprise WHERE enterprise_id LIKE 'E8%'");
    }
  }
}
