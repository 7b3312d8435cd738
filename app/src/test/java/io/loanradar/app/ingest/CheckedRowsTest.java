package io.loanradar.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.contract.Header;
import io.loanradar.core.contract.RowResult;
import io.loanradar.core.contract.RowValidator;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.MalformedInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CheckedRowsTest {

  private static final List<String> HEADER = List.of("from_id", "to_id", "type", "weight", "since");

  private static final RowValidator VALIDATOR =
      new RowValidator(Header.match(ContractKind.RELATIONS, HEADER), LocalDate.of(2026, 11, 29));

  /** Rows from a list, then {@code end} (null: the end of the file). */
  private static class ListSource implements RowSource {
    private final List<RowSource.SourceRow> rows;
    private final IOException end;
    private int next;

    ListSource(List<RowSource.SourceRow> rows, IOException end) {
      this.rows = rows;
      this.end = end;
    }

    @Override
    public SourceRow next() throws IOException {
      if (next < rows.size()) {
        return rows.get(next++);
      }
      if (end != null) {
        throw end;
      }
      return null;
    }

    @Override
    public String sha256() {
      return "";
    }

    @Override
    public String encoding() {
      return "UTF-8";
    }

    @Override
    public void close() {}
  }

  private static List<RowSource.SourceRow> relations(int n) {
    List<RowSource.SourceRow> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // every seventh row has a weight outside 0–1 and is rejected
      String weight = i % 7 == 3 ? "1.5" : "0.5";
      rows.add(
          new RowSource.SourceRow(
              i + 2, List.of("E" + i, "E" + (i + 1), "SUPPLIES", weight, "2024-01-01")));
    }
    return rows;
  }

  @Test
  void handsOutEveryRowCheckedInFileOrderAcrossChunks() throws IOException {
    int n = CheckedRows.CHUNK * (CheckedRows.AHEAD + 3) + 17;
    List<CheckedRows.Checked> out = new ArrayList<>();
    try (CheckedRows checked =
        new CheckedRows("relations.csv", new ListSource(relations(n), null), VALIDATOR)) {
      for (CheckedRows.Checked row = checked.next(); row != null; row = checked.next()) {
        out.add(row);
      }
      assertThat(checked.next()).isNull();
    }
    assertThat(out).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(out.get(i).line()).isEqualTo(i + 2);
      if (i % 7 == 3) {
        assertThat(out.get(i).result()).isInstanceOf(RowResult.Rejected.class);
      } else {
        RowResult.Accepted accepted = (RowResult.Accepted) out.get(i).result();
        assertThat(accepted.row().text("from_id")).isEqualTo("E" + i);
      }
    }
  }

  @Test
  void whatStopsTheReaderIsThrownToTheWriterAfterTheRowsBeforeIt() throws IOException {
    CharacterCodingException wrongEncoding = new MalformedInputException(1);
    int n = CheckedRows.CHUNK + 5;
    long seen = 0;
    try (CheckedRows checked =
        new CheckedRows("relations.csv", new ListSource(relations(n), wrongEncoding), VALIDATOR)) {
      for (int i = 0; i < n; i++) {
        assertThat(checked.next().line()).isEqualTo(i + 2);
        seen++;
      }
      assertThatThrownBy(checked::next).isSameAs(wrongEncoding);
      assertThat(checked.next()).isNull();
    }
    assertThat(seen).isEqualTo(n);
  }

  @Test
  void aRuntimeFailureOfTheReaderKeepsItsType() {
    RowSource failing =
        new ListSource(List.of(), null) {
          @Override
          public SourceRow next() {
            throw new java.io.UncheckedIOException(new IOException("disk gone"));
          }
        };
    try (CheckedRows checked = new CheckedRows("relations.csv", failing, VALIDATOR)) {
      assertThatThrownBy(checked::next)
          .isInstanceOf(java.io.UncheckedIOException.class)
          .hasMessageContaining("disk gone");
    }
  }

  @Test
  void closingEarlyStopsTheReaderBeforeTheSourceIsClosed() throws Exception {
    AtomicLong produced = new AtomicLong();
    AtomicBoolean readAfterClose = new AtomicBoolean();
    AtomicBoolean closedFlag = new AtomicBoolean();
    RowSource endless =
        new ListSource(List.of(), null) {
          @Override
          public SourceRow next() {
            if (closedFlag.get()) {
              readAfterClose.set(true);
            }
            long i = produced.incrementAndGet();
            return new SourceRow(i + 1, List.of("E" + i, "F" + i, "SUPPLIES", "0.5", ""));
          }
        };
    CheckedRows checked = new CheckedRows("relations.csv", endless, VALIDATOR);
    assertThat(checked.next().line()).isEqualTo(2);
    checked.close();
    closedFlag.set(true);
    long after = produced.get();
    Thread.sleep(200);
    assertThat(produced.get()).as("no row is read once close() returned").isEqualTo(after);
    assertThat(readAfterClose).isFalse();
    // bounded: the reader never ran more than the queue's chunks (plus the one being filled) ahead
    assertThat(after).isLessThanOrEqualTo((long) CheckedRows.CHUNK * (CheckedRows.AHEAD + 2));
  }
}
