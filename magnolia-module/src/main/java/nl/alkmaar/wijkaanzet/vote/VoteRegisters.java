package nl.alkmaar.wijkaanzet.vote;

import java.util.Optional;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.sql.Database;

/**
 * The register of voters of an earlier edition, which no ballot writer runs for any more: what it
 * holds and deleting it after that campaign (the active campaign's goes through {@link Voting}).
 */
public final class VoteRegisters {

  private final JcrSessions sessions;
  private final Optional<Database> journal;

  /**
   * @param journal the database of the ballot journal, where a cluster keeps the register first
   */
  public VoteRegisters(JcrSessions sessions, Optional<Database> journal) {
    this.sessions = sessions;
    this.journal = journal;
  }

  public Register of(String campaignId) {
    Register box = new JcrBallotBox(sessions, campaignId).register();
    int voters =
        Math.max(
            box.voters(),
            journal.map(database -> SqlBallotJournal.voters(database, campaignId)).orElse(0));
    return new Register(voters, box.codes(), new JcrPendingBallots(sessions, campaignId).count());
  }

  public Register forget(String campaignId) {
    int inJournal =
        journal.map(database -> SqlBallotJournal.forgetVoters(database, campaignId)).orElse(0);
    Register box = new JcrBallotBox(sessions, campaignId).forgetRegister();
    return new Register(
        Math.max(box.voters(), inJournal),
        box.codes(),
        new JcrPendingBallots(sessions, campaignId).purgeAll());
  }
}
