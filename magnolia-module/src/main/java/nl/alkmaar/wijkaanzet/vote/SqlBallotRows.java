package nl.alkmaar.wijkaanzet.vote;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;

/** A ballot as a row of the journal's {@code wijkaanzet_ballots}: written, read, its arrays. */
final class SqlBallotRows {

  /** The columns {@link #ballot} reads, in a query's select list. */
  static final String COLUMNS = "seq, ballot_id, wijk, ideas, method, channel, cast_on";

  private SqlBallotRows() {}

  /** Sets wijk, ideas, method, channel and day from {@code first} on. */
  static void set(Connection sql, PreparedStatement statement, int first, Ballot ballot)
      throws SQLException {
    statement.setString(first, ballot.wijk());
    statement.setArray(first + 1, texts(sql, ballot.ideas()));
    statement.setString(first + 2, ballot.method().id());
    statement.setString(first + 3, ballot.channel());
    statement.setObject(first + 4, ballot.castOn());
  }

  static Array texts(Connection sql, Collection<String> values) throws SQLException {
    return sql.createArrayOf("text", values.toArray(String[]::new));
  }

  /** A ballot from a row of {@link #COLUMNS}. */
  static Ballot ballot(ResultSet row) throws SQLException {
    return new Ballot(
        row.getString("ballot_id"),
        row.getString("wijk"),
        Arrays.asList((String[]) row.getArray("ideas").getArray()),
        VoteMethod.byId(row.getString("method")),
        row.getString("channel"),
        row.getObject("cast_on", java.time.LocalDate.class));
  }
}
