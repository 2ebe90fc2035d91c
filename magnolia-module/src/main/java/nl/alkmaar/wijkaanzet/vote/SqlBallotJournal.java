package nl.alkmaar.wijkaanzet.vote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.alkmaar.wijkaanzet.jcr.RepositoryFailure;
import nl.alkmaar.wijkaanzet.sql.Database;
import nl.alkmaar.wijkaanzet.sql.KeptConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ballot box of a cluster: ballots and the register of voters go first into two PostgreSQL
 * tables, in one transaction per batch, and are acknowledged after its commit; {@link
 * SqlBallotMover} copies them into the repository's box behind. One commit is all-or-nothing (a
 * Jackrabbit save writes its bundles and its journal entry in two, which a database restart can
 * split: docs/CLUSTER.md), and the voter table's primary key lets only one host register a voter.
 *
 * <p>Writers of all hosts take turns per campaign (a transaction-scoped advisory lock), so the
 * ballots' sequence numbers are committed in their order and a host that follows them ({@link
 * #followOthers}) never passes one that commits later. No column points from a voter to a ballot;
 * the database's own bookkeeping (transaction ids, its log) pairs a batch's rows, as the
 * repository's cluster journal did (docs/CLUSTER.md). Letter codes stay in the repository ({@code
 * codes} delegates).
 */
public final class SqlBallotJournal implements BallotBox {

  private static final Logger LOG = LoggerFactory.getLogger(SqlBallotJournal.class);

  /** The first key of the advisory lock: this module's writers, whatever else uses the database. */
  private static final int LOCK_SPACE = 0x77A2;

  static final String SCHEMA =
      """
      CREATE TABLE IF NOT EXISTS wijkaanzet_voters (
        campaign text NOT NULL,
        voter_key text NOT NULL,
        wijk text NOT NULL,
        method text NOT NULL,
        in_repository boolean NOT NULL DEFAULT false,
        PRIMARY KEY (campaign, voter_key));
      CREATE TABLE IF NOT EXISTS wijkaanzet_ballots (
        seq bigserial PRIMARY KEY,
        campaign text NOT NULL,
        ballot_id text NOT NULL,
        wijk text NOT NULL,
        ideas text[] NOT NULL,
        method text NOT NULL,
        channel text,
        cast_on date NOT NULL,
        in_repository boolean NOT NULL DEFAULT false,
        UNIQUE (campaign, ballot_id));
      CREATE INDEX IF NOT EXISTS wijkaanzet_ballots_by_seq ON wijkaanzet_ballots (campaign, seq);
      CREATE INDEX IF NOT EXISTS wijkaanzet_voters_behind
        ON wijkaanzet_voters (campaign) WHERE NOT in_repository;
      CREATE INDEX IF NOT EXISTS wijkaanzet_ballots_behind
        ON wijkaanzet_ballots (campaign, seq) WHERE NOT in_repository;
      """;

  private final Database database;
  private final String campaignId;
  private final JcrBallotBox repository;
  private final SqlBallotMover mover;

  /** Used only by the ballot writer's thread. */
  private final KeptConnection writer;

  private final List<SqlBallotFollower> followers = new ArrayList<>();

  private SqlBallotJournal(Database database, String campaignId, JcrBallotBox repository) {
    this.database = database;
    this.campaignId = campaignId;
    this.repository = repository;
    this.writer = new KeptConnection(database);
    this.mover = new SqlBallotMover(database, campaignId, repository);
  }

  /**
   * Creates the tables where they are missing, takes in the repository's ballots where the journal
   * holds none of this campaign yet (a box that ran before the journal), and starts moving ballots
   * into the repository.
   *
   * @throws RepositoryFailure when the database cannot be reached
   */
  public static SqlBallotJournal open(Database database, String campaignId, JcrBallotBox box) {
    SqlBallotJournal journal = new SqlBallotJournal(database, campaignId, box);
    try (KeptConnection connection = new KeptConnection(database)) {
      connection.inTransaction(
          sql -> {
            lock(sql, "schema");
            try (Statement statement = sql.createStatement()) {
              statement.execute(SCHEMA);
            }
            return null;
          });
      connection.inTransaction(journal::takeInRepository);
    } catch (SQLException e) {
      throw new RepositoryFailure("the ballot journal at " + database + " cannot be opened", e);
    }
    box.copies().markJournalled();
    journal.mover.start();
    return journal;
  }

