package io.loanradar.app.demand;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the data contract's opportunities.csv. */
public final class OpportunityCsv {

  /** The contract's columns, in order. */
  public static final List<String> HEADER =
      List.of(
          "opportunity_id",
          "enterprise_id",
          "detected_on",
          "scenario",
          "estimated_amount",
          "expected_by",
          "products",
          "priority",
          "evidence");

  private OpportunityCsv() {}

  /**
   * Writes the opportunities, evidence in Chinese when {@code chinese}, else in English.
   *
   * @throws IOException when the file cannot be written
   */
  public static void write(List<Opportunity> opportunities, Path out, boolean chinese)
      throws IOException {
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv =
            new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get())) {
      csv.printRecord(HEADER);
      for (Opportunity o : opportunities) {
        csv.printRecord(
            o.id(),
            o.enterpriseId(),
            o.detectedOn(),
            o.scenario(),
            o.amount().toPlainString(),
            o.expectedBy(),
            String.join(";", o.products()),
            o.priority(),
            String.join(";", chinese ? o.evidenceZh() : o.evidenceEn()));
      }
    }
  }
}
