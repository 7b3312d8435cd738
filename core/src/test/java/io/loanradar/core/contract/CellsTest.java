package io.loanradar.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\u3000",
        "\u3000\u3000",
        "\t",
        "NULL",
        "null",
        "Null",
        "N/A",
        "n/a",
        "-",
        "--",
        " -- ",
        "\u3000NULL\u3000",
        "\uFEFF"
      })
  void readsUnknownMarkersAsNull(String raw) {
    assertThat(Cells.clean(raw)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "' E001 ', E001",
    "'\u3000福州\u3000', 福州",
    "'\u00A0x\u00A0', x",
    "---, ---",
    "-1, -1",
    "NULLS, NULLS",
    "N/A/B, N/A/B"
  })
  void trimsBlanksButKeepsOtherText(String raw, String cleaned) {
    assertThat(Cells.clean(raw)).isEqualTo(cleaned);
  }

  @ParameterizedTest
  @CsvSource({"２０２４-０３-０１, 2024-03-01", "１，２３４．５０, '1,234.50'", "ＡＢＣ, ABC", "ascii, ascii"})
  void foldsFullWidthCharactersToAscii(String raw, String folded) {
    assertThat(Cells.halfWidth(raw)).isEqualTo(folded);
  }
}