  /** Takes this campaign's turn among the writers of every host, until the transaction ends. */
  static void lock(Connection sql, String campaign) throws SQLException {
    try (PreparedStatement lock =
        sql.prepareStatement("SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
      lock.setInt(1, LOCK_SPACE);
      lock.setString(2, campaign);
      lock.execute();
    }
  }

  private Void takeInRepository(Connection sql) throws SQLException {
    lock(sql, campaignId);
    try (PreparedStatement any =
        sql.prepareStatement(
            "SELECT 1 FROM wijkaanzet_ballots WHERE campaign = ? UNION ALL"
                + " SELECT 1 FROM wijkaanzet_voters WHERE campaign = ? LIMIT 1")) {
      any.setString(1, campaignId);
      any.setString(2, campaignId);
      try (ResultSet rows = any.executeQuery()) {
        if (rows.next()) {
          return null;
        }
      }
    }
    List<Registration> voters = new ArrayList<>();
    repository.copies().forEachVoter(voters::add);
    List<Ballot> ballots = new ArrayList<>();
    repository.forEachBallot(ballots::add);
    if (!voters.isEmpty() || !ballots.isEmpty()) {
      LOG.info(
          "the ballot journal takes in {} voters and {} ballots already in the repository",
          voters.size(),
          ballots.size());
      insertVoters(sql, voters, true);
      insertBallots(sql, ballots, true);
    }
    return null;
  }

  @Override
  public SavedBallots saveAll(List<CastBallot> ballots) {
    try {
      SavedBallots saved = writer.inTransaction(sql -> save(sql, ballots));
      mover.wakeUp();
      return saved;
    } catch (SQLException e) {
      throw new RepositoryFailure(
          "the ballot journal did not take " + ballots.size() + " ballots", e);
    }
  }

  private SavedBallots save(Connection sql, List<CastBallot> ballots) throws SQLException {
    lock(sql, campaignId);
    List<Registration> voters = new ArrayList<>();
    for (CastBallot cast : ballots) {
      voters.add(
          new Registration(cast.voterKey(), cast.ballot().wijk(), cast.ballot().method().id()));
    }
    Set<String> registered = insertVoters(sql, voters, false);
    List<Ballot> fresh = new ArrayList<>();
    List<CastBallot> again = new ArrayList<>();
    for (CastBallot cast : ballots) {
      if (registered.contains(cast.voterKey())) {
        fresh.add(cast.ballot());
      } else if (cast.replaces()) {
        again.add(cast);
      }
    }
    Set<String> taken = insertBallots(sql, fresh, false);
    Map<String, Ballot> replaced = replace(sql, again);
    Set<String> refused = new HashSet<>();
    List<String> withoutBallot = new ArrayList<>();
    for (CastBallot cast : ballots) {
      boolean stored = registered.contains(cast.voterKey()) && taken.contains(cast.ballot().id());
      if (registered.contains(cast.voterKey()) && !stored) {
        // Its ballot id was in the journal already (a changeable ballot whose voter was
        // forgotten, or a random id met twice): this one ballot is refused, not the batch.
        withoutBallot.add(cast.voterKey());
      }
      if (!stored && !replaced.containsKey(cast.voterKey())) {
        refused.add(cast.voterKey());
      }
    }
    unregister(sql, withoutBallot);
    return new SavedBallots(refused, replaced);
  }

  /** Registers the voters not registered yet; answers the keys it registered. */
  private Set<String> insertVoters(Connection sql, List<Registration> voters, boolean inRepository)
      throws SQLException {
    List<Registration> byKey = new ArrayList<>(voters);
    byKey.sort(Comparator.comparing(Registration::voterKey));
    Set<String> registered = new HashSet<>();
    try (PreparedStatement insert =
        sql.prepareStatement(
            "INSERT INTO wijkaanzet_voters (campaign, voter_key, wijk, method, in_repository)"
                + " SELECT ?, key, wijk, method, ? FROM unnest(?::text[], ?::text[], ?::text[])"
                + " AS voter(key, wijk, method) ON CONFLICT DO NOTHING RETURNING voter_key")) {
      insert.setString(1, campaignId);
      insert.setBoolean(2, inRepository);
      insert.setArray(
          3, SqlBallotRows.texts(sql, byKey.stream().map(Registration::voterKey).toList()));
      insert.setArray(4, SqlBallotRows.texts(sql, byKey.stream().map(Registration::wijk).toList()));
      insert.setArray(
          5, SqlBallotRows.texts(sql, byKey.stream().map(Registration::method).toList()));
      try (ResultSet rows = insert.executeQuery()) {
        while (rows.next()) {
          registered.add(rows.getString(1));
        }
      }
    }
    return registered;
  }

  /** Inserts the ballots whose id is new to the journal; answers the ids it inserted. */
  private Set<String> insertBallots(Connection sql, List<Ballot> ballots, boolean inRepository)
      throws SQLException {
    Set<String> inserted = new HashSet<>();
    if (ballots.isEmpty()) {
      return inserted;
    }
    List<Ballot> byId = new ArrayList<>(ballots);
    byId.sort(Comparator.comparing(Ballot::id));
    // One statement for the batch (arrays, one element per ballot); a ballot's ideas travel as one
    // text split on the unit separator, which no id contains.
    try (PreparedStatement insert =
        sql.prepareStatement(
            "INSERT INTO wijkaanzet_ballots (campaign, ballot_id, wijk, ideas, method, channel,"
                + " cast_on, in_repository) SELECT ?, id, wijk, string_to_array(ideas, chr(31)),"
                + " method, channel, cast_on, ? FROM unnest(?::text[], ?::text[], ?::text[],"
                + " ?::text[], ?::text[], ?::date[]) AS b(id, wijk, ideas, method, channel,"
                + " cast_on) ON CONFLICT DO NOTHING RETURNING ballot_id")) {
      insert.setString(1, campaignId);
      insert.setBoolean(2, inRepository);
      insert.setArray(3, SqlBallotRows.texts(sql, byId.stream().map(Ballot::id).toList()));
      insert.setArray(4, SqlBallotRows.texts(sql, byId.stream().map(Ballot::wijk).toList()));
      insert.setArray(
          5,
          SqlBallotRows.texts(
              sql, byId.stream().map(ballot -> String.join("\u001f", ballot.ideas())).toList()));
      insert.setArray(
          6, SqlBallotRows.texts(sql, byId.stream().map(ballot -> ballot.method().id()).toList()));
      insert.setArray(7, SqlBallotRows.texts(sql, byId.stream().map(Ballot::channel).toList()));
      insert.setArray(
          8,
          sql.createArrayOf(
              "date",
              byId.stream().map(ballot -> java.sql.Date.valueOf(ballot.castOn())).toArray()));
      try (ResultSet rows = insert.executeQuery()) {
        while (rows.next()) {
          inserted.add(rows.getString(1));
        }
      }
    }
    return inserted;
  }

  private void unregister(Connection sql, List<String> voterKeys) throws SQLException {
    if (voterKeys.isEmpty()) {
      return;
    }
    try (PreparedStatement delete =
        sql.prepareStatement(
            "DELETE FROM wijkaanzet_voters WHERE campaign = ? AND voter_key = ANY(?)")) {
      delete.setString(1, campaignId);
      delete.setArray(2, SqlBallotRows.texts(sql, voterKeys));
      delete.executeUpdate();
    }
  }

  /**
   * Replaces the earlier ballots of voters who changed their choice, where it is found at the same
   * id in the same wijk (a ballot cast while ballots were final has a random id and stays final).
   * The new version takes a new sequence number, so every host's follower reads it again.
   */
  private Map<String, Ballot> replace(Connection sql, List<CastBallot> again) throws SQLException {
    Map<String, Ballot> replaced = new HashMap<>();
    if (again.isEmpty()) {
      return replaced;
    }
    Map<String, CastBallot> byId = new HashMap<>();
    again.forEach(cast -> byId.put(cast.ballot().id(), cast));
    try (PreparedStatement earlier =
        sql.prepareStatement(
            "SELECT "
                + SqlBallotRows.COLUMNS
                + " FROM wijkaanzet_ballots WHERE campaign = ? AND ballot_id = ANY(?) FOR UPDATE")) {
      earlier.setString(1, campaignId);
      earlier.setArray(2, SqlBallotRows.texts(sql, List.copyOf(byId.keySet())));
      try (ResultSet rows = earlier.executeQuery()) {
        while (rows.next()) {
          Ballot stored = SqlBallotRows.ballot(rows);
          CastBallot cast = byId.get(stored.id());
          if (stored.wijk().equals(cast.ballot().wijk())) {
            replaced.put(cast.voterKey(), stored);
          }
        }
      }
    }
    try (PreparedStatement update =
            sql.prepareStatement(
                "UPDATE wijkaanzet_ballots SET wijk = ?, ideas = ?, method = ?, channel = ?,"
                    + " cast_on = ?, seq = nextval(pg_get_serial_sequence('wijkaanzet_ballots',"
                    + " 'seq')), in_repository = false WHERE campaign = ? AND ballot_id = ?");
        PreparedStatement method =
            sql.prepareStatement(
                "UPDATE wijkaanzet_voters SET method = ?, in_repository = false"
                    + " WHERE campaign = ? AND voter_key = ?")) {
      for (CastBallot cast : again) {
        if (!replaced.containsKey(cast.voterKey())) {
          continue;
        }
        SqlBallotRows.set(sql, update, 1, cast.ballot());
        update.setString(6, campaignId);
        update.setString(7, cast.ballot().id());
        update.addBatch();
        method.setString(1, cast.ballot().method().id());
        method.setString(2, campaignId);
        method.setString(3, cast.voterKey());
        method.addBatch();
      }
      update.executeBatch();
      method.executeBatch();
    }
    return replaced;
  }

  /**
   * Follows every ballot committed from now on, by any host (this one's too: the tallies count a
   * ballot once by its id), polling the journal a few times a second on a thread of its own.
   */
  @Override
  public Optional<AutoCloseable> followOthers(Consumer<Ballot> saved) {
    SqlBallotFollower follower;
    try {
      follower = SqlBallotFollower.start(database, campaignId, saved);
    } catch (SQLException e) {
      throw new RepositoryFailure("the ballot journal at " + database + " cannot be followed", e);
    }
    synchronized (followers) {
      followers.add(follower);
    }
    return Optional.of(follower);
  }

  @Override
  public Optional<AutoCloseable> followOtherCodes(BiConsumer<String, String> added) {
    return repository.followOtherCodes(added);
  }

  @Override
  public void forEachBallot(Consumer<Ballot> each) {
    read(
        sql -> {
          try (PreparedStatement all =
              sql.prepareStatement(
                  "SELECT "
                      + SqlBallotRows.COLUMNS
                      + " FROM wijkaanzet_ballots WHERE campaign = ? ORDER BY seq")) {
            all.setFetchSize(2_000);
            all.setString(1, campaignId);
            try (ResultSet rows = all.executeQuery()) {
              while (rows.next()) {
                each.accept(SqlBallotRows.ballot(rows));
              }
            }
          }
          return null;
        });
  }

  @Override
  public boolean registered(String voterKey) {
    return read(
        sql -> {
          try (PreparedStatement one =
              sql.prepareStatement(
                  "SELECT 1 FROM wijkaanzet_voters WHERE campaign = ? AND voter_key = ?")) {
            one.setString(1, campaignId);
            one.setString(2, voterKey);
            try (ResultSet rows = one.executeQuery()) {
              return rows.next();
            }
          }
        });
  }

  @Override
  public Optional<String> codeWijk(String codeKey) {
    return repository.codeWijk(codeKey);
  }

  @Override
  public void forEachCode(BiConsumer<String, String> each) {
    repository.forEachCode(each);
  }

  @Override
  public void addCodes(String wijk, Collection<String> codeKeys) {
    repository.addCodes(wijk, codeKeys);
  }

  @Override
  public Register register() {
    int voters = read(sql -> countVoters(sql, campaignId));
    return new Register(voters, repository.register().codes(), 0);
  }

  private static int countVoters(Connection sql, String campaignId) throws SQLException {
    try (PreparedStatement count =
        sql.prepareStatement("SELECT count(*) FROM wijkaanzet_voters WHERE campaign = ?")) {
      count.setString(1, campaignId);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  /** Deletes the voters from the journal and then, with the codes, from the repository. */
  @Override
  public Register forgetRegister() {
    int voters = forgetVoters(database, campaignId);
    Register inRepository = repository.forgetRegister();
    return new Register(Math.max(voters, inRepository.voters()), inRepository.codes(), 0);
  }

  /** Deletes a campaign's voters from the journal; answers how many there were. */
  public static int forgetVoters(Database database, String campaignId) {
    try (KeptConnection connection = new KeptConnection(database)) {
      return connection.inTransaction(
          sql -> {
            try (PreparedStatement delete =
                sql.prepareStatement("DELETE FROM wijkaanzet_voters WHERE campaign = ?")) {
              delete.setString(1, campaignId);
              return delete.executeUpdate();
            }
          });
    } catch (SQLException e) {
      throw new RepositoryFailure("the ballot journal at " + database + " is not reachable", e);
    }
  }

  /** Voters registered in the journal of a campaign (0 where the tables are not there yet). */
  public static int voters(Database database, String campaignId) {
    try (KeptConnection connection = new KeptConnection(database)) {
      return connection.inTransaction(sql -> countVoters(sql, campaignId));
    } catch (SQLException e) {
      if ("42P01".equals(e.getSQLState())) {
        return 0;
      }
      throw new RepositoryFailure("the ballot journal at " + database + " is not reachable", e);
    }
  }

  /** Reads on a connection of its own (request threads and the writer may read at once). */
  private <T> T read(KeptConnection.Work<T> work) {
    try (KeptConnection connection = new KeptConnection(database)) {
      return connection.inTransaction(work);
    } catch (SQLException e) {
      throw new RepositoryFailure("the ballot journal at " + database + " is not reachable", e);
    }
  }

  /** Ballots and voters not yet in the repository (0 once the mover has caught up). */
  public long behind() {
    return read(
        sql -> {
          try (PreparedStatement count =
              sql.prepareStatement(
                  "SELECT (SELECT count(*) FROM wijkaanzet_ballots WHERE campaign = ? AND NOT"
                      + " in_repository) + (SELECT count(*) FROM wijkaanzet_voters WHERE campaign"
                      + " = ? AND NOT in_repository)")) {
            count.setString(1, campaignId);
            count.setString(2, campaignId);
            try (ResultSet rows = count.executeQuery()) {
              rows.next();
              return rows.getLong(1);
            }
          }
        });
  }

  /** Stops following and moving (what is not moved yet stays in the journal for the next start). */
  @Override
  public void close() {
    synchronized (followers) {
      followers.forEach(SqlBallotFollower::close);
      followers.clear();
    }
    mover.close();
    writer.close();
    repository.close();
  }
}
