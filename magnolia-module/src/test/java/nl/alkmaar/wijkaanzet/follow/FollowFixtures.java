package nl.alkmaar.wijkaanzet.follow;

import java.time.Clock;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;

/** Following a wijk as a resident does: the form, then the link in the mail. */
public final class FollowFixtures {

  private FollowFixtures() {}

  public static void follow(
      WijkAanZetRuntime runtime, Clock clock, String wijk, String email, String language) {
    runtime.following().ask(wijk, email, language);
    OutboxMessage mail =
        runtime.outbox().due(clock.instant().plusSeconds(60), 1000).stream()
            .filter(
                each ->
                    each.kind().equals(Following.CONFIRM_MAIL) && each.recipient().equals(email))
            .reduce((first, second) -> second)
            .orElseThrow();
    String body = mail.textBody();
    int at = body.indexOf("bevestig=") + "bevestig=".length();
    String token = body.substring(at, body.indexOf('\n', at)).strip();
    if (runtime.following().confirm(token).state() != Following.LinkState.CONFIRMED) {
      throw new AssertionError("the link in the mail did not confirm: " + body);
    }
  }
}
