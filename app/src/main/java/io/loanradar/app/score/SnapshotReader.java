package io.loanradar.app.score;

import io.loanradar.app.ingest.DerivedData;
import io.loanradar.app.store.StoreDialect;
import io.loanradar.app.store.StoreTable;
import io.loanradar.core.contract.ContractRow;
import io.loanradar.core.contract.Records;
import io.loanradar.core.customer.Enterprise;
import io.loanradar.core.feature.Counterparty;
import io.loanradar.core.feature.DailyBalance;
import io.loanradar.core.feature.DailyFlow;
import io.loanradar.core.feature.EnterpriseSnapshot;
import io.loanradar.core.flow.Direction;
import io.loanradar.core.flow.Purpose;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;

/**
 * Reads, for an as-of date, what the store knew about each enterprise then, one enterprise at a
 * time: one ordered cursor per table, walked in step, so memory holds one enterprise's rows. Loans
 * are taken in the status they had on the as-of date (from their status history).
 */
@Component
public class SnapshotReader {

  /** Days of daily flows a snapshot carries (two years, for year-on-year and seasonality). */
  static final int FLOW_DAYS = 731;

  /** Days of daily balances a snapshot carries. */
  static final int BALANCE_DAYS = 120;

  /** Days of counterparty totals (concentration). */
  static final int COUNTERPARTY_DAYS = 365;

  private final DataSource dataSource;
  private final DerivedData derived;

  SnapshotReader(DataSource dataSource, DerivedData derived) {
    this.dataSource = dataSource;
    this.derived = derived;
  }

  /**
   * Calls {@code consumer} with the snapshot of every enterprise (or of one, when {@code only} is
   * not null) as of {@code asOf}, in enterprise-id order.
   */
  public void forEach(LocalDate asOf, String only, Consumer<EnterpriseSnapshot> consumer)
      throws SQLException {
    derived.complete();
    forEach(asOf, only == null ? Slice.ALL : Slice.one(only), Reach.FULL, consumer);
  }

  /**
   * Applies {@code work} to the snapshot of every enterprise as of {@code asOf} and returns the
   * results in enterprise-id order. The enterprises are cut into {@code parts} consecutive ranges
   * of about equal size, each read on its own connection and worked on by its own thread, so that
   * both the store and the computation use every core. Each range is read in its own transaction.
   *
   * @param parts how many ranges (and threads); 1 reads everything on the calling thread
   * @param work what to compute from a snapshot; called from several threads at once
   */
  public <R> List<R> map(LocalDate asOf, int parts, Function<EnterpriseSnapshot, R> work)
      throws SQLException {
    return map(asOf, parts, Reach.FULL, work);
  }

  /**
   * What a read carries besides each enterprise's own statements, tax, bureau, loans, events and
   * recent balances.
   *
   * @param flowDays days of daily flows up to the as-of date; with fewer than {@value #FLOW_DAYS}
   *     each snapshot also carries the enterprise's first flow day, so that a reader of recent
   *     flows still knows how far back the history goes; 0 for none at all (no first flow day
   *     either), for a reader that reads them with {@link SnapshotReader#withFlows} for the few
   *     enterprises that need them
   * @param counterparties whether the twelve-month totals by counterparty are read: a year of raw
   *     transactions grouped by counterparty, the costliest read of all, which only the
   *     concentration features use; without them snapshots carry an empty list
   */
  public record Reach(int flowDays, boolean counterparties) {

    /** Everything the feature engine uses: two years of flows and the counterparties. */
    public static final Reach FULL = new Reach(FLOW_DAYS, true);

    /**
     * @throws IllegalArgumentException when {@code flowDays} is negative
     */
    public Reach {
      if (flowDays < 0) {
        throw new IllegalArgumentException("days of flows cannot be negative: " + flowDays);
      }
    }

    /**
     * Everything but the counterparties: for a reader that needs them for few enterprises, which it
     * reads one at a time with {@link SnapshotReader#withCounterparties(EnterpriseSnapshot)}.
     */
    public static final Reach WITHOUT_COUNTERPARTIES = new Reach(FLOW_DAYS, false);

