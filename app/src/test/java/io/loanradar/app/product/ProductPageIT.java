package io.loanradar.app.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.TestUsers;
import io.loanradar.app.audit.AuditFilter;
import io.loanradar.app.audit.AuditLog;
import io.loanradar.app.security.UserAccounts;
import io.loanradar.core.demand.Scenario;
import io.loanradar.core.finance.Money;
import io.loanradar.core.product.Product;
import io.loanradar.core.product.ProductType;
import io.loanradar.core.scorecard.ScorecardConfig;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The product catalogue and the scorecard configuration pages: every role reads them; only product
 * managers change products, a rule that does not compile is refused with its line:column and
 * nothing is kept; every save is kept in product_change and audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductPageIT {

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired Catalogue catalogue;
  @Autowired AuditLog audit;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @BeforeAll
  void users(@Autowired UserAccounts accounts) {
    TestUsers.create(accounts);
  }

  @BeforeEach
  void products() {
    jdbc.update("DELETE FROM product_change");
    jdbc.update("DELETE FROM product");
    catalogue.save(
        "importer",
        new Product(
            "WC01",
            "<script>alert(1)</script>流贷",
            ProductType.WORKING_CAPITAL,
            Optional.of(Money.ofYuan(500_000)),
            Optional.of(Money.ofYuan(10_000_000)),
            Optional.of(6L),
            Optional.of(12L),
            Optional.of(new BigDecimal("0.035")),
            Optional.of(new BigDecimal("0.06")),
            List.of(Scenario.SEASONAL_PURCHASE, Scenario.LIQUIDITY_NEED),
            Optional.of("grade in ['A','B'] && debt_ratio < 0.7"),
            false,
            List.of("K", "C2511")));
  }

  private String page(String url, MockHttpSession session) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get(url).session(session)).andReturn().getResponse();
    assertThat(response.getStatus()).as(url).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  private MockHttpServletRequestBuilder form(String url, MockHttpSession session, String rule) {
    return form(url, session, rule, "3000");
  }

  private MockHttpServletRequestBuilder form(
      String url, MockHttpSession session, String rule, String maxAmountWan) {
    return post(url)
        .session(session)
        .with(csrf())
        .param("code", "SC09")
        .param("name", "供应链订单贷")
        .param("type", "SUPPLY_CHAIN")
        .param("minAmountWan", "100")
        .param("maxAmountWan", maxAmountWan)
        .param("minTenorMonths", "3")
        .param("maxTenorMonths", "12")
        .param("rateFloorPercent", "3.8")
        .param("rateCapPercent", "6.5")
        .param("scenarios", "SUPPLY_CHAIN", "SEASONAL_PURCHASE")
        .param("eligibility", rule)
        .param("industriesExcluded", "K; c2511")
        .param("collateralRequired", "on");
  }

  @Test
  void everyRoleReadsTheCatalogueEscapedButOnlyAProductManagerIsOfferedToEdit() throws Exception {
    String pm = page("/products", TestUsers.session(mvc, "product"));
    assertThat(pm)
        .contains("id=\"product-WC01\"", "季节性备货", "流动性需求", "50 – 1000", "6 – 12")
        .contains("3.5% – 6%", "grade in [&#39;A&#39;,&#39;B&#39;] &amp;&amp; debt_ratio &lt; 0.7")
        .contains("C2511", "&lt;script&gt;alert(1)&lt;/script&gt;流贷", "id=\"add-product\"")
        .doesNotContain("<script>alert(1)");
    String rm = page("/products", TestUsers.session(mvc, "rm1"));
    assertThat(rm).contains("id=\"product-WC01\"").doesNotContain("id=\"add-product\"");
    assertThat(page("/products/WC01", TestUsers.session(mvc, "rm1")))
        .contains("<fieldset disabled")
        .doesNotContain("type=\"submit\" class=\"primary\"");
    assertThat(
            mvc.perform(get("/products/new").session(TestUsers.session(mvc, "rm1")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(
            mvc.perform(get("/products/NOPE").session(TestUsers.session(mvc, "rm1")))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(404);
  }

  @Test
  void aProductManagerAddsAProductKeptWithHistoryAndAudited() throws Exception {
    MockHttpSession pm = TestUsers.session(mvc, "product");
    MockHttpServletResponse response =
        mvc.perform(form("/products", pm, "max_overdue_days == 0 && grade != 'C'"))
            .andReturn()
            .getResponse();

    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).isEqualTo("/products/SC09?saved");
    Product saved = catalogue.find("SC09").orElseThrow();
    assertThat(saved.minAmount().orElseThrow().yuan()).isEqualByComparingTo("1000000");
    assertThat(saved.maxAmount().orElseThrow().yuan()).isEqualByComparingTo("30000000");
    assertThat(saved.rateFloor().orElseThrow()).isEqualByComparingTo("0.038");
    assertThat(saved.scenarios())
        .containsExactly(Scenario.SUPPLY_CHAIN, Scenario.SEASONAL_PURCHASE);
    assertThat(saved.industriesExcluded()).containsExactly("K", "C2511");
    assertThat(saved.collateralRequired()).isTrue();
    assertThat(catalogue.history("SC09"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.actor()).isEqualTo("product");
              assertThat(c.before()).isEmpty();
            });
    assertThat(audit.search(new AuditFilter("product", "PRODUCT_SAVED", "SC09", null, null), 0, 10))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).startsWith("added SC09"));
    assertThat(page("/products/SC09?saved", pm)).contains("已保存", "class=\"change-row\"");

    MockHttpServletResponse again =
        mvc.perform(form("/products", pm, "")).andReturn().getResponse();
    assertThat(again.getStatus()).as("adding an existing code is refused").isEqualTo(422);
    assertThat(again.getContentAsString(StandardCharsets.UTF_8)).contains("该产品代码已存在");
    assertThat(catalogue.history("SC09")).hasSize(1);
  }

  @Test
  void aRuleThatDoesNotCompileIsRefusedWithItsLineAndColumnAndNothingIsSaved() throws Exception {
    MockHttpSession pm = TestUsers.session(mvc, "product");
    MockHttpServletResponse response =
        mvc.perform(form("/products/WC01", pm, "grade in ['A',")).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(422);
    String body = response.getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).containsPattern("id=\"eligibility-error\"[^>]*>[^<]*: 1:15 missing");
    assertThat(body).contains("未保存").contains("grade in [&#39;A&#39;,</textarea>");
    assertThat(catalogue.find("WC01").orElseThrow().name())
        .isEqualTo("<script>alert(1)</script>流贷");
    assertThat(catalogue.history("WC01")).hasSize(1);

    MockHttpServletResponse typed =
        mvc.perform(form("/products/WC01", pm, "debt_ratio + 1")).andReturn().getResponse();
    assertThat(typed.getStatus()).as("a rule that is not true/false").isEqualTo(422);
    assertThat(typed.getContentAsString(StandardCharsets.UTF_8))
        .contains("id=\"eligibility-error\"");

    MockHttpServletResponse reversed =
        mvc.perform(form("/products/WC01", pm, "", "50")).andReturn().getResponse();
    assertThat(reversed.getStatus()).isEqualTo(422);
    assertThat(reversed.getContentAsString(StandardCharsets.UTF_8))
        .contains("id=\"maxAmountWan-error\"", "金额上限低于下限");
    assertThat(catalogue.history("WC01")).hasSize(1);
  }

  @Test
  void anEditIsKeptWithTheProductBeforeAndAfter() throws Exception {
    MockHttpSession pm = TestUsers.session(mvc, "product");
    assertThat(
            mvc.perform(form("/products/WC01", pm, "grade == 'A'").param("code", "HIJACK"))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(302);
    assertThat(catalogue.find("HIJACK")).as("the path names the product edited").isEmpty();
    assertThat(catalogue.find("SC09")).isEmpty();
    assertThat(catalogue.find("WC01").orElseThrow().eligibility()).contains("grade == 'A'");
    var history = catalogue.history("WC01");
    assertThat(history).hasSize(2);
    assertThat(history.get(0).before().orElseThrow()).contains("debt_ratio < 0.7");
    assertThat(history.get(0).after()).contains("grade == 'A'");
    assertThat(page("/products/WC01", pm)).contains("class=\"change-row\"", "importer");
  }

  @Test
  void onlyProductManagersSaveAndNeverWithoutACsrfToken() throws Exception {
    for (String who : List.of("rm1", "risk", "admin", "analyst", "exec")) {
      assertThat(
              mvc.perform(form("/products/WC01", TestUsers.session(mvc, who), "grade == 'C'"))
                  .andReturn()
                  .getResponse()
                  .getStatus())
          .as(who)
          .isEqualTo(403);
    }
    MockHttpServletResponse noToken =
        mvc.perform(
                post("/products/WC01")
                    .session(TestUsers.session(mvc, "product"))
                    .param("name", "x")
                    .param("scenarios", "SUPPLY_CHAIN"))
            .andReturn()
            .getResponse();
    assertThat(noToken.getStatus()).isEqualTo(403);
    assertThat(catalogue.history("WC01")).hasSize(1);
    assertThat(catalogue.find("WC01").orElseThrow().eligibility())
        .contains("grade in ['A','B'] && debt_ratio < 0.7");
  }

  @Test
  void theScorecardPageShowsTheConfigurationScoringUsesReadOnly() throws Exception {
    ScorecardConfig defaults = ScorecardConfig.defaults();
    String page = page("/scorecard", TestUsers.session(mvc, "rm1"));
    assertThat(page)
        .contains("id=\"sc-version\">" + defaults.version() + "<", "须经审批")
        .contains("id=\"w-credit\"", "id=\"w-leverage\"", "行业百分位 × 100")
        .contains("A：总分 ≥ 75.0", "B：55.0 ≤ 总分 &lt; 75.0")
        .contains("data-feature=\"revenue_12m\"", "500.00万元", "10.00亿元");
    assertThat(page.substring(page.indexOf("<main")))
        .as("nothing to submit")
        .doesNotContain("<form");
    assertThat(page.split("class=\"weight-row\"")).hasSize(7);
    assertThat(page("/scorecard", TestUsers.session(mvc, "auditor"))).contains(defaults.version());
  }
}
