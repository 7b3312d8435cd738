package io.loanradar.app.demo;

import io.loanradar.app.LoanRadarProperties;
import io.loanradar.app.customer.Enterprises;
import io.loanradar.app.demand.Opportunities;
import io.loanradar.app.ingest.ImportReport;
import io.loanradar.app.ingest.ImportRequest;
import io.loanradar.app.ingest.Importer;
import io.loanradar.app.security.DataScope;
import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.synthetic.GeneratorOptions;
import io.loanradar.core.synthetic.SyntheticBank;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the demo bank on first start: when demo mode is on and the store holds no enterprise, a
 * synthetic bank is generated under the data folder and imported as one batch, and the nightly
 * opportunity run is replayed every two weeks over the data's last {@value #HISTORY_WEEKS} weeks
 * (seven runs, about two minutes on the 2,000-enterprise bank in H2, while the pages already
 * serve), so the pipeline shows what a bank running LoanRadar for a quarter would see —
 * opportunities opened, some already followed by a loan — rather than only what is new on the first
 * day.
 */
@Component
@ConditionalOnProperty(name = "loanradar.demo.enabled", havingValue = "true")
class DemoBank implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoBank.class);

  /** Weeks of nightly runs replayed after the import. */
  static final int HISTORY_WEEKS = 12;

  private final LoanRadarProperties properties;
  private final Enterprises enterprises;
  private final Importer importer;
  private final Clock clock;
  private final DemoStatus status;
  private final DemoUsers users;
  private final Opportunities opportunities;

  DemoBank(
      LoanRadarProperties properties,
      Enterprises enterprises,
      Importer importer,
      Clock clock,
      DemoStatus status,
      DemoUsers users,
      Opportunities opportunities) {
    this.properties = properties;
    this.enterprises = enterprises;
    this.importer = importer;
    this.clock = clock;
    this.status = status;
    this.users = users;
    this.opportunities = opportunities;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    try {
      load();
    } finally {
      status.set(DemoStatus.Stage.IDLE);
    }
  }

  private void load() throws Exception {
    long existing = enterprises.count(DataScope.all());
    if (existing > 0) {
      log.info("演示数据已存在 / demo bank already loaded: {} enterprises", existing);
      users.ensure();
      return;
    }
    LoanRadarProperties.Demo demo = properties.demo();
    Path dir = properties.dataDir().resolve("demo-bank");
    YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
    log.info(
        "生成演示银行 / generating the demo bank: {} enterprises × {} months into {}",
        demo.enterprises(),
        demo.months(),
        dir.toAbsolutePath());
    status.set(DemoStatus.Stage.GENERATING);
    SyntheticBank.generate(
        new GeneratorOptions(demo.enterprises(), demo.months(), demo.seed(), lastMonth), dir);
    List<Path> files =
        Arrays.stream(ContractKind.values()).map(k -> dir.resolve(k.fileStem() + ".csv")).toList();
    status.set(DemoStatus.Stage.IMPORTING);
    ImportReport report =
        importer.importPaths(files, ImportRequest.of("demo", "demo", LocalDate.now(clock)));
    log.info(
        "演示银行已导入 / demo bank imported: batch {}, {} rows, {} quarantined, {} s",
        report.batchId(),
        report.rowsRead(),
        report.quarantined(),
        report.elapsed().toSeconds());
    users.ensure();
    LocalDate end = lastMonth.atEndOfMonth();
    int created = 0;
    int disbursed = 0;
    for (LocalDate d = end.minusWeeks(HISTORY_WEEKS); !d.isAfter(end); d = d.plusWeeks(2)) {
      Opportunities.Refresh r = opportunities.refresh(d);
      created += r.created();
      disbursed += r.disbursed();
    }
    log.info(
        "演示商机 / demo opportunities: nightly runs replayed fortnightly to {}, {} opened, {}"
            + " followed by a loan",
        end,
        created,
        disbursed);
  }
}
