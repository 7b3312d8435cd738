package io.loanradar.app.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.loanradar.app.TestDatabases;
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
  void enterprises() {
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
    return mvc.perform(get(url))
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
}
