package io.loanradar.app.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.TestUsers;
import io.loanradar.app.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The customer page's relations (graph and table) name and link only the parties the user may see:
 * another RM's customer shows as "out of scope", without its name, id or link.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RelationsScopeIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @BeforeEach
  void bank(@Autowired UserAccounts accounts) {
    TestUsers.create(accounts);
    jdbc.update("DELETE FROM relation");
    jdbc.update("DELETE FROM enterprise");
    enterprise("E001", "甲方制造有限公司", "RM0001");
    enterprise("E002", "乙方隐秘贸易有限公司", "RM0002");
    enterprise("E003", "丙方供应链有限公司", "RM0001");
    relation("E001", "E002", "GUARANTEES");
    relation("E002", "E001", "SUPPLIES");
    relation("E003", "E001", "SUPPLIES");
    relation("E001", "ext:<b>境外控股</b>", "SAME_CONTROLLER");
    relation("E001", "E404", "GROUP_MEMBER");
  }

  private void enterprise(String id, String name, String rm) {
    jdbc.update(
        "INSERT INTO enterprise (enterprise_id, name, rm_id, branch_id, batch_id, file_id, line_no)"
            + " VALUES (?, ?, ?, 'BR01', 0, 0, 0)",
        id,
        name,
        rm);
  }

  private void relation(String from, String to, String type) {
    jdbc.update(
        "INSERT INTO relation (from_id, to_id, type, batch_id, file_id, line_no)"
            + " VALUES (?, ?, ?, 0, 0, 0)",
        from,
        to,
        type);
  }

  private String page(String user) throws Exception {
    return mvc.perform(get("/enterprises/E001").with(TestUsers.as(user)))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void anRmSeesOtherRmsCustomersOnlyAsOutOfScope() throws Exception {
    String html = page("rm1");
    assertThat(html)
        .contains("data-chart=\"graph\"", "data-table=\"t-relations\"")
        .contains("丙方供应链有限公司", "href=\"/enterprises/E003\"", "data-node=\"E003\"")
        .contains("&lt;b&gt;境外控股&lt;/b&gt;")
        .doesNotContain("乙方隐秘贸易有限公司", "E002", "/enterprises/E404", "E404");
    // E404 (group member, listed first) is one hidden node; E002 (guarantee and supplier) another,
    // one node for both of its rows
    assertThat(html.split("data-node=\"hidden-1\"", -1)).hasSize(2);
    assertThat(html.split("data-node=\"hidden-2\"", -1)).hasSize(3);
    assertThat(html.split("范围外客户", -1).length - 1).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aRiskManagerSeesAndLinksEveryCustomer() throws Exception {
    String html = page("risk");
    assertThat(html)
        .contains("乙方隐秘贸易有限公司", "href=\"/enterprises/E002\"", "data-node=\"E002\"")
        .contains("丙方供应链有限公司")
        .doesNotContain("data-node=\"hidden-2\"", "E404");
    // a party not on file reads like one out of scope, so neither tells the other apart
    assertThat(html.split("data-node=\"hidden-1\"", -1)).hasSize(2);
  }
}