    /**
     * Neither flows nor counterparties, the two largest reads by far (the daily flows are eight
     * rows in ten of a whole read at 100,000 enterprises): for a reader that asks, enterprise by
     * enterprise, whether anything points to a need before it sums flows, and reads them with
     * {@link SnapshotReader#withFlows} and {@link SnapshotReader#withCounterparties} where
     * something does.
     */
    public static final Reach ON_DEMAND = new Reach(0, false);

    /**
     * Only {@code flowDays} days of flows (at least one), with the first flow day, and no
     * counterparties.
     *
     * @throws IllegalArgumentException when {@code flowDays} is not positive
     */
    public static Reach recentFlows(int flowDays) {
      if (flowDays < 1) {
        throw new IllegalArgumentException("a read of recent flows needs a day: " + flowDays);
      }
      return new Reach(Math.min(flowDays, FLOW_DAYS), false);
    }

    /** Whether the snapshots carry daily flows. */
    public boolean flows() {
      return flowDays > 0;
    }

    boolean firstFlowDay() {
      return flows() && flowDays < FLOW_DAYS;
    }
  }

  /** As {@link #map(LocalDate, int, Function)}, carrying only what {@code reach} says. */
  public <R> List<R> map(
      LocalDate asOf, int parts, Reach reach, Function<EnterpriseSnapshot, R> work)
      throws SQLException {
    derived.complete();
    List<Slice> slices = slices(Math.max(1, parts));
    if (slices.size() == 1) {
      List<R> out = new ArrayList<>();
      forEach(asOf, Slice.ALL, reach, s -> out.add(work.apply(s)));
      return out;
    }
    ExecutorService pool = Executors.newFixedThreadPool(slices.size(), SnapshotReader::thread);
    try {
      List<Future<List<R>>> results = new ArrayList<>();
      for (Slice slice : slices) {
        results.add(
            pool.submit(
                () -> {
                  List<R> out = new ArrayList<>();
                  forEach(asOf, slice, reach, s -> out.add(work.apply(s)));
                  return out;
                }));
      }
      List<R> all = new ArrayList<>();
      for (Future<List<R>> f : results) {
        all.addAll(join(f));
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The snapshot with its enterprise's twelve-month counterparty totals as of the snapshot's date,
   * read for that enterprise alone (one probe of the {@code txn_enterprise_day} index) on a
   * connection of its own: what a {@link Reach#WITHOUT_COUNTERPARTIES} read left out, for the few
   * enterprises whose features are computed.
   */
  public EnterpriseSnapshot withCounterparties(EnterpriseSnapshot s) {
    return s.withCounterparties(
        readOne(
            s,
            "counterparties",
            (c, postgres, one) -> counterparties(c, postgres, s.asOf(), one.where(), one)));
  }

  /**
   * The snapshot with its enterprise's daily flows of the {@value #FLOW_DAYS} days to the
   * snapshot's date, read for that enterprise alone (one walk of the {@code flow_daily} key) on a
   * connection of its own: what a {@link Reach#ON_DEMAND} read left out, for the enterprises whose
   * flows a detector sums. The same rows as a {@link Reach#FULL} read carries.
   */
  public EnterpriseSnapshot withFlows(EnterpriseSnapshot s) {
    return s.withFlows(
        readOne(
            s,
            "daily flows",
            (c, postgres, one) ->
                flows(
                    c,
                    postgres,
                    s.asOf(),
                    FLOW_DAYS,
                    one.where(),
                    " ORDER BY enterprise_id",
                    one)));
  }

  /** Opens a cursor over one enterprise's rows of one kind. */
  @FunctionalInterface
  private interface OneEnterprise<T> {
    Cursor<T> open(Connection c, boolean postgres, Slice one) throws SQLException;
  }

  /**
   * The rows {@code cursor} gives for the snapshot's enterprise alone, on a connection of its own.
   *
   * @param what what is read, for the message when the read fails
   */
  private <T> List<T> readOne(EnterpriseSnapshot s, String what, OneEnterprise<T> cursor) {
    String id = s.enterprise().id().value();
    Slice one = Slice.one(id);
    try (Connection c = dataSource.getConnection();
        Cursor<T> rows = cursor.open(c, StoreDialect.isPostgres(c), one)) {
      return rows.take(id);
    } catch (SQLException e) {
      throw new IllegalStateException("reading the " + what + " of " + id + " failed", e);
    }
  }

  private static Thread thread(Runnable r) {
    Thread t = new Thread(r, "snapshot-reader");
    t.setDaemon(true);
    return t;
  }

  private static <T> T join(Future<T> f) throws SQLException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("reading snapshots was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SQLException sql) {
        throw sql;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * Consecutive ranges of enterprise ids, in the store's order, of about equal numbers of
   * enterprises; one range covering everything when there are fewer enterprises than ranges.
   */
  private List<Slice> slices(int parts) throws SQLException {
    if (parts == 1) {
      return List.of(Slice.ALL);
    }
    List<String> bounds = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM enterprise");
        PreparedStatement at =
            c.prepareStatement(
                "SELECT enterprise_id FROM enterprise ORDER BY enterprise_id OFFSET ? ROWS"
                    + " FETCH NEXT 1 ROWS ONLY")) {
      long n;
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        n = rs.getLong(1);
      }
      if (n < parts) {
        return List.of(Slice.ALL);
      }
      for (int i = 1; i < parts; i++) {
        at.setLong(1, n * i / parts);
        try (ResultSet rs = at.executeQuery()) {
          if (rs.next()) {
            bounds.add(rs.getString(1));
          }
        }
      }
    }
    List<Slice> slices = new ArrayList<>();
    String from = null;
    for (String to : bounds) {
      slices.add(Slice.range(from, to));
      from = to;
    }
    slices.add(Slice.range(from, null));
    return slices;
  }

  private void forEach(
      LocalDate asOf, Slice slice, Reach reach, Consumer<EnterpriseSnapshot> consumer)
      throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        boolean postgres = StoreDialect.isPostgres(c);
        if (postgres) {
          streamInKeyOrder(c);
        }
        read(c, postgres, asOf, slice, reach, consumer);
      } finally {
        c.rollback();
        c.setAutoCommit(autoCommit);
      }
    }
  }

