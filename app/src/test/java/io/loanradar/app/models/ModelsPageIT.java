package io.loanradar.app.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.TestUsers;
import io.loanradar.app.security.UserAccounts;
import java.nio.charset.StandardCharsets;
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

/** The registry page renders versions with their metrics, dates, history and pending requests. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelsPageIT {

  private static final String METRICS =
      "{\"rows\":30000,\"positives\":1161,"
          + "\"train_dates\":{\"from\":\"2025-05-31\",\"to\":\"2026-02-28\"},"
          + "\"validate_dates\":{\"from\":\"2026-03-31\",\"to\":\"2026-07-31\"},"
          + "\"train\":{\"auc\":0.7978,\"ks\":0.4591},"
          + "\"validation\":{\"auc\":0.7643,\"ks\":0.46},"
          + "\"features_used\":12,\"seconds\":620.0}";

  @Autowired MockMvc mvc;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @BeforeAll
  void versions(@Autowired JdbcTemplate jdbc, @Autowired UserAccounts accounts) {
    TestUsers.create(accounts);
    jdbc.update(
        "INSERT INTO model_version (id, target, version, learner, dir, metrics, trained_by,"
            + " trained_at, status, requested_by, requested_at, request_note) VALUES (1,"
            + " 'propensity_90d', 1, 'scorecard', '/tmp/none', ?, 'analyst', TIMESTAMP"
            + " '2026-11-28 09:00:00', 'CANDIDATE', 'analyst', TIMESTAMP '2026-11-28 09:30:00',"
            + " '<b>out of time</b> AUC 0.764')",
        METRICS);
    jdbc.update(
        "INSERT INTO model_event (model_id, action, actor, note, occurred_at) VALUES (1,"
            + " 'TRAINED', 'analyst', NULL, TIMESTAMP '2026-11-28 09:00:00'), (1, 'REQUESTED',"
            + " 'analyst', '<b>out of time</b> AUC 0.764', TIMESTAMP '2026-11-28 09:30:00')");
  }

  private String page(String user) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(get("/models").with(TestUsers.as(user))).andReturn().getResponse();
    assertThat(response.getStatus()).as("GET /models as %s", user).isEqualTo(200);
    return response.getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void versionsShowTheirMetricsDatesAndHistoryAndTheCheckerSeesTheDecision() throws Exception {
    String risk = page("risk");
    assertThat(risk)
        .contains("0.764", "0.460", "2025-05-31 … 2026-02-28", "2026-03-31 … 2026-07-31")
        .contains("&lt;b&gt;out of time&lt;/b&gt;")
        .doesNotContain("<b>out of time</b>")
        .contains("name=\"decision\" value=\"approve\"");
    String analyst = page("analyst");
    assertThat(analyst).contains("0.764");
    assertThat(page("exec")).contains("0.764").doesNotContain("name=\"decision\"");
  }
}
