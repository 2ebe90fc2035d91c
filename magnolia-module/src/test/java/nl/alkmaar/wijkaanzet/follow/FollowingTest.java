package nl.alkmaar.wijkaanzet.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.jcr.MemoryRepository;
import nl.alkmaar.wijkaanzet.notify.MailFixtures.ManualClock;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.validation.InvalidInputException;
import nl.alkmaar.wijkaanzet.vote.VoteFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Following a wijk on a real Jackrabbit: double opt-in, links that cannot be forged, stopping. */
class FollowingTest {

  private static final Pattern CONFIRM_LINK = Pattern.compile("/volgen\\?bevestig=(\\S+)");

  @RegisterExtension final MemoryRepository memory = new MemoryRepository();
  private final ManualClock clock = new ManualClock(VoteFixtures.VOTING);
  private WijkAanZetRuntime runtime;
  private Following following;

  @BeforeEach
  void runtime() {
    runtime = memory.runtime(CampaignFiles.bundled(), clock);
    following = runtime.following();
  }

  private List<OutboxMessage> confirmMails() {
    return runtime.outbox().due(clock.instant().plusSeconds(60), 100).stream()
        .filter(mail -> mail.kind().equals(Following.CONFIRM_MAIL))
        .toList();
  }

  private String confirmToken(OutboxMessage mail) {
    Matcher link = CONFIRM_LINK.matcher(mail.textBody());
    assertTrue(link.find(), mail.textBody());
    return link.group(1);
  }

  @Test
  void aRequestCountsOnlyOnceTheMailsLinkIsConfirmed() {
    following.ask("oudorp", " Bewoner@Voorbeeld.nl ", "nl");

    List<OutboxMessage> mails = confirmMails();
    assertEquals(1, mails.size());
    assertEquals("Bewoner@Voorbeeld.nl", mails.get(0).recipient());
    assertTrue(mails.get(0).subject().contains("Oudorp"), mails.get(0).subject());
    assertTrue(mails.get(0).textBody().startsWith("Beste inwoner"));
    assertEquals(List.of(), following.recipients("oudorp"), "nobody gets news before confirming");
    assertEquals(Map.of(), following.counts());

    String token = confirmToken(mails.get(0));
    assertEquals(
        new Following.LinkView(Following.LinkState.READY, "Oudorp"),
        following.checkConfirm(token),
        "opening the link changes nothing");
    assertEquals(List.of(), following.recipients("oudorp"));
    assertEquals(Following.LinkState.CONFIRMED, following.confirm(token).state());
    assertEquals(Following.LinkState.CONFIRMED, following.confirm(token).state(), "twice: no harm");

    List<Following.Recipient> recipients = following.recipients("oudorp");
    assertEquals(1, recipients.size());
    assertEquals("Bewoner@Voorbeeld.nl", recipients.get(0).email());
    assertTrue(recipients.get(0).stopLink().contains("/volgen?stop="));
    assertTrue(
        recipients.get(0).oneClick().startsWith("https://www.alkmaar.nl/api/follow/stoppen?t="),
        "the API on the campaign website's host: " + recipients.get(0).oneClick());
    assertFalse(recipients.get(0).stopLink().toLowerCase().contains("bewoner"), "no address");
    assertEquals(Map.of("oudorp", 1), following.counts());
  }

