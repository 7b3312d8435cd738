package io.loanradar.core.scorecard;

import io.loanradar.core.contract.ContractKind;
import io.loanradar.core.contract.ContractRow;
import io.loanradar.core.contract.Header;
import io.loanradar.core.contract.Records;
import io.loanradar.core.contract.RowResult;
import io.loanradar.core.contract.RowValidator;
import io.loanradar.core.customer.Enterprise;
import io.loanradar.core.customer.EnterpriseId;
import io.loanradar.core.feature.Counterparty;
import io.loanradar.core.feature.DailyBalance;
import io.loanradar.core.feature.DailyFlow;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import io.loanradar.core.flow.Transaction;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A generated synthetic bank read back through the contract's row rules into per-enterprise
 * snapshots, aggregating transactions the way the store's daily tables do.
 */
final class SyntheticBook {

  private final Path dir;
  private final LocalDate importDate;

  SyntheticBook(Path dir, LocalDate importDate) {
    this.dir = dir;
    this.importDate = importDate;
  }

  List<EnterpriseSnapshot> snapshots(LocalDate asOf) throws IOException {
    List<Enterprise> enterprises =
        read(ContractKind.ENTERPRISES, "enterprises.csv", Records::enterprise);
    var statements =
        byId(
            read(ContractKind.FINANCIALS, "financials.csv", Records::statement),
            s -> s.enterpriseId());
    var tax = byId(read(ContractKind.TAX, "tax.csv", Records::tax), t -> t.enterpriseId());
    var credit =
        byId(
            read(ContractKind.CREDIT_RECORDS, "credit_records.csv", Records::creditRecord),
            c -> c.enterpriseId());
    var loans =
        byId(
            read(ContractKind.LOANS, "loans.csv", r -> Records.loan(r, importDate)),
            l -> l.enterpriseId());
    var events =
        byId(read(ContractKind.EVENTS, "events.csv", Records::event), e -> e.enterpriseId());
    var txns =
        byId(
            read(ContractKind.TRANSACTIONS, "transactions.csv", Records::transaction),
            t -> t.enterpriseId());
    List<EnterpriseSnapshot> snapshots = new ArrayList<>();
    for (Enterprise e : enterprises) {
      List<Transaction> own = txns.getOrDefault(e.id(), List.of());
      snapshots.add(
          new EnterpriseSnapshot(
              asOf,
              e,
              statements.getOrDefault(e.id(), List.of()),
              tax.getOrDefault(e.id(), List.of()),
              credit.getOrDefault(e.id(), List.of()),
              loans.getOrDefault(e.id(), List.of()),
              events.getOrDefault(e.id(), List.of()),
              flows(own),
              balances(own),
              counterparties(own, asOf)));
    }
    return snapshots;
  }

  /** truth.csv rows as maps of column to value. */
  List<Map<String, String>> truth() throws IOException {
    List<List<String>> rows = csv(dir.resolve("truth.csv"));
    List<String> header = rows.get(0);
    List<Map<String, String>> result = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      Map<String, String> m = new TreeMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), row.get(i));
      }
      result.add(m);
    }
    return result;
  }

  private static List<DailyFlow> flows(List<Transaction> txns) {
    record Key(LocalDate day, Direction direction, Purpose purpose) {}
    Map<Key, List<Transaction>> groups =
        txns.stream()
            .collect(
                Collectors.groupingBy(
                    t ->
                        new Key(
                            t.bookedAt().toLocalDate(),
                            t.direction(),
                            t.purpose().orElse(Purpose.OTHER))));
    return groups.entrySet().stream()
        .map(
            g ->
                new DailyFlow(
                    g.getKey().day(),
                    g.getKey().direction(),
                    g.getKey().purpose(),
                    g.getValue().stream()
                        .map(t -> t.amountCny().yuan())
                        .reduce(BigDecimal.ZERO, BigDecimal::add),
                    g.getValue().size(),
                    g.getValue().stream()
                        .map(t -> t.amountCny().yuan())
                        .max(Comparator.naturalOrder())
                        .orElseThrow()))
        .toList();
  }

  private static List<DailyBalance> balances(List<Transaction> txns) {
    record Key(String account, LocalDate day) {}
    Map<Key, List<Transaction>> groups =
        txns.stream()
            .filter(t -> t.balanceAfter().isPresent())
            .collect(
                Collectors.groupingBy(t -> new Key(t.accountId(), t.bookedAt().toLocalDate())));
    return groups.entrySet().stream()
        .map(
            g -> {
              List<Transaction> day =
                  g.getValue().stream()
                      .sorted(
                          Comparator.comparing(Transaction::bookedAt)
                              .thenComparing(Transaction::txnId))
                      .toList();
              BigDecimal min =
                  day.stream()
                      .map(t -> t.balanceAfter().get().yuan())
                      .min(Comparator.naturalOrder())
                      .orElseThrow();
              BigDecimal close = day.get(day.size() - 1).balanceAfter().get().yuan();
              return new DailyBalance(g.getKey().account(), g.getKey().day(), min, close);
            })
        .toList();
  }

  private static List<Counterparty> counterparties(List<Transaction> txns, LocalDate asOf) {
    LocalDate from = asOf.minusMonths(12).plusDays(1);
    Map<String, BigDecimal> out = new TreeMap<>();
    Map<String, BigDecimal> in = new TreeMap<>();
    for (Transaction t : txns) {
      LocalDate day = t.bookedAt().toLocalDate();
      if (day.isBefore(from) || day.isAfter(asOf) || t.counterpartyName().isEmpty()) {
        continue;
      }
      Purpose p = t.purpose().orElse(Purpose.OTHER);
      if (p == Purpose.SUPPLIER_PAYMENT) {
        out.merge(t.counterpartyName().get(), t.amountCny().yuan(), BigDecimal::add);
      } else if (p == Purpose.SALES_RECEIPT) {
        in.merge(t.counterpartyName().get(), t.amountCny().yuan(), BigDecimal::add);
      }
    }
    List<Counterparty> result = new ArrayList<>();
    out.forEach((name, total) -> result.add(new Counterparty(name, Direction.OUT, total)));
    in.forEach((name, total) -> result.add(new Counterparty(name, Direction.IN, total)));
    return result;
  }

  private <T> List<T> read(ContractKind kind, String file, Function<ContractRow, T> map)
      throws IOException {
    List<List<String>> rows = csv(dir.resolve(file));
    RowValidator validator = new RowValidator(Header.match(kind, rows.get(0)), importDate);
    List<T> records = new ArrayList<>();
    for (List<String> cells : rows.subList(1, rows.size())) {
      RowResult result = validator.check(cells);
      if (!(result instanceof RowResult.Accepted accepted)) {
        throw new IllegalStateException(file + " row rejected: " + result);
      }
      records.add(map.apply(accepted.row()));
    }
    return records;
  }

  private static <T> Map<EnterpriseId, List<T>> byId(List<T> rows, Function<T, EnterpriseId> id) {
    return rows.stream().collect(Collectors.groupingBy(id));
  }

  /** RFC 4180 rows of a UTF-8 file ending with a line break. */
  static List<List<String>> csv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == ',' || c == '\n')) {
        row.add(field.toString());
        field.setLength(0);
        if (c == '\n') {
          rows.add(row);
          row = new ArrayList<>();
        }
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
