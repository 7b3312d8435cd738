package io.loanradar.core.contract;

import static io.loanradar.core.contract.Rows.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateColumnsTest {

  private static final ColumnType DATE = new ColumnType.Date(false);
  private static final ColumnType PAST_DATE = new ColumnType.Date(true);
  private static final ColumnType TIMESTAMP = new ColumnType.DateTime(false);
  private static final ColumnType PAST_TIMESTAMP = new ColumnType.DateTime(true);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-01",
        "2024/03/01",
        "20240301",
        "2024年3月1日",
        "2024年03月01日",
        "２０２４-０３-０１",
        "２０２４／０３／０１",
        "２０２４０３０１",
        "２０２４年３月１日"
      })
  void readsEveryContractDateFormat(String text) {
    assertThat(DATE.parse(text, TODAY)).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void readsLeapDayAndTwoDigitMonthsInChineseFormat() {
    assertThat(DATE.parse("2024-02-29", TODAY)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(DATE.parse("2023年12月31日", TODAY)).isEqualTo(LocalDate.of(2023, 12, 31));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-13-01",
        "2024-02-30",
        "2023-02-29",
        "2024-00-10",
        "01/03/2024",
        "2024.03.01",
        "2024-3-1",
        "2024-03/01",
        "2024-03",
        "240301",
        "2024年3月1",
        "2024年月1日",
        "24年3月1日",
        "2024-03-01T09:30:00",
        "yesterday"
      })
  void rejectsDatesOutsideTheContractFormatsOrCalendar(String text) {
    assertThat(DATE.parse(text, TODAY))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.en()).contains("YYYY-MM-DD"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+024-03-01",
        "-024/03/01",
        "2024-+3-01",
        "2024-+3-+1",
        "2024年+3月1日",
        "\u0662\u0660\u0662\u0664\u0660\u0663\u0660\u0661",
        "2024-\u0660\u0663-01"
      })
  void rejectsDatesWithSignedOrNonAsciiDigitParts(String text) {
    assertThat(DATE.parse(text, TODAY)).isInstanceOf(Problem.class);
    assertThat(TIMESTAMP.parse(text, TODAY)).isInstanceOf(Problem.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-+3", "+024-03", "\u0662\u0660\u0662\u0664\u0660\u0663"})
  void rejectsMonthsWithSignedOrNonAsciiDigitParts(String text) {
    assertThat(new ColumnType.Month().parse(text, TODAY)).isInstanceOf(Problem.class);
  }

  @Test
  void rejectsAFutureDateWhereTheColumnForbidsIt() {
    assertThat(PAST_DATE.parse("2024-06-30", TODAY)).isEqualTo(TODAY);
    assertThat(PAST_DATE.parse("2024-07-01", TODAY))
        .isInstanceOfSatisfying(Problem.class, p -> assertThat(p.en()).contains("2024-06-30"));
    assertThat(DATE.parse("2030-01-01", TODAY)).isEqualTo(LocalDate.of(2030, 1, 1));
  }

  @ParameterizedTest
  @CsvSource({
    "2024-03-01T09:30:00, 2024-03-01T09:30",
    "2024-03-01T09:30, 2024-03-01T09:30",
    "2024-03-01 09:30:00, 2024-03-01T09:30",
    "2024-03-01T09:30:00.250, 2024-03-01T09:30:00.250",
    "2024-03-01T09:30:00+08:00, 2024-03-01T09:30",
    "2024-03-01T01:30:00Z, 2024-03-01T09:30",
    "2024-03-01T03:30:00+02:00, 2024-03-01T09:30",
    "2024-02-29T20:30:00-05:00, 2024-03-01T09:30",
    "２０２４-０３-０１Ｔ０９:３０:００, 2024-03-01T09:30",
    "2024-03-01, 2024-03-01T00:00",
    "20240301, 2024-03-01T00:00",
    "2024/03/01, 2024-03-01T00:00",
    "2024年3月1日, 2024-03-01T00:00"
  })
  void readsTimestampsConvertingOffsetsToShanghaiTime(String text, LocalDateTime expected) {
    assertThat(TIMESTAMP.parse(text, TODAY)).isEqualTo(expected);
  }

  /**
   * Timestamps shaped {@code YYYY-MM-DDTHH:MM:SS} are read field by field; every combination of
   * edge values must give what {@link LocalDateTime#parse} gives, or be rejected where it throws.
   */
  @Test
  void readsPlainTimestampsExactlyAsTheIsoParserDoes() {
    int checked = 0;
    int rejected = 0;
    for (String year : new String[] {"0000", "1999", "2023", "2024", "9999"}) {
      for (String month : new String[] {"00", "01", "02", "12", "13"}) {
        for (String day : new String[] {"00", "28", "29", "30", "31", "32"}) {
          for (String time : new String[] {"00:00:00", "23:59:59", "24:00:00", "12:60:00"}) {
            for (String seconds : new String[] {"", "60"}) {
              String clock = seconds.isEmpty() ? time : time.substring(0, 6) + seconds;
              for (char separator : new char[] {'T', ' '}) {
                String text = year + "-" + month + "-" + day + separator + clock;
                Object expected;
                try {
                  expected = LocalDateTime.parse(text.replace(' ', 'T'));
                } catch (java.time.format.DateTimeParseException e) {
                  expected = null;
                }
                Object read = TIMESTAMP.parse(text, TODAY);
                if (expected == null) {
                  assertThat(read).as(text).isInstanceOf(Problem.class);
                  rejected++;
                } else {
                  assertThat(read).as(text).isEqualTo(expected);
                }
                checked++;
              }
            }
          }
        }
      }
    }
    assertThat(checked).isEqualTo(2400);
    assertThat(rejected).isBetween(1500, 2300);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2024-03-01T25:00:00",
        "2024-03-01 9:30",
        "2024-03-01T09:30:00+25:00",
        "2024-02-30T09:30:00",
        "01/03/2024 09:30",
        "2024-03-01T09:30:00[Asia/Shanghai]",
        "now"
      })
  void rejectsMalformedTimestamps(String text) {
    assertThat(TIMESTAMP.parse(text, TODAY)).isInstanceOf(Problem.class);
  }

  @ParameterizedTest
  @CsvSource({
    "2024-06-30T23:59:59, true",
    "2024-06-30, true",
    "2024-07-01T00:00:00, false",
    "2024-07-01, false",
    "2024-06-30T15:59:59Z, true",
    "2024-06-30T16:30:00Z, false"
  })
  void rejectsAFutureTimestampJudgedInShanghaiTime(String text, boolean accepted) {
    assertThat(PAST_TIMESTAMP.parse(text, TODAY) instanceof Problem).isNotEqualTo(accepted);
  }

  @ParameterizedTest
  @CsvSource({"2024-03, 2024-03", "202403, 2024-03", "２０２４-０３, 2024-03", "2024/12, 2024-12"})
  void readsMonths(String text, YearMonth expected) {
    assertThat(new ColumnType.Month().parse(text, TODAY)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-13", "2024-3", "2024-03-01", "03-2024", "2024年3月"})
  void rejectsMalformedMonths(String text) {
    assertThat(new ColumnType.Month().parse(text, TODAY)).isInstanceOf(Problem.class);
  }
}