  @Test
  void badInputGetsAMessagePerFieldAndStoresNothing() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> following.ask("atlantis", "geen-adres", "nl"));
    assertEquals(
        Set.of("wijk", "email"),
        refused.errors().stream().map(FieldError::field).collect(Collectors.toSet()));
    assertThrows(InvalidInputException.class, () -> following.ask(null, null, "nl"));
    assertThrows(InvalidInputException.class, () -> following.ask("oudorp", "a@b", "nl"));
    assertEquals(List.of(), confirmMails());
    assertEquals(0, following.purgeUnconfirmed() + following.counts().size());
  }

  @Test
  void aLinkThatWasChangedOrMadeUpDoesNothing() {
    following.ask("oudorp", "bewoner@voorbeeld.nl", "nl");
    String token = confirmToken(confirmMails().get(0));
    String[] parts = token.split("\\.");
    List<String> forged =
        List.of(
            "",
            "x",
            "oudorp.abc.1.def",
            // another wijk, or a later expiry, with the same signature
            "de-mare." + parts[1] + "." + parts[2] + "." + parts[3],
            parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86_400) + "." + parts[3],
            parts[0] + "/../x." + parts[1] + "." + parts[2] + "." + parts[3],
            token + "A",
            "x".repeat(10_000));
    for (String link : forged) {
      assertEquals(Following.LinkState.UNKNOWN, following.confirm(link).state(), link);
      assertEquals(Following.LinkState.UNKNOWN, following.stop(link).state(), link);
    }
    assertEquals(List.of(), following.recipients("oudorp"));
    String stopMadeFromConfirm = parts[0] + "." + parts[1] + "." + parts[3];
    assertEquals(Following.LinkState.UNKNOWN, following.stop(stopMadeFromConfirm).state());
  }

  @Test
  void anUnansweredRequestExpiresAfterAWeekAndIsForgotten() {
    following.ask("oudorp", "bewoner@voorbeeld.nl", "en");
    OutboxMessage mail = confirmMails().get(0);
    assertTrue(mail.subject().startsWith("Confirm"), "in the resident's language");
    String token = confirmToken(mail);

    clock.advance(Following.LINK_VALID.plusMinutes(1));
    assertEquals(Following.LinkState.EXPIRED, following.confirm(token).state());
    assertEquals(1, following.purgeUnconfirmed());
    assertEquals(Following.LinkState.UNKNOWN, following.confirm(token).state());
    assertEquals(List.of(), following.recipients("oudorp"));
  }

  @Test
  void stoppingDeletesTheAddressAndTheLinkKeepsSayingSo() {
    following.ask("oudorp", "bewoner@voorbeeld.nl", "nl");
    following.confirm(confirmToken(confirmMails().get(0)));
    String stop = following.recipients("oudorp").get(0).stopLink();
    String token = stop.substring(stop.indexOf("stop=") + 5);

    assertEquals(Following.LinkState.READY, following.checkStop(token).state());
    assertEquals(
        new Following.LinkView(Following.LinkState.STOPPED, "Oudorp"), following.stop(token));
    assertEquals(List.of(), following.recipients("oudorp"));
    assertEquals(Following.LinkState.STOPPED, following.checkStop(token).state());
    assertEquals(Following.LinkState.STOPPED, following.stop(token).state(), "a second click");
  }

  @Test
  void manyRequestsForOneAddressSendThreeMailsAndAnswerTheSame() {
    for (int i = 0; i < 6; i++) {
      following.ask("oudorp", "bewoner@voorbeeld.nl", "nl");
    }
    assertEquals(3, confirmMails().size());
    clock.advance(Duration.ofMinutes(21));
    following.ask("oudorp", "bewoner@voorbeeld.nl", "nl");
    assertEquals(4, confirmMails().size(), "after the wait one more");
    following.ask("de-mare", "bewoner@voorbeeld.nl", "nl");
    assertEquals(5, confirmMails().size(), "another wijk is another request");
  }

  @Test
  void someoneTypingAConfirmedAddressAgainChangesNothing() {
    following.ask("oudorp", "bewoner@voorbeeld.nl", "nl");
    following.confirm(confirmToken(confirmMails().get(0)));
    clock.advance(Duration.ofDays(30));
    following.ask("oudorp", "BEWONER@voorbeeld.nl", "en");

    assertEquals(1, following.recipients("oudorp").size(), "still following, once");
    assertEquals("nl", following.recipients("oudorp").get(0).language());
    assertEquals(0, following.purgeUnconfirmed(), "a confirmed follower is never purged");
  }
}
