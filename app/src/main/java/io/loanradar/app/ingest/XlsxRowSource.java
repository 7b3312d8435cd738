package io.loanradar.app.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX workbook, streamed row by row. Date-formatted numbers become ISO
 * dates, other numbers plain decimals, formulas their cached value.
 */
final class XlsxRowSource implements RowSource {

  private final Path file;
  private final ReadableWorkbook workbook;
  private final Stream<Row> rows;
  private final Iterator<Row> iterator;

  XlsxRowSource(Path file) throws IOException {
    this.file = file;
    this.workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    this.rows = workbook.getFirstSheet().openStream();
    this.iterator = rows.iterator();
  }

  @Override
  public SourceRow next() {
    while (iterator.hasNext()) {
      Row row = iterator.next();
      List<String> cells = new ArrayList<>(row.getCellCount());
      boolean blank = true;
      for (int i = 0; i < row.getCellCount(); i++) {
        String text = text(row.getCell(i));
        blank &= text.isBlank();
        cells.add(text);
      }
      if (!blank) {
        return new SourceRow(row.getRowNum(), cells);
      }
    }
    return null;
  }

  static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getType()) {
      case NUMBER -> number(cell);
      case BOOLEAN -> String.valueOf(cell.asBoolean());
      case EMPTY -> "";
      default -> cell.getRawValue() == null ? "" : cell.getText();
    };
  }

  private static String number(Cell cell) {
    if (isDateFormat(cell.getDataFormatString())) {
      LocalDateTime time = cell.asDate();
      return time.toLocalTime().equals(LocalTime.MIDNIGHT)
          ? time.toLocalDate().toString()
          : time.toString();
    }
    BigDecimal value = cell.asNumber();
    return value.stripTrailingZeros().scale() < 0
        ? value.setScale(0).toPlainString()
        : value.stripTrailingZeros().toPlainString();
  }

  private static boolean isDateFormat(String format) {
    if (format == null) {
      return false;
    }
    String f = format.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"|\\[[^]]*]", "");
    return f.contains("y")
        || f.contains("d")
        || f.contains("h:")
        || f.contains("m/")
        || f.contains("年");
  }

  @Override
  public String sha256() throws IOException {
    return Sha256.ofFile(file);
  }

  @Override
  public String encoding() {
    return "XLSX";
  }

  @Override
  public void close() throws IOException {
    rows.close();
    workbook.close();
  }
}
