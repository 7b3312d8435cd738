package io.loanradar.app.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Index definitions of a PostgreSQL connection's current schema, for comparing before and after.
 */
final class SchemaIndexes {

  private SchemaIndexes() {}

  /**
   * Every index of the current schema, or of the given tables only, by name, with its definition as
   * {@code pg_indexes} gives it less the schema's name, so that two schemas compare.
   */
  static Map<String, String> of(Connection c, String... tables) throws SQLException {
    String sql =
        "SELECT indexname, REPLACE(indexdef, schemaname || '.', '') FROM pg_indexes"
            + " WHERE schemaname = current_schema()"
            + (tables.length == 0 ? "" : " AND tablename = ANY (?)");
    Map<String, String> out = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (tables.length > 0) {
        ps.setArray(1, c.createArrayOf("varchar", tables));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }
}
