package io.loanradar.app.cli;

import io.loanradar.app.ingest.FileReport;
import io.loanradar.app.ingest.ImportProgress;
import io.loanradar.app.ingest.ImportReport;
import io.loanradar.app.ingest.ImportRequest;
import io.loanradar.app.ingest.Importer;
import io.loanradar.core.contract.ContractKind;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Imports contract files into the store as one atomic batch. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import contract files (CSV) into the store as one batch: all of it or nothing.",
      "The kind of each file is recognised from its header, or given with --kind."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every row imported",
      "1:internal error; nothing of the batch was kept",
      "2:a file was rejected whole (not a contract kind, missing required column, unreadable)",
      "3:some rows quarantined, the rest imported"
    })
final class ImportCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files or folders (every .csv inside).")
  List<Path> paths;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "Kind of every file: ${COMPLETION-CANDIDATES}.")
  ContractKind kind;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Encoding, e.g. UTF-8 or GB18030 (detected when absent).")
  Charset encoding;

  @Override
  public Integer call() throws Exception {
    try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
      Importer importer = context.getBean(Importer.class);
      LocalDate today = LocalDate.now(context.getBean(Clock.class));
      ImportReport report =
          importer.importPaths(
              paths,
              new ImportRequest(
                  System.getProperty("user.name", "cli"),
                  "cli",
                  Optional.ofNullable(kind),
                  Optional.ofNullable(encoding),
                  today),
              new ImportProgress() {
                @Override
                public void rowsRead(String file, long rows) {
                  System.err.printf(Locale.ROOT, "读取 reading %s: %,d%n", file, rows);
                }

                @Override
                public void deriving(long batchId) {
                  System.err.printf(
                      Locale.ROOT,
                      "批次 %d 已提交，正在构建交易索引和日汇总 / batch %d committed; building the"
                          + " transaction indexes and daily aggregates%n",
                      batchId,
                      batchId);
                }
              });
      print(report);
      return report.exitCode();
    }
  }

  private static void print(ImportReport report) {
    System.out.printf(
        Locale.ROOT,
        "批次 batch %d  (%.1f s; 提交 committed %.1f s)%n",
        report.batchId(),
        report.elapsed().toMillis() / 1000.0,
        report.committed().toMillis() / 1000.0);
    System.out.println(
        "file,kind,read,inserted,updated,unchanged,quarantined,unknown_columns,rejection");
    for (FileReport f : report.files()) {
      System.out.println(
          String.join(
              ",",
              f.fileName(),
              String.valueOf(f.kind()),
              String.valueOf(f.rowsRead()),
              String.valueOf(f.inserted()),
              String.valueOf(f.updated()),
              String.valueOf(f.unchanged()),
              String.valueOf(f.quarantined()),
              String.join(";", f.unknownColumns()),
              f.rejection() == null ? "" : f.rejection()));
    }
  }
}
