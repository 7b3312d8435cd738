package io.loanradar.app.customer;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notes kept on a customer (客户备注). Callers check the customer is in the user's scope first; the
 * notes are read only for a customer the page already found in scope.
 */
@Repository
public class CustomerNotes {

  /** Longest note, in characters. */
  public static final int MAX_LENGTH = 1000;

  /**
   * One note.
   *
   * @param id its number
   * @param author who wrote it
   * @param body the text, shown escaped
   * @param createdAt when
   */
  public record Note(long id, String author, String body, LocalDateTime createdAt) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  CustomerNotes(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Keeps a note.
   *
   * @throws IllegalArgumentException when the text is blank or longer than {@link #MAX_LENGTH}
   */
  public void add(String enterpriseId, String author, String body) {
    String text = body == null ? "" : body.strip();
    if (text.isEmpty() || text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "a note has 1-" + MAX_LENGTH + " characters, not " + text.length());
    }
    jdbc.sql(
            "INSERT INTO customer_note (enterprise_id, author, body, created_at)"
                + " VALUES (?, ?, ?, ?)")
        .params(enterpriseId, author, text, Timestamp.valueOf(LocalDateTime.now(clock)))
        .update();
  }

  /** The notes of a customer, newest first. */
  public List<Note> of(String enterpriseId) {
    return jdbc.sql(
            "SELECT id, author, body, created_at FROM customer_note WHERE enterprise_id = ?"
                + " ORDER BY id DESC")
        .param(enterpriseId)
        .query(
            (rs, n) ->
                new Note(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getTimestamp(4).toLocalDateTime()))
        .list();
  }
}
