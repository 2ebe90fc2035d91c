package nl.alkmaar.wijkaanzet.vote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.notify.MailFixtures.ManualClock;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The e-mail method on a real Jackrabbit with a clock the test moves: the link expires after a day,
 * mails to one address are limited, and nothing is cast before the link is used.
 */
class EmailVotingTest {

  private static final Pattern TOKEN = Pattern.compile("\\?t=([A-Za-z0-9_-]+)");

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private final ManualClock clock = new ManualClock(VoteFixtures.VOTING);
  private WijkAanZetRuntime runtime;
  private List<String> oudorp;

  @BeforeEach
  void oudorpWithPoints() {
    runtime = memory.runtime(CampaignFiles.bundled(), clock);
    oudorp = VoteFixtures.publish(runtime, "oudorp", 2);
  }

  @Test
  void aLinkExpiresAfterADay() {
    runtime.voting().requestByEmail("oudorp", oudorp, "a@example.nl", "1815AA", "3", "nl");
    String token = lastToken("a@example.nl");
    assertEquals(0, runtime.voting().tally("oudorp").ballots(), "nothing before the link");

    clock.advance(Duration.ofHours(24).plusSeconds(1));

    InvalidInputException expired =
        assertThrows(InvalidInputException.class, () -> runtime.voting().confirmByEmail(token));
    assertTrue(expired.errors().get(0).message().contains("verlopen"));
    assertTrue(runtime.voting().pendingByEmail(token).orElseThrow().expired());
    assertEquals(0, runtime.voting().tally("oudorp").ballots());
  }

  @Test
  void aLinkWorksWithinTheDayAndTheMailRepeatsNothingTyped() {
    runtime.voting().requestByEmail("oudorp", oudorp, "b@example.nl", "1815AA", "3", "nl");
    OutboxMessage mail = lastMail("b@example.nl");
    assertTrue(mail.subject().startsWith("Bevestig uw stem voor Oudorp"), mail.subject());
    assertTrue(!mail.textBody().contains("Punt 0"), "no chosen title in the mail");
    clock.advance(Duration.ofHours(23));

    VoteReceipt receipt = runtime.voting().confirmByEmail(token(mail));

    assertEquals(2, receipt.chosen().size());
    assertEquals(1, runtime.voting().tally("oudorp").ballots());
  }

  @Test
  void threeMailsToOneAddressThenAWait() {
    for (int i = 0; i < 5; i++) {
      runtime.voting().requestByEmail("oudorp", oudorp, "c@example.nl", "1815AA", "3", "nl");
    }
    assertEquals(3, mails("c@example.nl").size());
    clock.advance(Duration.ofMinutes(21));
    runtime.voting().requestByEmail("oudorp", oudorp, "c@example.nl", "1815AA", "3", "nl");
    assertEquals(4, mails("c@example.nl").size());
  }

  private List<OutboxMessage> mails(String to) {
    return runtime.outbox().due(clock.instant().plusSeconds(3600), 1000).stream()
        .filter(message -> message.recipient().equals(to))
        .toList();
  }

  private OutboxMessage lastMail(String to) {
    List<OutboxMessage> found = mails(to);
    return found.get(found.size() - 1);
  }

  private String lastToken(String to) {
    return token(lastMail(to));
  }

  private static String token(OutboxMessage mail) {
    Matcher matcher = TOKEN.matcher(mail.textBody());
    assertTrue(matcher.find(), mail.textBody());
    return matcher.group(1);
  }
}
