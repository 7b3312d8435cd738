package io.loanradar.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.loanradar.app.TestDatabases;
import io.loanradar.app.TestUsers;
import io.loanradar.app.security.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The REST import endpoint, the batch read-back and the quarantine download. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportApiIT {

  @Autowired MockMvc mvc;

  @org.junit.jupiter.api.BeforeEach
  void users(@Autowired UserAccounts accounts) {
    TestUsers.create(accounts);
  }

  @DynamicPropertySource
  static void store(DynamicPropertyRegistry registry) {
    TestDatabases.h2(registry);
  }

  static MockMultipartFile part(String name, byte[] content) {
    return new MockMultipartFile("files", name, "text/csv", content);
  }

  @Test
  void importsUploadedFilesAsOneBatchAndReturnsTheReport() throws Exception {
    Path good = Path.of("src/test/resources/contract/good");
    var result =
        mvc.perform(
                multipart("/api/imports")
                    .with(TestUsers.as("analyst"))
                    .file(
                        part(
                            "enterprises.csv", Files.readAllBytes(good.resolve("enterprises.csv"))))
                    .file(
                        part(
                            "transactions.csv",
                            Files.readAllBytes(good.resolve("transactions.csv")))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.exitCode").value(0))
            .andExpect(jsonPath("$.files[0].kind").value("ENTERPRISES"))
            .andExpect(jsonPath("$.files[1].inserted").value(4))
            .andExpect(jsonPath("$.committedSeconds").isNumber())
            .andReturn();
    long batchId =
        Long.parseLong(
            com.jayway.jsonpath.JsonPath.read(
                    result.getResponse().getContentAsString(), "$.batchId")
                .toString());

    mvc.perform(get("/api/imports/" + batchId).with(TestUsers.as("analyst")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].fileName").value("enterprises.csv"))
        .andExpect(jsonPath("$[0].sha256").isString());
  }

  @Test
  void quarantineDownloadNamesFileLineColumnAndDefusesFormulas() throws Exception {
    String csv = "enterprise_id,name,employees\nQ1,=cmd|' /C calc'!A0,-3\nQ2,正常企业有限公司,5\n";
    var result =
        mvc.perform(
                multipart("/api/imports")
                    .with(TestUsers.as("analyst"))
                    .file(part("enterprises.csv", csv.getBytes(StandardCharsets.UTF_8))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.exitCode").value(3))
            .andReturn();
    long batchId =
        Long.parseLong(
            com.jayway.jsonpath.JsonPath.read(
                    result.getResponse().getContentAsString(), "$.batchId")
                .toString());

    String download =
        mvc.perform(get("/imports/" + batchId + "/quarantine.csv").with(TestUsers.as("analyst")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(download)
        .startsWith("\uFEFFfile,line,column,value,reason_zh,reason_en")
        .contains("enterprises.csv,2,employees,'-3,不能小于0,must not be below 0");
  }

  @Test
  void everyStoredRowNamesItsBatchFileAndLine() throws Exception {
    Path good = Path.of("src/test/resources/contract/good");
    mvc.perform(
            multipart("/api/imports")
                .with(TestUsers.as("analyst"))
                .file(part("enterprises.csv", Files.readAllBytes(good.resolve("enterprises.csv"))))
                .file(part("loans.csv", Files.readAllBytes(good.resolve("loans.csv")))))
        .andExpect(status().isOk());

    mvc.perform(get("/api/lineage/loans?key=L1").with(TestUsers.as("analyst")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.fileName").value("loans.csv"))
        .andExpect(jsonPath("$.line").value(2))
        .andExpect(jsonPath("$.actor").value("analyst"));
    mvc.perform(get("/api/lineage/enterprises?key=E003").with(TestUsers.as("analyst")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.line").value(4));
    mvc.perform(get("/api/lineage/loans?key=NOPE").with(TestUsers.as("analyst")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/lineage/financials?key=E001").with(TestUsers.as("analyst")))
        .andExpect(status().isBadRequest());
  }

  @Test
  void unknownBatchIsNotFound() throws Exception {
    mvc.perform(get("/api/imports/987654").with(TestUsers.as("analyst")))
        .andExpect(status().isNotFound());
    mvc.perform(get("/imports/987654/quarantine.csv").with(TestUsers.as("analyst")))
        .andExpect(status().isNotFound());
  }

  @Test
  void uploadWithoutFilesIsABadRequest() throws Exception {
    mvc.perform(multipart("/api/imports").with(TestUsers.as("analyst")).file(part("", new byte[0])))
        .andExpect(status().isBadRequest());
  }
}
