package io.loanradar.core.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * 合成银行 — generates a believable bank in the data contract: customers, statements, daily flows, tax,
 * bureau lines, loans, events, relations and products, plus {@code truth.csv}, the planted stories
 * that demand mining and early warning should find.
 *
 * <p>Output depends only on the options: the same options give byte-identical files. Customers are
 * simulated one at a time and streamed to disk, so memory stays flat however many there are.
 */
public final class SyntheticBank {

  private SyntheticBank() {}

  /**
   * Writes enterprises.csv, financials.csv, transactions.csv, tax.csv, credit_records.csv,
   * loans.csv, events.csv, relations.csv, products.csv and truth.csv into {@code outDir}, replacing
   * files of those names.
   *
   * @param options what to generate
   * @param outDir the directory to write into; created when missing
   * @return rows written per file and the time taken
   * @throws IOException when a file cannot be written
   */
  public static GenerationSummary generate(GeneratorOptions options, Path outDir)
      throws IOException {
    long started = System.nanoTime();
    Files.createDirectories(outDir);
    Window window = Window.of(options);
    long seed = options.seed();
    List<Enterprise> firms =
        new Profiles(seed, window, options.enterprises()).draw(options.enterprises());
    SplittableRandom structureRng = Seeds.of(seed, Seeds.STRUCTURE, 0);
    Structure structure = new Structure(firms, window.start(), structureRng);
    StoryPlanner.Plan plan = StoryPlanner.plan(firms, structure, window, structureRng);
    Map<String, Long> rows = new LinkedHashMap<>();
    try (OutputFiles files = new OutputFiles(outDir)) {
      simulate(options, window, firms, structure, plan, files);
      TableWriter.relations(files.relations, structure.relations());
      TableWriter.products(files.products);
      TableWriter.truth(files.truth, plan.stories(), firms);
      for (CsvFile f : files.all) {
        rows.put(f.fileName(), f.rows());
      }
    }
    return new GenerationSummary(rows, Duration.ofNanos(System.nanoTime() - started));
  }

  private static void simulate(
      GeneratorOptions options,
      Window window,
      List<Enterprise> firms,
      Structure structure,
      StoryPlanner.Plan plan,
      OutputFiles files)
      throws IOException {
    long seed = options.seed();
    LinkFlows links = new LinkFlows(seed, window, plan, firms);
    FlowSimulator flows = new FlowSimulator(window, structure, firms, links, files.transactions);
    StatementWriter statements = new StatementWriter(window, files.financials, files.tax);
    BureauWriter bureau = new BureauWriter(window, firms, structure, files.credit);
    EventWriter events = new EventWriter(window, firms, files.events);
    for (Enterprise e : firms) {
      SplittableRandom rng = Seeds.of(seed, Seeds.FLOWS, e.index());
      List<Story> stories = plan.of(e.index());
      TableWriter.enterprise(files.enterprises, e, structure.groupOf(e.index()));
      List<Loan> loans = Loan.of(e, stories, window, rng.split());
      TableWriter.loans(files.loans, e, loans);
      MonthlyPlan monthly = new MonthlyPlan(e, stories, window, rng.split());
      flows.simulate(e, monthly, loans, rng.split());
      statements.write(e, monthly, loans, stories, rng.split());
      bureau.write(e, stories, rng.split());
      events.write(e, stories, rng.split());
    }
  }

  /** The ten output files, opened together and closed together. */
  private static final class OutputFiles implements AutoCloseable {
    final CsvFile enterprises;
    final CsvFile financials;
    final CsvFile transactions;
    final CsvFile tax;
    final CsvFile credit;
    final CsvFile loans;
    final CsvFile events;
    final CsvFile relations;
    final CsvFile products;
    final CsvFile truth;
    final List<CsvFile> all = new ArrayList<>();

    OutputFiles(Path dir) throws IOException {
      enterprises = open(dir, "enterprises.csv", Headers.ENTERPRISES);
      financials = open(dir, "financials.csv", Headers.FINANCIALS);
      transactions = open(dir, "transactions.csv", Headers.TRANSACTIONS);
      tax = open(dir, "tax.csv", Headers.TAX);
      credit = open(dir, "credit_records.csv", Headers.CREDIT_RECORDS);
      loans = open(dir, "loans.csv", Headers.LOANS);
      events = open(dir, "events.csv", Headers.EVENTS);
      relations = open(dir, "relations.csv", Headers.RELATIONS);
      products = open(dir, "products.csv", Headers.PRODUCTS);
      truth = open(dir, "truth.csv", Headers.TRUTH);
    }

    private CsvFile open(Path dir, String name, List<String> header) throws IOException {
      CsvFile f = new CsvFile(dir, name, header);
      all.add(f);
      return f;
    }

    @Override
    public void close() throws IOException {
      IOException first = null;
      for (CsvFile f : all) {
        try {
          f.close();
        } catch (IOException e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }
}
