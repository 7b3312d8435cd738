package io.loanradar.app.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file read with RFC 4180 quoting, streamed, hashing its bytes as they pass. */
final class CsvRowSource implements RowSource {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();

  private final InputStream raw;
  private final DigestInputStream digesting;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final Charset charset;
  private long previousLine;

  CsvRowSource(Path file, Charset charset) throws IOException {
    this.charset = charset;
    this.raw = Files.newInputStream(file);
    this.digesting = new DigestInputStream(raw, Sha256.newDigest());
    this.parser =
        CSVParser.builder()
            .setReader(
                new InputStreamReader(
                    digesting,
                    charset
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))
            .setFormat(FORMAT)
            .get();
    this.records = parser.iterator();
  }

  @Override
  public SourceRow next() throws IOException {
    try {
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long lastLine = parser.getCurrentLineNumber();
        long previous = previousLine;
        previousLine = lastLine;
        if (record.size() == 1 && record.get(0).isBlank()) {
          continue;
        }
        // the parser counts the record's last line; a record that took the one line after the
        // previous one holds no line break, so only the others are searched for quoted ones
        String[] values = record.values();
        long embedded = 0;
        if (lastLine - previous != 1) {
          for (String value : values) {
            embedded += lineBreaks(value);
          }
        }
        return new SourceRow(lastLine - embedded, Arrays.asList(values));
      }
      return null;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static long lineBreaks(String cell) {
    long n = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == cell.length() || cell.charAt(i + 1) != '\n')) {
        n++;
      }
    }
    return n;
  }

  @Override
  public String sha256() throws IOException {
    digesting.transferTo(OutputStream.nullOutputStream());
    return Sha256.hex(digesting.getMessageDigest());
  }

  @Override
  public String encoding() {
    return charset.name();
  }

  @Override
  public void close() throws IOException {
    parser.close();
    raw.close();
  }
}
