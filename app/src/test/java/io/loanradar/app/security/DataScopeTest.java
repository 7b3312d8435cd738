package io.loanradar.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataScopeTest {

  @ParameterizedTest
  @CsvSource({
    "RM, BR01, RM0001, RM, RM0001",
    "BRANCH_MANAGER, BR01, , BRANCH, BR01",
    "'RM,BRANCH_MANAGER', BR01, RM0001, BRANCH, BR01",
    "'RM,RISK_MANAGER', BR01, RM0001, ALL, ",
    "EXECUTIVE, , , ALL, ",
    "ANALYST, , , ALL, ",
    "AUDITOR, , , ALL, ",
    "ADMIN, , , ALL, ",
    "PRODUCT_MANAGER, , , ALL, ",
    "RM, BR01, , NONE, ",
    "BRANCH_MANAGER, , RM0001, NONE, "
  })
  void theWidestRoleDecidesAndAMissingIdSeesNothing(
      String roles, String branch, String rm, DataScope.Kind kind, String value) {
    DataScope scope = DataScope.of(Role.parse(roles), branch, rm);

    assertThat(scope.kind()).isEqualTo(kind);
    assertThat(scope.value()).isEqualTo(value);
  }

  @Test
  void predicatesBindTheIdAndNeverInlineIt() {
    DataScope rm = DataScope.rm("RM0001' OR '1'='1");

    assertThat(rm.on("e")).isEqualTo("e.rm_id = ?");
    assertThat(rm.onEnterpriseId("s.enterprise_id"))
        .startsWith("s.enterprise_id IN (SELECT")
        .endsWith("scope_e.rm_id = ?)")
        .doesNotContain("RM0001");
    assertThat(rm.binds()).containsExactly("RM0001' OR '1'='1");
    assertThat(DataScope.branch("BR01").on("x")).isEqualTo("x.branch_id = ?");
    assertThat(DataScope.all().on("e")).isEqualTo("1 = 1");
    assertThat(DataScope.all().binds()).isEmpty();
    assertThat(DataScope.none().on("e")).isEqualTo("1 = 0");
  }

  @Test
  void aNarrowScopeNeedsAnId() {
    assertThatThrownBy(() -> DataScope.rm(" ")).hasMessageContaining("RM scope needs an id");
    assertThatThrownBy(() -> DataScope.branch(null)).hasMessageContaining("BRANCH");
  }

  @Test
  void rolesParseCaseInsensitivelyAndNameTheUnknownOne() {
    assertThat(Role.parse(" rm , auditor")).isEqualTo(EnumSet.of(Role.RM, Role.AUDITOR));
    assertThat(Role.format(Set.of(Role.AUDITOR, Role.RM))).isEqualTo("RM,AUDITOR");
    assertThatThrownBy(() -> Role.parse("RM,BOSS"))
        .hasMessageContaining("unknown role BOSS")
        .hasMessageContaining("RISK_MANAGER");
    assertThatThrownBy(() -> Role.parse(" , ")).hasMessageContaining("at least one role");
  }

  @Test
  void signInRulesRefuseNonsense() {
    assertThatThrownBy(
            () -> new LoginPolicy(0, java.time.Duration.ofMinutes(15), java.time.Duration.ZERO, 8))
        .hasMessageContaining("max-failed-attempts");
    assertThat(
            List.of(
                new LoginPolicy(
                    5, java.time.Duration.ofMinutes(15), java.time.Duration.ofMinutes(15), 8)))
        .hasSize(1);
  }
}
