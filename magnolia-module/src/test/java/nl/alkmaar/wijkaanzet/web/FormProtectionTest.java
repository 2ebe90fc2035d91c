package nl.alkmaar.wijkaanzet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import nl.alkmaar.wijkaanzet.idea.submit.SubmissionOutcome;
import org.junit.jupiter.api.Test;

/** Form tokens, rate limits, return addresses and form state, with a clock we move by hand. */
class FormProtectionTest {

  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.parse("2024-04-10T10:00:00Z"));
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };

  private void wait(Duration duration) {
    now.set(now.get().plus(duration));
  }

  @Test
  void hostsOfOneInstallationAcceptEachOthersTokensAndNoOneElses() {
    byte[] installation = new byte[32];
    installation[0] = 7;
    byte[] derived = FormTokens.derivedSecret(installation);
    String fromHostA = new FormTokens(derived, clock).issue();

    assertTrue(new FormTokens(FormTokens.derivedSecret(installation), clock).isValid(fromHostA));
    assertFalse(new FormTokens(FormTokens.derivedSecret(new byte[32]), clock).isValid(fromHostA));
    assertFalse(
        new FormTokens(installation, clock).isValid(fromHostA),
        "the key is derived, not the voter secret itself");
  }

  @Test
  void aTokenIsValidForSixHoursAndOnlyWithItsSignature() {
    FormTokens tokens = new FormTokens(new byte[32], clock);
    String token = tokens.issue();

    assertTrue(tokens.isValid(token));
    assertFalse(tokens.isValid(token.substring(0, token.length() - 1) + "x"));
    assertFalse(new FormTokens(new byte[] {1, 2, 3}, clock).isValid(token), "other secret");
    assertFalse(tokens.isValid("123.abc"));
    assertFalse(tokens.isValid(null));
    wait(Duration.ofHours(5));
    assertTrue(tokens.isValid(token));
    wait(Duration.ofHours(2));
    assertFalse(tokens.isValid(token));
  }

  @Test
  void aStaffTokenOnlyWorksForTheUserItWasIssuedTo() {
    FormTokens tokens = new FormTokens(new byte[32], clock);
    String moderators = tokens.issueFor("moderator1");

    assertTrue(tokens.isValidFor(moderators, "moderator1"));
    assertFalse(tokens.isValidFor(moderators, "moderator2"), "another user");
    assertFalse(tokens.isValidFor(tokens.issue(), "moderator1"), "the public form's token");
    assertFalse(tokens.isValid(moderators), "nor the other way round");
    assertFalse(tokens.isValidFor("abc.def", "moderator1"), "not a number before the dot");
  }

  @Test
  void theRateLimitAllowsABurstThenOnePerInterval() {
    RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(3), clock);

    for (int i = 0; i < 3; i++) {
      assertTrue(limiter.acquire("10.0.0.1").allowed());
    }
    RateLimiter.Decision refused = limiter.acquire("10.0.0.1");
    assertFalse(refused.allowed());
    assertEquals(180, refused.retryAfterSeconds());
    assertTrue(limiter.acquire("10.0.0.2").allowed(), "other clients are not affected");
    wait(Duration.ofMinutes(3));
    assertTrue(limiter.acquire("10.0.0.1").allowed());
    assertFalse(limiter.acquire("10.0.0.1").allowed());
  }

  private static SubmissionOutcome confirmation(String reference) {
    return SubmissionOutcome.accepted(
        reference, "Bankjes", nl.alkmaar.wijkaanzet.idea.SubmissionForm.empty());
  }

  @Test
  void formStateLivesHalfAnHourForTheBrowserThatMadeIt() {
    FormStates states = new FormStates(clock, new java.security.SecureRandom());
    String key = states.put("browser-a", confirmation("WAZ-AAAA-BBBB"), 1000);

    assertEquals(
        "WAZ-AAAA-BBBB",
        states.get("browser-a", key, SubmissionOutcome.class).orElseThrow().reference());
    assertTrue(
        states.get("browser-b", key, SubmissionOutcome.class).isEmpty(),
        "the address alone, in another browser, shows nothing");
    assertTrue(states.get("browser-a", "geraden", SubmissionOutcome.class).isEmpty());
    wait(Duration.ofMinutes(31));
    assertTrue(states.get("browser-a", key, SubmissionOutcome.class).isEmpty());
  }

  @Test
  void formStatesNeverHoldMoreThanTheirByteCapTheOldestGoFirst() {
    FormStates states = new FormStates(clock, new java.security.SecureRandom(), 10_000);
    String first = states.put("a", confirmation("WAZ-0000-0001"), 4_000);
    String second = states.put("b", confirmation("WAZ-0000-0002"), 4_000);
    for (int i = 0; i < 200; i++) {
      states.put("c" + i, confirmation("WAZ-0000-0003"), 4_000);
      assertTrue(states.bytes() <= 10_000, "held " + states.bytes());
    }

    assertTrue(states.get("a", first, SubmissionOutcome.class).isEmpty(), "oldest out first");
    assertTrue(states.get("b", second, SubmissionOutcome.class).isEmpty());
    assertEquals(8_000, states.bytes());
  }

  @Test
  void forgettingABrowserDropsAllItsStates() {
    FormStates states = new FormStates(clock, new java.security.SecureRandom());
    String withErrors = states.put("a", confirmation("WAZ-0000-0001"), 500);
    String other = states.put("b", confirmation("WAZ-0000-0002"), 500);

    states.forget("a");

    assertTrue(states.get("a", withErrors, SubmissionOutcome.class).isEmpty());
    assertTrue(states.get("b", other, SubmissionOutcome.class).isPresent());
    assertEquals(500, states.bytes());
  }

  @Test
  void anOutcomeWithA64KilobyteTextCountsAsLarge() {
    String text = "x".repeat(64 * 1024);
    SubmissionOutcome big =
        SubmissionOutcome.rejected(
            new nl.alkmaar.wijkaanzet.idea.SubmissionForm(
                "centrum", "t", text, null, null, "Naam", "a@b.nl", null, true),
            java.util.List.of());

    assertTrue(big.approximateBytes() > 2 * text.length(), "" + big.approximateBytes());
  }
}
