package io.loanradar.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.TestUsers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** While the demo bank loads, every page says so instead of showing an unexplained empty list. */
@SpringBootTest
@AutoConfigureMockMvc
class DemoNoticeIT {

  @Autowired MockMvc mvc;
  @Autowired DemoStatus status;

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  @org.junit.jupiter.api.BeforeEach
  void users(@Autowired io.loanradar.app.security.UserAccounts accounts) {
    TestUsers.create(accounts);
  }

  @AfterEach
  void idle() {
    status.set(DemoStatus.Stage.IDLE);
  }

  private String page(String url) throws Exception {
    return mvc.perform(get(url).with(TestUsers.as("analyst")))
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  @Test
  void pagesSayTheDemoBankIsLoadingUntilItIsDone() throws Exception {
    status.set(DemoStatus.Stage.IMPORTING);
    assertThat(page("/enterprises")).contains("正在导入演示银行数据");
    assertThat(page("/imports?lang=en")).contains("Importing the demo bank");

    status.set(DemoStatus.Stage.IDLE);
    assertThat(page("/enterprises")).doesNotContain("演示银行数据").doesNotContain("class=\"notice\"");
  }
}
