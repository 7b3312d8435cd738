package io.loanradar.core.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTest {

  @Test
  void quotesFieldsWithCommasQuotesOrNewlinesOnly(@TempDir Path dir) throws IOException {
    try (CsvFile f = new CsvFile(dir, "x.csv", List.of("a", "b", "c", "d"))) {
      f.text("plain").text("a,b").text("say \"hi\"").text("two\nlines");
      f.end();
    }
    assertThat(Files.readString(dir.resolve("x.csv"), StandardCharsets.UTF_8))
        .isEqualTo("a,b,c,d\nplain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n");
  }

  @Test
  void writesMoneyWithExactlyTwoDecimals(@TempDir Path dir) throws IOException {
    try (CsvFile f = new CsvFile(dir, "m.csv", List.of("m"))) {
      for (long cents : new long[] {0, 5, 120, 123456789, -1, -250}) {
        f.money(cents);
        f.end();
      }
    }
    assertThat(Files.readAllLines(dir.resolve("m.csv")))
        .containsExactly("m", "0.00", "0.05", "1.20", "1234567.89", "-0.01", "-2.50");
  }
}
