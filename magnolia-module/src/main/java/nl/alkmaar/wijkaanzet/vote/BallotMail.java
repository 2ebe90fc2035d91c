package nl.alkmaar.wijkaanzet.vote;

import java.util.Map;

/**
 * Sends the mail with a ballot's confirmation link: the host renders {@code stemmen_<language>}
 * with {@code model} and puts it in the durable outbox, which sends it.
 */
@FunctionalInterface
public interface BallotMail {

  String KIND = "stemmen";

  void send(String email, String language, Map<String, Object> model);
}
