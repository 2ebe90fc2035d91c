package nl.alkmaar.wijkaanzet.vote;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.alkmaar.wijkaanzet.sql.Database;
import nl.alkmaar.wijkaanzet.sql.KeptConnection;
import nl.alkmaar.wijkaanzet.sql.PollingWorker;

/**
 * Reads the ballots committed to the journal after the last one it read, every {@link #POLL_MILLIS}
 * ms (at once again while there are more), on a thread of its own. The writers take turns per
 * campaign, so sequence numbers are committed in order and none is passed over.
 */
final class SqlBallotFollower implements AutoCloseable {

  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(SqlBallotFollower.class);

  static final long POLL_MILLIS = 100;
  private static final int PAGE = 5_000;

  private final String campaignId;
  private final Consumer<Ballot> saved;
  private final PollingWorker worker;
  private long last;

  private SqlBallotFollower(
      Database database, String campaignId, Consumer<Ballot> saved, long from) {
    this.campaignId = campaignId;
    this.saved = saved;
    this.last = from;
    this.worker =
        new PollingWorker(
            "wijkaanzet-ballot-follower",
            database,
            POLL_MILLIS,
            connection -> readNext(connection) == PAGE,
            "the ballot journal could not be read");
  }

  /** Follows from the last ballot committed now (what came before, the caller counts itself). */
  static SqlBallotFollower start(Database database, String campaignId, Consumer<Ballot> saved)
      throws SQLException {
    long from;
    try (KeptConnection connection = new KeptConnection(database)) {
      from =
          connection.inTransaction(
              sql -> {
                try (PreparedStatement last =
                    sql.prepareStatement(
                        "SELECT coalesce(max(seq), 0) FROM wijkaanzet_ballots WHERE campaign = ?")) {
                  last.setString(1, campaignId);
                  try (ResultSet rows = last.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                  }
                }
              });
    }
    SqlBallotFollower follower = new SqlBallotFollower(database, campaignId, saved, from);
    follower.worker.start();
    return follower;
  }

  /**
   * Reads and counts the next ballots. A row that cannot be read or counted (a method a newer host
   * knows, say) is logged and passed over, so one row cannot stop the counts for good.
   */
  private int readNext(KeptConnection connection) throws SQLException {
    List<Ballot> ballots = new ArrayList<>();
    long[] seq = {last};
    int[] rowsRead = {0};
    connection.inTransaction(
        sql -> {
          try (PreparedStatement next =
              sql.prepareStatement(
                  "SELECT "
                      + SqlBallotRows.COLUMNS
                      + " FROM wijkaanzet_ballots WHERE campaign = ? AND seq > ?"
                      + " ORDER BY seq LIMIT "
                      + PAGE)) {
            next.setString(1, campaignId);
            next.setLong(2, last);
            try (ResultSet rows = next.executeQuery()) {
              while (rows.next()) {
                seq[0] = rows.getLong("seq");
                rowsRead[0]++;
                try {
                  ballots.add(SqlBallotRows.ballot(rows));
                } catch (RuntimeException unreadable) {
                  LOG.error(
                      "ballot {} of the journal cannot be read; not counted", seq[0], unreadable);
                }
              }
            }
          }
          return null;
        });
    for (Ballot ballot : ballots) {
      try {
        saved.accept(ballot);
      } catch (RuntimeException refused) {
        LOG.error("a ballot of the journal could not be counted", refused);
      }
    }
    last = seq[0];
    return rowsRead[0];
  }

  @Override
  public void close() {
    worker.close();
  }
}
