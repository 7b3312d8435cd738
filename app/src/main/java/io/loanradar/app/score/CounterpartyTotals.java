package io.loanradar.app.score;

import io.loanradar.core.feature.Counterparty;
import io.loanradar.core.flow.Direction;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 交易对手汇总 — one enterprise's transactions summed per counterparty and direction, as the
 * concentration features read them. The snapshot reader streams a year of transactions in
 * enterprise order and sums them here, one enterprise at a time, rather than asking the database to
 * group the whole year at once; on PostgreSQL the rows arrive already summed per enterprise, and
 * this only puts them in order.
 */
final class CounterpartyTotals {

  private static final Comparator<Key> ORDER =
      Comparator.comparing(Key::name).thenComparing(Key::direction);

  private CounterpartyTotals() {}

  private record Key(String name, Direction direction) {}

  /**
   * The totals of one enterprise's transactions, each given as a counterparty total of its own in
   * CNY. The sums are exact ({@link BigDecimal#add}, so a total keeps the largest scale of its
   * transactions, as SQL {@code SUM} does).
   *
   * @return one total per counterparty name and direction, by name, then direction
   */
  static List<Counterparty> sum(List<Counterparty> transactions) {
    Map<Key, BigDecimal> totals = new TreeMap<>(ORDER);
    for (Counterparty t : transactions) {
      totals.merge(new Key(t.name(), t.direction()), t.total(), BigDecimal::add);
    }
    return totals.entrySet().stream()
        .map(e -> new Counterparty(e.getKey().name(), e.getKey().direction(), e.getValue()))
        .toList();
  }
}
