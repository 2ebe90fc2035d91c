package nl.alkmaar.wijkaanzet.vote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.alkmaar.wijkaanzet.sql.Database;
import nl.alkmaar.wijkaanzet.sql.PollingWorker;

/**
 * Copies the journal's ballots and voters into the repository's box (Magnolia's author, exports of
 * the workspace and a host without the journal read them there), a batch per save, and then marks
 * them copied. Every host runs one, and the movers of a campaign take turns (a transaction-scoped
 * advisory lock), so two never copy at once; a host that dies leaves its batch to the others. No
 * row is locked while the repository saves (a writer replacing a ballot would wait on it): a ballot
 * is marked by the sequence number it was copied at, so one replaced meanwhile (a new number) stays
 * to be copied again. A copy whose mark was lost is copied again, which changes nothing: voters are
 * kept where they are, ballots written again at their fixed identifier.
 */
final class SqlBallotMover implements AutoCloseable {

  static final int BATCH = 500;

  /** The first key of the movers' advisory lock (the writers' is another). */
  private static final int LOCK_SPACE = 0x77A3;

  private static final long IDLE_MILLIS = 250;

  private final String campaignId;
  private final JcrBallotBox repository;
  private final PollingWorker worker;

  SqlBallotMover(Database database, String campaignId, JcrBallotBox repository) {
    this.campaignId = campaignId;
    this.repository = repository;
    this.worker =
        new PollingWorker(
            "wijkaanzet-ballot-mover",
            database,
            IDLE_MILLIS,
            connection -> connection.inTransaction(this::moveBatch) > 0,
            "ballots could not be copied into the repository");
  }

  void start() {
    worker.start();
  }

  /** A batch was committed: move it soon (else the mover looks every {@link #IDLE_MILLIS} ms). */
  void wakeUp() {
    worker.wakeUp();
  }

  /**
   * Copies up to {@link #BATCH} voters and ballots; answers how many (0 also while another host's
   * mover has the turn: one mover at a time per campaign, so no two saves add the same folders).
   */
  int moveBatch(Connection sql) throws SQLException {
    try (PreparedStatement turn =
        sql.prepareStatement("SELECT pg_try_advisory_xact_lock(?, hashtext(?))")) {
      turn.setInt(1, LOCK_SPACE);
      turn.setString(2, campaignId);
      try (ResultSet rows = turn.executeQuery()) {
        rows.next();
        if (!rows.getBoolean(1)) {
          return 0;
        }
      }
    }
    List<Registration> voters = new ArrayList<>();
    try (PreparedStatement behind =
        sql.prepareStatement(
            "SELECT voter_key, wijk, method FROM wijkaanzet_voters WHERE campaign = ? AND NOT"
                + " in_repository LIMIT "
                + BATCH)) {
      behind.setString(1, campaignId);
      try (ResultSet rows = behind.executeQuery()) {
        while (rows.next()) {
          voters.add(new Registration(rows.getString(1), rows.getString(2), rows.getString(3)));
        }
      }
    }
    List<Ballot> ballots = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    try (PreparedStatement behind =
        sql.prepareStatement(
            "SELECT "
                + SqlBallotRows.COLUMNS
                + " FROM wijkaanzet_ballots WHERE campaign = ? AND NOT in_repository"
                + " ORDER BY seq LIMIT "
                + BATCH)) {
      behind.setString(1, campaignId);
      try (ResultSet rows = behind.executeQuery()) {
        while (rows.next()) {
          ballots.add(SqlBallotRows.ballot(rows));
          seqs.add(rows.getLong("seq"));
        }
      }
    }
    if (voters.isEmpty() && ballots.isEmpty()) {
      return 0;
    }
    repository.copies().copyIn(voters, ballots);
    // Marked in the writers' turn: a writer replacing a ballot updates its row and then its
    // voter's,
    // and marking them meanwhile in the other order would deadlock with it.
    SqlBallotJournal.lock(sql, campaignId);
    try (PreparedStatement voterDone =
            sql.prepareStatement(
                "UPDATE wijkaanzet_voters SET in_repository = true"
                    + " WHERE campaign = ? AND voter_key = ANY(?)");
        PreparedStatement ballotDone =
            sql.prepareStatement(
                "UPDATE wijkaanzet_ballots SET in_repository = true"
                    + " WHERE campaign = ? AND seq = ANY(?)")) {
      voterDone.setString(1, campaignId);
      voterDone.setArray(
          2, SqlBallotRows.texts(sql, voters.stream().map(Registration::voterKey).toList()));
      voterDone.executeUpdate();
      ballotDone.setString(1, campaignId);
      ballotDone.setArray(2, sql.createArrayOf("bigint", seqs.toArray()));
      ballotDone.executeUpdate();
    }
    return voters.size() + ballots.size();
  }

  /**
   * Stops after the batch in hand. What is not copied yet stays in the journal for the next start
   * or another host.
   */
  @Override
  public void close() {
    worker.close();
  }
}
