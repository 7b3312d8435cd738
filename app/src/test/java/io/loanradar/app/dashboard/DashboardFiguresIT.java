package io.loanradar.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.TestUsers;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.score.ScoresRefreshed;
import io.loanradar.app.score.Scoring;
import io.loanradar.app.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's figures are counted once a minute per data scope and shared by everyone of that
 * scope; a re-scoring recounts them at once, and one scope never sees another's figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardFiguresIT {

  private static final Pattern CUSTOMERS =
      Pattern.compile("id=\"kpi-enterprises\">.*?class=\"value\"[^>]*>([0-9,]+)<", Pattern.DOTALL);

  @Autowired MockMvc mvc;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationEventPublisher events;
  @Autowired Scoring scoring;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @BeforeAll
  void customers(@Autowired Importer importer, @Autowired UserAccounts accounts) throws Exception {
    TestUsers.createWithTheGoodContract(accounts, importer);
  }

  private static final Pattern LEAGUE_RM = Pattern.compile("<tr data-rm=\"([^\"]*)\"");

  private String page(String user, String path) throws Exception {
    return mvc.perform(get(path).with(TestUsers.as(user)))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private static int customersOn(String html) {
    Matcher m = CUSTOMERS.matcher(html);
    assertThat(m.find()).as("customer count on the dashboard: %s", html).isTrue();
    return Integer.parseInt(m.group(1).replace(",", ""));
  }

  private static List<String> branchRows(String html) {
    String table =
        html.substring(html.indexOf("id=\"t-branch\""), html.indexOf("id=\"panel-tier\""));
    List<String> keys = new ArrayList<>();
    Matcher m = Pattern.compile("<tr data-key=\"([^\"]*)\"").matcher(table);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  private static List<String> leagueRms(String html) {
    List<String> rms = new ArrayList<>();
    Matcher m = LEAGUE_RM.matcher(html);
    while (m.find()) {
      rms.add(m.group(1));
    }
    return rms;
  }

  private int customers(String user) throws Exception {
    String html = page(user, "/dashboard");
    Matcher m = CUSTOMERS.matcher(html);
    assertThat(m.find()).as("customer count on the dashboard of %s: %s", user, html).isTrue();
    assertThat(html).contains("统计时间");
    return Integer.parseInt(m.group(1).replace(",", ""));
  }

  @Test
  void figuresAreSharedWithinAScopeForAMinuteAndRecountedAfterARescoring() throws Exception {
    assertThat(customers("exec")).isEqualTo(3);
    assertThat(customers("rm1")).isEqualTo(1);

    jdbc.update(
        "INSERT INTO enterprise (enterprise_id, name, rm_id, branch_id, batch_id, file_id, line_no)"
            + " VALUES ('E950', '新客户有限公司', 'RM0001', 'BR01', 0, 0, 0)");
    // counted a moment ago: the same figures, for each scope its own
    assertThat(customers("exec")).isEqualTo(3);
    assertThat(customers("rm1")).isEqualTo(1);
    assertThat(customers("risk")).isEqualTo(3);

    events.publishEvent(new ScoresRefreshed(scoring.compute(LocalDate.of(2025, 3, 1))));
    assertThat(customers("exec")).isEqualTo(4);
    assertThat(customers("rm1")).isEqualTo(2);
    assertThat(customers("branch1")).isEqualTo(3);
  }

  @Test
  void everyLeagueOrderIsSortedFromTheSameSharedCount() throws Exception {
    events.publishEvent(new ScoresRefreshed(scoring.compute(LocalDate.of(2025, 3, 1))));
    String byCustomers = page("exec", "/dashboard?league=customers");
    int counted = customersOn(byCustomers);
    jdbc.update(
        "INSERT INTO enterprise (enterprise_id, name, rm_id, branch_id, batch_id, file_id, line_no)"
            + " VALUES ('E951', '又一新客户有限公司', 'RM0009', 'BR01', 0, 0, 0)");
    try {
      String byRm = page("exec", "/dashboard?league=rm");

      assertThat(customersOn(byRm)).as("another order, the same count").isEqualTo(counted);
      assertThat(leagueRms(byRm)).isNotEmpty().isSorted().doesNotContain("RM0009");
      assertThat(leagueRms(byRm)).containsExactlyInAnyOrderElementsOf(leagueRms(byCustomers));
      assertThat(byRm).contains("aria-sort=\"ascending\"");
    } finally {
      jdbc.update("DELETE FROM enterprise WHERE enterprise_id = 'E951'");
      events.publishEvent(new ScoresRefreshed(scoring.compute(LocalDate.of(2025, 3, 1))));
    }
  }

  @Test
  void theLeagueAndBranchTablesShowTheTopTwentyUntilAllAreAskedFor() throws Exception {
    for (int i = 1; i <= 25; i++) {
      jdbc.update(
          "INSERT INTO enterprise (enterprise_id, name, rm_id, branch_id, batch_id, file_id,"
              + " line_no) VALUES (?, ?, ?, ?, 0, 0, 0)",
          String.format("E97%02d", i),
          "排行测试企业" + i,
          String.format("RM1%03d", i),
          String.format("BR9%02d", i));
    }
    try {
      events.publishEvent(new ScoresRefreshed(scoring.compute(LocalDate.of(2025, 3, 1))));
      String top = page("exec", "/dashboard?league=rm");
      String all = page("exec", "/dashboard?league=rm&leagueAll=true");

      List<String> everyRm = leagueRms(all);
      assertThat(everyRm).hasSizeGreaterThan(25).isSorted();
      assertThat(leagueRms(top))
          .hasSize(DashboardController.LEAGUE_TOP)
          .containsExactlyElementsOf(everyRm.subList(0, DashboardController.LEAGUE_TOP));
      assertThat(top)
          .contains("显示前 20 位，共 " + everyRm.size() + " 位客户经理")
          .contains("league=rm&amp;leagueAll=true");
      assertThat(all).doesNotContain("id=\"league-more\"");

      String allBranches = page("exec", "/dashboard?branchAll=true");
      int branches = branchRows(allBranches).size();
      assertThat(branches).isGreaterThan(25);
      assertThat(branchRows(top)).hasSize(DashboardController.BRANCH_TOP).contains("BR01");
      assertThat(top).contains("显示客户最多的 20 家机构，共 " + branches + " 家");
      assertThat(allBranches).doesNotContain("id=\"branch-more\"");
    } finally {
      jdbc.update("DELETE FROM enterprise WHERE enterprise_id LIKE 'E97%'");
      events.publishEvent(new ScoresRefreshed(scoring.compute(LocalDate.of(2025, 3, 1))));
    }
  }

  private static String main(String html) {
    assertThat(html.split("<main", -1)).as("one main part").hasSize(2);
    return html.substring(html.indexOf("<main"), html.indexOf("</main>"));
  }

  private static String header(String html) {
    return html.substring(html.indexOf("<header"), html.indexOf("</header>"));
  }

  @Test
  void theMainPartIsRenderedOncePerScopeLanguageAndOrderWhileTheHeaderIsTheViewersOwn()
      throws Exception {
    events.publishEvent(new ScoresRefreshed(scoring.compute(LocalDate.of(2025, 3, 1))));
    String exec = page("exec", "/dashboard");
    String risk = page("risk", "/dashboard");

    assertThat(main(risk)).as("the same scope: the same markup").isEqualTo(main(exec));
    assertThat(header(exec)).contains("<span class=\"who\">exec</span>").doesNotContain("risk");
    assertThat(header(risk)).contains("<span class=\"who\">risk</span>");
    assertThat(main(page("exec", "/dashboard"))).isEqualTo(main(exec));

    assertThat(main(page("rm1", "/dashboard"))).as("another scope").isNotEqualTo(main(exec));
    String english = page("exec", "/dashboard?lang=en");
    assertThat(main(english)).contains("Management dashboard").doesNotContain("管理驾驶舱");
    assertThat(main(page("exec", "/dashboard?league=rm")))
        .as("another order")
        .isNotEqualTo(main(exec))
        .contains("aria-sort=\"ascending\"");
    assertThat(main(page("exec", "/dashboard?leagueAll=true")))
        .as("all RMs, rendered for the view")
        .doesNotContain("id=\"league-more\"");
  }

  @Test
  void linksAreWrittenAsTheyStandAndTheChartLibraryIsServedFromThem() throws Exception {
    String html = page("exec", "/dashboard");

    // no link is looked up as a static file: the library's path keeps no version in it
    assertThat(html)
        .contains("src=\"/webjars/echarts/dist/echarts.min.js\"")
        .contains("href=\"/enterprises\"");
    var script = mvc.perform(get("/webjars/echarts/dist/echarts.min.js")).andReturn().getResponse();
    assertThat(script.getStatus()).isEqualTo(200);
    assertThat(script.getContentAsString(StandardCharsets.UTF_8)).contains("echarts");
  }
}
