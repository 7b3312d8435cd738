package io.loanradar.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

  @ParameterizedTest
  @CsvSource({"张三, 张*", "欧阳娜娜, 欧***", "李, 李", "' 王小明 ', 王**"})
  void namesKeepTheirFirstCharacter(String name, String masked) {
    assertThat(Masking.name(name)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource({
    "110105199003071234, 110***********1234",
    "11010519900307123X, 110***********123X",
    "13812345678, 138****5678",
    "1234567, *******"
  })
  void numbersKeepTheFirstThreeAndLastFour(String value, String masked) {
    assertThat(Masking.idNumber(value)).isEqualTo(masked);
    assertThat(Masking.phone(value)).isEqualTo(masked);
  }

  @Test
  void nothingStaysNothing() {
    assertThat(Masking.name(null)).isNull();
    assertThat(Masking.phone("")).isEmpty();
  }

  @Test
  void onlyRolesThatMeetThePeopleSeeThemUnmasked() {
    assertThat(Masking.unmaskedFor(EnumSet.of(Role.RM))).isTrue();
    assertThat(Masking.unmaskedFor(EnumSet.of(Role.RISK_MANAGER))).isTrue();
    assertThat(Masking.unmaskedFor(EnumSet.of(Role.ANALYST, Role.EXECUTIVE))).isFalse();
    assertThat(Masking.unmaskedFor(EnumSet.of(Role.AUDITOR, Role.ADMIN))).isFalse();
  }
}