  /**
   * Tells PostgreSQL, for this read's transaction only, to walk the tables' enterprise-first keys
   * rather than scan and sort. Each cursor covers most of a table, so the planner costs a whole
   * scan plus an external sort below an index walk, but the sort spills to disk, scans the whole
   * table for every range, starts parallel workers on cores the other ranges use, and delivers no
   * row until it is done; the key walk streams from the first row (measured on half of 10 % of the
   * 100,000-enterprise bank's two years of flows: 4.6 s sorted, 1.3 s walked). Just-in-time
   * compilation costs more than it saves on these simple plans.
   */
  private static void streamInKeyOrder(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("SET LOCAL enable_sort = off");
      st.execute("SET LOCAL max_parallel_workers_per_gather = 0");
      st.execute("SET LOCAL jit = off");
    }
  }

  private void read(
      Connection c,
      boolean postgres,
      LocalDate asOf,
      Slice only,
      Reach reach,
      Consumer<EnterpriseSnapshot> consumer)
      throws SQLException {
    String order = " ORDER BY enterprise_id";
    String one = only.where();
    Date day = Date.valueOf(asOf);
    try (Cursor<ContractRow> enterprises =
            rows(c, StoreTable.ENTERPRISE, " WHERE 1 = 1" + one + order, only);
        Cursor<ContractRow> statements =
            rows(
                c,
                StoreTable.FINANCIAL_STATEMENT,
                " WHERE period_end <= ?" + one + order,
                only,
                day);
        Cursor<ContractRow> tax =
            rows(c, StoreTable.TAX_RECORD, " WHERE period <= ?" + one + order, only, day);
        Cursor<ContractRow> credit =
            rows(c, StoreTable.CREDIT_RECORD, " WHERE report_date <= ?" + one + order, only, day);
        Cursor<ContractRow> events =
            rows(
                c,
                StoreTable.EVENT,
                " WHERE occurred_at < ?" + one + order,
                only,
                Date.valueOf(asOf.plusDays(1)));
        Cursor<ContractRow> loans = LoanHistory.cursor(c, asOf, one, order, only);
        Cursor<DailyFlow> flows =
            reach.flows() ? flows(c, postgres, asOf, reach.flowDays(), one, order, only) : null;
        Cursor<LocalDate> firstFlowDays =
            reach.firstFlowDay() ? firstFlowDays(c, asOf, one, order, only) : null;
        Cursor<DailyBalance> balances = balances(c, postgres, asOf, one, order, only);
        Cursor<Counterparty> counterparties =
            reach.counterparties() ? counterparties(c, postgres, asOf, one, only) : null) {
      for (ContractRow e = enterprises.next(); e != null; e = enterprises.next()) {
        Enterprise enterprise = Records.enterprise(e);
        String id = enterprise.id().value();
        consumer.accept(
            new EnterpriseSnapshot(
                asOf,
                enterprise,
                statements.take(id).stream().map(Records::statement).toList(),
                tax.take(id).stream().map(Records::tax).toList(),
                credit.take(id).stream().map(Records::creditRecord).toList(),
                LoanHistory.asOf(loans.take(id), asOf).stream()
                    .map(r -> Records.loan(r, asOf))
                    .toList(),
                events.take(id).stream().map(Records::event).toList(),
                flows == null ? List.of() : flows.take(id),
                balances.take(id),
                counterparties == null ? List.of() : counterparties.take(id),
                firstFlowDays == null
                    ? Optional.empty()
                    : firstFlowDays.take(id).stream().filter(Objects::nonNull).findFirst()));
      }
      for (Cursor<?> rest :
          Arrays.asList(
              statements,
              tax,
              credit,
              events,
              loans,
              flows,
              balances,
              counterparties,
              firstFlowDays)) {
        if (rest != null) {
          rest.requireExhausted();
        }
      }
    }
  }

  private static Cursor<ContractRow> rows(
      Connection c, StoreTable table, String where, Slice only, Object... params)
      throws SQLException {
    List<Object> all = only.params(params);
    return new Cursor<>(
        c,
        "SELECT "
            + String.join(", ", table.columns())
            + ", enterprise_id AS cursor_key FROM "
            + table.table()
            + where,
        all,
        rs -> StoredRows.read(rs, table));
  }

  private static final Direction[] DIRECTIONS = Direction.values();
  private static final byte[][] DIRECTION_NAMES = TextValues.names(DIRECTIONS);
  private static final Purpose[] PURPOSES = Purpose.values();
  private static final byte[][] PURPOSE_NAMES = TextValues.names(PURPOSES);

  private static Cursor<DailyFlow> flows(
      Connection c,
      boolean postgres,
      LocalDate asOf,
      int days,
      String one,
      String order,
      Slice only)
      throws SQLException {
    List<Object> params = only.params(Date.valueOf(asOf.minusDays(days)), Date.valueOf(asOf));
    return new Cursor<>(
        c,
        "SELECT flow_day, direction, purpose, total, txn_count, max_amount, enterprise_id AS cursor_key"
            + " FROM flow_daily WHERE flow_day BETWEEN ? AND ?"
            + one
            + order
            + ", flow_day, direction, purpose",
        params,
        postgres ? SnapshotReader::flowFromText : SnapshotReader::flow);
  }

  private static DailyFlow flow(ResultSet rs) throws SQLException {
    return new DailyFlow(
        rs.getObject(1, LocalDate.class),
        Direction.valueOf(rs.getString(2)),
        Purpose.valueOf(rs.getString(3)),
        rs.getBigDecimal(4),
        rs.getLong(5),
        rs.getBigDecimal(6));
  }

  /**
   * A daily flow decoded from the bytes PostgreSQL sent, the same value as {@link #flow} gives; any
   * column in a form {@link TextValues} does not read sends the row to {@link #flow}.
   */
  private static DailyFlow flowFromText(ResultSet rs) throws SQLException {
    LocalDate day = TextValues.date(rs.getBytes(1));
    Direction direction = TextValues.constant(rs.getBytes(2), DIRECTIONS, DIRECTION_NAMES);
    Purpose purpose = TextValues.constant(rs.getBytes(3), PURPOSES, PURPOSE_NAMES);
    java.math.BigDecimal total = TextValues.decimal(rs.getBytes(4));
    Long count = TextValues.whole(rs.getBytes(5));
    java.math.BigDecimal max = TextValues.decimal(rs.getBytes(6));
    if (day == null
        || direction == null
        || purpose == null
        || total == null
        || count == null
        || max == null) {
      return flow(rs);
    }
    return new DailyFlow(day, direction, purpose, total, count, max);
  }

  /**
   * Each enterprise's first day with a flow by the as-of date (null when none): one probe of the
   * {@code flow_daily} key per enterprise, however long the history.
   */
  private static Cursor<LocalDate> firstFlowDays(
      Connection c, LocalDate asOf, String one, String order, Slice only) throws SQLException {
    return new Cursor<>(
        c,
        "SELECT (SELECT MIN(f.flow_day) FROM flow_daily f WHERE f.enterprise_id = e.enterprise_id"
            + " AND f.flow_day <= ?), e.enterprise_id AS cursor_key FROM enterprise e WHERE 1 = 1"
            + one
            + order,
        only.params(Date.valueOf(asOf)),
        rs -> rs.getObject(1, LocalDate.class));
  }

  private static Cursor<DailyBalance> balances(
      Connection c, boolean postgres, LocalDate asOf, String one, String order, Slice only)
      throws SQLException {
    List<Object> params =
        only.params(Date.valueOf(asOf.minusDays(BALANCE_DAYS)), Date.valueOf(asOf));
    return new Cursor<>(
        c,
        "SELECT account_id, flow_day, min_balance, close_balance, enterprise_id AS cursor_key"
            + " FROM balance_daily WHERE flow_day BETWEEN ? AND ?"
            + one
            + order
            + ", flow_day",
        params,
        postgres ? SnapshotReader::balanceFromText : SnapshotReader::balance);
  }

  private static DailyBalance balance(ResultSet rs) throws SQLException {
    return new DailyBalance(
        rs.getString(1),
        rs.getObject(2, LocalDate.class),
        rs.getBigDecimal(3),
        rs.getBigDecimal(4));
  }

  /** As {@link #flowFromText}, for a daily balance. */
  private static DailyBalance balanceFromText(ResultSet rs) throws SQLException {
    LocalDate day = TextValues.date(rs.getBytes(2));
    java.math.BigDecimal min = TextValues.decimal(rs.getBytes(3));
    java.math.BigDecimal close = TextValues.decimal(rs.getBytes(4));
    if (day == null || min == null || close == null) {
      return balance(rs);
    }
    return new DailyBalance(rs.getString(1), day, min, close);
  }

  /**
   * A year of transactions with a counterparty, in CNY, summed per counterparty and direction one
   * enterprise at a time, in enterprise order through the {@code txn_enterprise_day} index (no
   * whole-year sort or grouping, first rows at once). PostgreSQL sums each enterprise's rows
   * itself; H2 streams them and {@link CounterpartyTotals} sums them. Either way the totals are
   * ordered by name, then direction.
   */
  private static Cursor<Counterparty> counterparties(
      Connection c, boolean postgres, LocalDate asOf, String one, Slice only) throws SQLException {
    List<Object> params =
        only.params(Date.valueOf(asOf.minusDays(COUNTERPARTY_DAYS)), Date.valueOf(asOf));
    String sql;
    if (postgres) {
      // One enterprise at a time through the key, grouped there: a year holds about 250
      // transactions per enterprise but only about 18 (counterparty, direction) totals, so the
      // server sums and the client decodes 14 times fewer rows (names are mostly Chinese).
      sql =
          "SELECT g.counterparty_name, g.direction, g.total, e.enterprise_id AS cursor_key"
              + " FROM enterprise e CROSS JOIN LATERAL (SELECT t.counterparty_name, t.direction,"
              + " SUM(t.amount * COALESCE(t.fx_rate, 1)) AS total FROM txn t"
              + " WHERE t.enterprise_id = e.enterprise_id AND t.flow_day BETWEEN ? AND ?"
              + " AND t.counterparty_name IS NOT NULL GROUP BY t.counterparty_name, t.direction) g"
              + " WHERE 1 = 1"
              + one.replace("enterprise_id", "e.enterprise_id")
              + " ORDER BY e.enterprise_id";
    } else {
      sql =
          "SELECT counterparty_name, direction, amount * COALESCE(fx_rate, 1), enterprise_id AS cursor_key"
              + " FROM txn WHERE flow_day BETWEEN ? AND ? AND counterparty_name IS NOT NULL"
              + one
              + " ORDER BY enterprise_id, flow_day";
    }
    return new Cursor<>(
        c,
        sql,
        params,
        rs ->
            new Counterparty(
                rs.getString(1), Direction.valueOf(rs.getString(2)), rs.getBigDecimal(3)),
        CounterpartyTotals::sum);
  }

  /**
   * Which enterprises a read covers, as a condition on {@code enterprise_id} appended to every
   * cursor's WHERE clause, with its values.
   *
   * @param where the condition, starting with " AND", or empty for every enterprise
   * @param values the condition's values, in order
   */
  record Slice(String where, List<Object> values) {

    static final Slice ALL = new Slice("", List.of());

    static Slice one(String enterpriseId) {
      return new Slice(" AND enterprise_id = ?", List.of(enterpriseId));
    }

    /** From {@code from} (inclusive) to {@code to} (exclusive); a null end is open. */
    static Slice range(String from, String to) {
      StringBuilder where = new StringBuilder();
      List<Object> values = new ArrayList<>();
      if (from != null) {
        where.append(" AND enterprise_id >= ?");
        values.add(from);
      }
      if (to != null) {
        where.append(" AND enterprise_id < ?");
        values.add(to);
      }
      return new Slice(where.toString(), values);
    }

    /** Query arguments: the leading ones, then this slice's values. */
    List<Object> params(Object... leading) {
      List<Object> all = new ArrayList<>(List.of(leading));
      all.addAll(values);
      return all;
    }
  }

  /** Maps the current row of a result set. */
  @FunctionalInterface
  interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /**
   * A forward-only cursor over rows ordered by enterprise id (in a column named {@code
   * cursor_key}), handing out one enterprise's rows at a time.
   */
  static final class Cursor<T> implements AutoCloseable {
    private final PreparedStatement statement;
    private final ResultSet rs;
    private final RowMapper<T> mapper;
    private final UnaryOperator<List<T>> perEnterprise;
    private final int keyColumn;

    /**
     * Whether keys are compared as the bytes the server sent (PostgreSQL, UTF-8), sparing a String
     * per row.
     */
    private final boolean keyBytes;

    private boolean hasRow;

    Cursor(Connection c, String sql, List<Object> params, RowMapper<T> mapper) throws SQLException {
      this(c, sql, params, mapper, UnaryOperator.identity());
    }

    /**
     * A cursor whose rows of one enterprise are handed out as {@code perEnterprise} makes them
     * (totals, for instance), with only that enterprise's rows in memory.
     */
    Cursor(
        Connection c,
        String sql,
        List<Object> params,
        RowMapper<T> mapper,
        UnaryOperator<List<T>> perEnterprise)
        throws SQLException {
      this.perEnterprise = perEnterprise;
      this.statement = c.prepareStatement(sql);
      for (int i = 0; i < params.size(); i++) {
        statement.setObject(i + 1, params.get(i));
      }
      statement.setFetchSize(2_000);
      this.rs = statement.executeQuery();
      this.keyColumn = rs.findColumn("cursor_key");
      this.keyBytes = StoreDialect.isPostgres(c);
      this.mapper = mapper;
      this.hasRow = rs.next();
    }

    /** The next row, or null at the end. */
    T next() throws SQLException {
      if (!hasRow) {
        return null;
      }
      T value = mapper.map(rs);
      hasRow = rs.next();
      return value;
    }

    /**
     * Every row of one enterprise (or what the cursor's per-enterprise step makes of them). Cursors
     * are read in the database's own order of enterprise ids, whatever its collation, so ids are
     * only compared for equality: the rows of the enterprise asked for are at the head of the
     * cursor, or the cursor has none.
     */
    List<T> take(String enterpriseId) {
      try {
        List<T> out = new ArrayList<>();
        byte[] key = keyBytes ? TextValues.utf8(enterpriseId) : null;
        while (hasRow
            && (keyBytes
                ? TextValues.isText(rs.getBytes(keyColumn), key)
                : rs.getString(keyColumn).equals(enterpriseId))) {
          out.add(mapper.map(rs));
          hasRow = rs.next();
        }
        return perEnterprise.apply(out);
      } catch (SQLException e) {
        throw new IllegalStateException("reading the store failed", e);
      }
    }

    /**
     * Fails when rows are left: they belong to an enterprise the enterprise cursor did not name,
     * which the import's reference checks rule out; never drop them silently.
     */
    void requireExhausted() throws SQLException {
      if (hasRow) {
        throw new IllegalStateException(
            "rows of enterprise "
                + rs.getString(keyColumn)
                + " were left unread: it is missing"
                + " from the enterprise table or out of order");
      }
    }

    @Override
    public void close() throws SQLException {
      try {
        rs.close();
      } finally {
        statement.close();
      }
    }
  }
}
