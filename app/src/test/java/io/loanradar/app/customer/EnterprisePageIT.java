package io.loanradar.app.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.TestUsers;
import io.loanradar.app.security.UserAccounts;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The enterprise list page, rendered from the store. */
@SpringBootTest
@AutoConfigureMockMvc
class EnterprisePageIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @BeforeEach
  void enterprises(@Autowired UserAccounts accounts) {
    TestUsers.create(accounts);
    jdbc.update("DELETE FROM score");
    jdbc.update("DELETE FROM enterprise");
    for (int i = 1; i <= 45; i++) {
      insert(String.format("E%03d", i), "测试企业" + i + "有限公司", null);
    }
    insert("E900", "<script>alert('x')</script>贸易有限公司", "91350100M000100Y43");
  }

  private void insert(String id, String name, String uscc) {
    jdbc.update(
        "INSERT INTO enterprise (enterprise_id, name, uscc, registered_capital, batch_id, file_id, line_no)"
            + " VALUES (?, ?, ?, 12345678.90, 0, 0, 0)",
        id,
        name,
        uscc);
  }

  private String page(String url) throws Exception {
    return mvc.perform(get(url).with(TestUsers.as("analyst")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void listsEnterprisesTwentyAPageWithAmountsInWan() throws Exception {
    String html = page("/enterprises");

    assertThat(html).contains("企业客户列表", "共 46 家企业", "测试企业1有限公司", "1,234.57万元", "第 1 / 3 页");
    assertThat(html.split("class=\"enterprise-row\"", -1)).hasSize(21);
  }

  @Test
  void showsTheLastPartialPage() throws Exception {
    String html = page("/enterprises?page=2");

    assertThat(html.split("class=\"enterprise-row\"", -1)).hasSize(7);
    assertThat(html).contains("第 3 / 3 页").doesNotContain("rel=\"next\"");
  }

  @Test
  void findsByPartOfTheNameByUsccInLowerCaseAndById() throws Exception {
    assertThat(page("/enterprises?q=企业4")).contains("测试企业4有限公司", "测试企业45有限公司", "共 7 家企业");
    assertThat(page("/enterprises?q=91350100m000100y43")).contains("共 1 家企业", "E900");
    assertThat(page("/enterprises?q=E007")).contains("共 1 家企业", "测试企业7有限公司");
  }

  @Test
  void treatsLikeWildcardsInTheSearchAsText() throws Exception {
    assertThat(page("/enterprises?q=%25")).contains("共 0 家企业", "没有符合条件的企业");
  }

  @Test
  void escapesMarkupInNames() throws Exception {
    String html = page("/enterprises?q=E900");

    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;贸易有限公司")
        .doesNotContain("<script>alert");
  }

  @Test
  void switchesToEnglish() throws Exception {
    assertThat(page("/enterprises?lang=en"))
        .contains("Enterprises", "46 enterprises", "Registered capital");
  }

  private void score(String id, String asOf, double total, String grade, String tier) {
    jdbc.update(
        "INSERT INTO score (enterprise_id, as_of, score, grade, tier, factor_size, factor_industry_position,"
            + " factor_credit, factor_growth, factor_relationship, factor_leverage, reasons_zh, reasons_en,"
            + " config_version, computed_at) VALUES (?, CAST(? AS DATE), ?, ?, ?, 80, 60, 100, 70, 55, 90,"
            + " '无征信逾期记录;近12个月营收同比增长38%', 'No overdue on record;Revenue up 38% year on year',"
            + " 'default-2026.1', CURRENT_TIMESTAMP)",
        id, asOf, total, grade, tier);
  }

  @Test
  void customerPageShowsScoreFactorBarsReasonsAndGradeHistory() throws Exception {
    score("E007", "2026-09-30", 68.5, "B", "GENERAL");
    score("E007", "2026-10-31", 78.25, "A", "KEY_GROWTH");

    String html = page("/enterprises/E007");

    assertThat(html)
        .contains("测试企业7有限公司", "78.25", "重点成长客户", "无征信逾期记录", "近12个月营收同比增长38%")
        .contains("style=\"width:80.00%\"", "B→A", "default-2026.1", ">25%<")
        .doesNotContain("null%");
    assertThat(page("/enterprises/E007?lang=en"))
        .contains("Revenue up 38% year on year", "Key growth");
  }

  @Test
  void customerPageShowsTheLatestBureauLinesWithTheirMaturity() throws Exception {
    jdbc.update("DELETE FROM credit_record");
    String insert =
        "INSERT INTO credit_record (enterprise_id, report_date, facility_id, lender, facility_type,"
            + " outstanding, maturity_date, batch_id, file_id, line_no)"
            + " VALUES ('E007', ?, ?, ?, 'LOAN', 1800000, ?, 0, 0, 0)";
    jdbc.update(insert, LocalDate.of(2026, 6, 30), "CF0", "旧报告银行", LocalDate.of(2026, 12, 1));
    jdbc.update(insert, LocalDate.of(2026, 9, 30), "CF1", "某股份制银行苏州分行", LocalDate.of(2026, 12, 20));
    jdbc.update(insert, LocalDate.of(2026, 9, 30), "CF2", "某城商行", null);

    String bureau = page("/enterprises/E007");
    bureau =
        bureau.substring(
            bureau.indexOf("id=\"bureau\""),
            bureau.indexOf("</section>", bureau.indexOf("id=\"bureau\"")));

    assertThat(bureau)
        .contains("征信授信（截至 2026-09-30）", "到期日", "某股份制银行苏州分行", "2026-12-20", "某城商行")
        .doesNotContain("旧报告银行");
    jdbc.update("DELETE FROM credit_record");
  }

  @Test
  void listSortsByScoreAndFiltersByGrade() throws Exception {
    score("E001", "2026-10-31", 40, "C", "GENERAL");
    score("E002", "2026-10-31", 90, "A", "STRATEGIC");
    score("E003", "2026-10-31", 60, "B", "GENERAL");

    String html = page("/enterprises?sort=score");
    assertThat(html.indexOf("测试企业2有限公司")).isLessThan(html.indexOf("测试企业3有限公司"));
    assertThat(html.indexOf("测试企业3有限公司")).isLessThan(html.indexOf("测试企业1有限公司"));
    assertThat(page("/enterprises?grade=A")).contains("共 1 家企业", "战略客户");
  }

  @Test
  void restListsGradeMigrationsBetweenTwoDates() throws Exception {
    score("E007", "2026-09-30", 68.5, "B", "GENERAL");
    score("E007", "2026-10-31", 78.25, "A", "KEY_GROWTH");
    score("E008", "2026-09-30", 60, "B", "GENERAL");
    score("E008", "2026-10-31", 61, "B", "GENERAL");

    String json =
        mvc.perform(
                get("/api/scores/migrations?from=2026-09-30&to=2026-10-31")
                    .with(TestUsers.as("analyst")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(json)
        .contains("\"enterpriseId\":\"E007\"", "\"fromGrade\":\"B\"", "\"toGrade\":\"A\"")
        .doesNotContain("E008");
  }

  @Test
  void unknownCustomerIsNotFound() throws Exception {
    mvc.perform(get("/enterprises/NOPE").with(TestUsers.as("analyst")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/enterprises/NOPE").with(TestUsers.as("analyst")))
        .andExpect(status().isNotFound());
  }

  @Test
  void restListsRankedEnterprisesAndRefusesAnUnknownSort() throws Exception {
    score("E002", "2026-10-31", 90, "A", "STRATEGIC");
    String json =
        mvc.perform(get("/api/enterprises?grade=A").with(TestUsers.as("analyst")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).contains("\"enterpriseId\":\"E002\"", "\"total\":1");
    mvc.perform(get("/api/enterprises?sort=drop+table").with(TestUsers.as("analyst")))
        .andExpect(status().isBadRequest());
  }
}
