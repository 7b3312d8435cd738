package io.loanradar.app.cli;

import io.loanradar.app.demand.DemandScan;
import io.loanradar.app.demand.Opportunities;
import io.loanradar.app.demand.Opportunity;
import io.loanradar.app.demand.OpportunityCsv;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Finds loan opportunities as of a date, keeps them in the store and writes opportunities.csv. */
@Command(
    name = "opportunities",
    mixinStandardHelpOptions = true,
    description = {
      "Find loan opportunities (商机) as of a date from what the store knew then: scenario",
      "triggers with evidence, estimated amount and date, ranked products. Keep them in the store",
      "(one open opportunity per enterprise and scenario) and write opportunities.csv."
    })
final class OpportunitiesCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Mixin AsOfOption asOf;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write opportunities.csv (default: not written).")
  Path out;

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      defaultValue = "zh",
      description = "Language of the evidence column (default: ${DEFAULT-VALUE}).")
  String lang;

  @Override
  public Integer call() throws Exception {
    if (!lang.equals("zh") && !lang.equals("en")) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--lang must be zh or en, not " + lang);
    }
    try (ConfigurableApplicationContext context = Contexts.batch(store.properties())) {
      LocalDate date = asOf.orToday(context.getBean(Clock.class));
      Opportunities opportunities = context.getBean(Opportunities.class);
      Opportunities.Refresh r = opportunities.refresh(date);
      List<Opportunity> found =
          opportunities.all().stream().filter(o -> o.refreshedOn().equals(date)).toList();
      if (out != null) {
        OpportunityCsv.write(found, out, lang.equals("zh"));
      }
      System.out.printf(
          Locale.ROOT,
          "商机 opportunities as of %s in %.1f s: %,d found (%,d new, %,d refreshed), %,d"
              + " disbursed by new loans, %,d held back by cooldown%n",
          date,
          r.elapsed().toMillis() / 1000.0,
          found.size(),
          r.created(),
          r.refreshed(),
          r.disbursed(),
          r.cooledDown());
      DemandScan scan = context.getBean(DemandScan.class);
      RuleLines.print(scan.rules(), scan.lastRuleCounts());
      return 0;
    }
  }
}
