package nl.alkmaar.wijkaanzet.vote;

import java.security.SecureRandom;

/**
 * What a host gives voting: the secret that turns identities into voter keys (the same on every
 * host of one installation) and where codes issued beside a running host wait.
 */
public record VotingSettings(byte[] secret, CodeInbox inbox) {

  public VotingSettings {
    secret = secret.clone();
  }

  /** A fresh random secret and no inbox: for tests, whose ballots live as long as the run. */
  public static VotingSettings ephemeral() {
    byte[] secret = new byte[VoterKeys.MIN_SECRET_BYTES];
    new SecureRandom().nextBytes(secret);
    return new VotingSettings(secret, CodeInbox.NONE);
  }

  @Override
  public byte[] secret() {
    return secret.clone();
  }
}
