package io.loanradar.app.customer;

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
 * Notes on the customer page: RMs, branch managers and risk managers of the customer's scope add
 * them (with a CSRF token, length-limited, audited), everyone who may see the customer reads them
 * newest first and escaped. E001 belongs to RM0001 in BR01, E003 to RM0003 in BR02.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerNotesIT {

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
  void noNotes() {
    jdbc.update("DELETE FROM customer_note");
  }

  private int add(String who, String enterprise, String body) throws Exception {
    return mvc.perform(
            post("/enterprises/" + enterprise + "/notes")
                .session(TestUsers.session(mvc, who))
                .with(csrf())
                .param("body", body))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  private String page(String who, String enterprise) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/enterprises/" + enterprise).session(TestUsers.session(mvc, who)))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private long notes(String enterprise) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM customer_note WHERE enterprise_id = ?", Long.class, enterprise);
  }

  @Test
  void theRmAddsNotesListedNewestFirstEscapedAndAudited() throws Exception {
    assertThat(add("rm1", "E001", "客户计划扩建二期厂房")).isEqualTo(302);
    assertThat(add("branch1", "E001", "<script>alert(1)</script>财务总监更换")).isEqualTo(302);

    String page = page("rm1", "E001");
    assertThat(page)
        .contains("id=\"notes\"", "请勿录入身份证号", "客户计划扩建二期厂房", "branch1")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;财务总监更换")
        .doesNotContain("<script>alert(1)");
    assertThat(page.indexOf("财务总监更换")).isLessThan(page.indexOf("客户计划扩建二期厂房"));
    assertThat(
            jdbc.queryForList(
                "SELECT actor FROM audit_log WHERE action = 'NOTE_ADDED' AND target = 'E001'"
                    + " ORDER BY audit_id",
                String.class))
        .containsExactly("rm1", "branch1");
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'NOTE_ADDED'"
                    + " AND detail LIKE '%扩建%'",
                Long.class))
        .as("the audit entry does not copy the free text")
        .isZero();
    assertThat(page("exec", "E001")).contains("客户计划扩建二期厂房").doesNotContain("id=\"note-body\"");
  }

  @Test
  void nobodyAddsANoteOutsideTheirScopeOrRoleOrWithoutAToken() throws Exception {
    assertThat(add("rm1", "E003", "越权备注")).isEqualTo(404);
    assertThat(add("branch1", "E003", "越权备注")).isEqualTo(404);
    assertThat(add("exec", "E001", "管理层备注")).isEqualTo(403);
    assertThat(add("auditor", "E001", "审计备注")).isEqualTo(403);
    assertThat(add("risk", "E003", "风控经理可为任一客户记录")).isEqualTo(302);
    MockHttpServletResponse noToken =
        mvc.perform(
                post("/enterprises/E001/notes")
                    .session(TestUsers.session(mvc, "rm1"))
                    .param("body", "无令牌"))
            .andReturn()
            .getResponse();
    assertThat(noToken.getStatus()).isEqualTo(403);
    assertThat(notes("E001")).isZero();
    assertThat(notes("E003")).isEqualTo(1);
  }

  @Test
  void aBlankOrTooLongNoteIsRefusedAndNothingKept() throws Exception {
    assertThat(add("rm1", "E001", "   ")).isEqualTo(302);
    assertThat(add("rm1", "E001", "长".repeat(CustomerNotes.MAX_LENGTH + 1))).isEqualTo(302);
    assertThat(notes("E001")).isZero();
    MockHttpSession rm = TestUsers.session(mvc, "rm1");
    var flash =
        mvc.perform(post("/enterprises/E001/notes").session(rm).with(csrf()).param("body", " "))
            .andReturn()
            .getFlashMap();
    assertThat(flash.containsKey("noteError")).isTrue();
    assertThat(add("rm1", "E001", "长".repeat(CustomerNotes.MAX_LENGTH))).isEqualTo(302);
    assertThat(notes("E001")).isEqualTo(1);
  }
}
