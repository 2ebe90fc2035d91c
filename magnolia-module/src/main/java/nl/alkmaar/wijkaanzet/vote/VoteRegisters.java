package nl.alkmaar.wijkaanzet.vote;

import nl.alkmaar.wijkaanzet.jcr.JcrSessions;

/**
 * The register of voters of an earlier edition, which no ballot writer runs for any more: what it
 * holds and deleting it after that campaign (the active campaign's goes through {@link Voting}).
 */
public final class VoteRegisters {

  private final JcrSessions sessions;

  public VoteRegisters(JcrSessions sessions) {
    this.sessions = sessions;
  }

  public Register of(String campaignId) {
    Register box = new JcrBallotBox(sessions, campaignId).register();
    return new Register(
        box.voters(), box.codes(), new JcrPendingBallots(sessions, campaignId).count());
  }

  public Register forget(String campaignId) {
    Register box = new JcrBallotBox(sessions, campaignId).forgetRegister();
    return new Register(
        box.voters(), box.codes(), new JcrPendingBallots(sessions, campaignId).purgeAll());
  }
}
