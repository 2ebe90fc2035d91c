package nl.alkmaar.wijkaanzet.vote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.campaign.Campaign;

/**
 * The e-mail method's links: a random token in the mail, only its SHA-256 stored with the pending
 * ballot, valid for {@link #VALID} and once. A link works on any device: it carries everything.
 */
final class EmailBallots {

  static final Duration VALID = Duration.ofHours(24);

  /** Where the link goes: the campaign's site, the confirmation page. */
  static final String CONFIRM_PATH = "/stemmen/bevestigen";

  private final PendingBallots pending;
  private final BallotMail mail;
  private final SecureRandom random;
  private final Clock clock;

  EmailBallots(PendingBallots pending, BallotMail mail, SecureRandom random, Clock clock) {
    this.pending = pending;
    this.mail = mail;
    this.random = random;
    this.clock = clock;
  }

  /** Stores the ballot as pending and mails its link. */
  void request(
      Campaign campaign,
      String wijkName,
      String wijk,
      List<String> ideas,
      String voterKey,
      String email,
      String language) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant expires = clock.instant().plus(VALID);
    pending.save(new PendingBallot(hash(token), wijk, ideas, voterKey, expires));
    String base = campaign.website() == null ? "" : campaign.website().replaceAll("/+$", "");
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("wijk", wijkName);
    model.put("choices", ideas.size());
    model.put("link", base + CONFIRM_PATH + "?t=" + token);
    model.put("hours", VALID.toHours());
    mail.send(email, language, model);
  }

  Optional<PendingBallot> find(String token) {
    return token == null || token.isBlank() || token.length() > 100
        ? Optional.empty()
        : pending.find(hash(token.strip()));
  }

  boolean expired(PendingBallot ballot) {
    return !clock.instant().isBefore(ballot.expiresAt());
  }

  void used(PendingBallot ballot) {
    pending.delete(ballot.tokenHash());
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
