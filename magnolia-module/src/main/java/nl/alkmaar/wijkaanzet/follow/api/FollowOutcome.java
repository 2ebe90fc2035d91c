package nl.alkmaar.wijkaanzet.follow.api;

import java.util.List;
import nl.alkmaar.wijkaanzet.follow.Following;
import nl.alkmaar.wijkaanzet.validation.FieldError;

/**
 * What the follow form or the link page shows after a post without JavaScript (post, redirect,
 * get): the fields as sent with what was wrong, that the mail went out, or what a link did. Kept
 * for this browser only, for half an hour (FormStates): in the host's memory, or on a cluster
 * sealed for this browser in the shared database.
 *
 * @param message a refusal about no single field (wait a moment, page open too long)
 * @param link what a confirm or stop link did, or null after the form
 * @param waitSeconds how long a client that asked too often must wait (0: not slowed down)
 */
record FollowOutcome(
    String wijk,
    String email,
    List<FieldError> errors,
    String message,
    boolean mailSent,
    Following.LinkView link,
    long waitSeconds) {

  FollowOutcome {
    errors = List.copyOf(errors);
  }

  static FollowOutcome sent(String wijk) {
    return new FollowOutcome(wijk, "", List.of(), null, true, null, 0);
  }

  static FollowOutcome rejected(String wijk, String email, List<FieldError> errors) {
    return new FollowOutcome(wijk, email, errors, null, false, null, 0);
  }

  static FollowOutcome refused(String wijk, String email, String message) {
    return new FollowOutcome(wijk, email, List.of(), message, false, null, 0);
  }

  static FollowOutcome slowed(String wijk, String email, String message, long seconds) {
    return new FollowOutcome(wijk, email, List.of(), message, false, null, seconds);
  }

  static FollowOutcome linked(Following.LinkView link) {
    return new FollowOutcome(null, "", List.of(), null, false, link, 0);
  }

  long approximateBytes() {
    return 256L
        + (email == null ? 0 : email.length() * 2L)
        + errors.size() * 200L
        + (message == null ? 0 : message.length() * 2L);
  }
}
