package io.loanradar.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.PGConnection;

/** Which of the two stores a connection reaches, where a statement or a setting differs. */
public final class StoreDialect {

  private StoreDialect() {}

  /** Whether the connection (or the one a pool wraps) is PostgreSQL's; otherwise it is H2's. */
  public static boolean isPostgres(Connection connection) throws SQLException {
    return connection.isWrapperFor(PGConnection.class);
  }
}
