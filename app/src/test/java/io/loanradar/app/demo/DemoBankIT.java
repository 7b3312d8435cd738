package io.loanradar.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Demo mode generates a synthetic bank on first start and imports it; every generated row passes
 * the contract's rules (nothing quarantined, no file rejected). Subclasses pick the store.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
      "loanradar.demo.enabled=true",
      "loanradar.demo.enterprises=150",
      "loanradar.demo.months=12",
      "loanradar.demo.seed=7"
    })
abstract class DemoBankIT {

  @Autowired JdbcTemplate jdbc;

  @Test
  void thePipelineHoldsTheOpportunitiesOfAQuarterOfNightlyRuns() {
    java.time.LocalDate end = java.time.YearMonth.now().minusMonths(1).atEndOfMonth();
    java.time.LocalDate first = end.minusWeeks(DemoBank.HISTORY_WEEKS);
    List<java.time.LocalDate> detected =
        jdbc.queryForList("SELECT detected_on FROM opportunity", java.sql.Date.class).stream()
            .map(java.sql.Date::toLocalDate)
            .toList();
    // (the first scoring run may add today's as well)
    assertThat(detected)
        .as("opportunities opened by the runs replayed over the data's last weeks")
        .filteredOn(d -> !d.isBefore(first) && !d.isAfter(end))
        .isNotEmpty();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM opportunity o WHERE NOT EXISTS (SELECT 1 FROM"
                    + " opportunity_transition t WHERE t.opportunity_id = o.opportunity_id)",
                Long.class))
        .as("every opportunity has its history")
        .isZero();
  }

  @Test
  void firstStartImportsTheGeneratedBankWithoutASingleViolation() {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enterprise", Long.class)).isEqualTo(150L);
    List<Map<String, Object>> files =
        jdbc.queryForList(
            "SELECT kind, rows_read, inserted, quarantined, rejection FROM import_file");
    assertThat(files).hasSize(9);
    assertThat(files)
        .allSatisfy(
            f -> {
              assertThat(f.get("rejection")).isNull();
              assertThat(f.get("quarantined")).isEqualTo(0L);
              assertThat(f.get("inserted")).isEqualTo(f.get("rows_read"));
            });
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM quarantine", Long.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM txn", Long.class)).isGreaterThan(10_000L);
    assertThat(jdbc.queryForObject("SELECT SUM(txn_count) FROM flow_daily", Long.class))
        .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM txn", Long.class));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM enterprise WHERE name LIKE '%有限%公司'", Long.class))
        .isEqualTo(150L);
  }

  @Test
  void demoModeCreatesOneUserPerRoleWithRealRmAndBranchIds(
      @Autowired io.loanradar.app.security.UserAccounts accounts,
      @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder) {
    var users = accounts.list();

    assertThat(users.stream().flatMap(u -> u.roles().stream()).distinct())
        .containsExactlyInAnyOrder(io.loanradar.app.security.Role.values());
    var branch =
        users.stream().filter(u -> u.username().equals("branch")).findFirst().orElseThrow();
    var rm1 = users.stream().filter(u -> u.username().equals("rm1")).findFirst().orElseThrow();
    var rm2 = users.stream().filter(u -> u.username().equals("rm2")).findFirst().orElseThrow();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM enterprise WHERE rm_id = ? AND branch_id = ?",
                Long.class,
                rm1.rmId(),
                branch.branchId()))
        .as("rm1 owns customers of the demo branch manager's branch")
        .isPositive();
    assertThat(rm2.rmId()).isNotEqualTo(rm1.rmId());
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM enterprise WHERE rm_id = ?", Long.class, rm2.rmId()))
        .isPositive();
    assertThat(users)
        .allSatisfy(
            u -> assertThat(encoder.matches(DemoUsers.PASSWORD, u.passwordHash())).isTrue());
  }
}
