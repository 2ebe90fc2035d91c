package nl.alkmaar.wijkaanzet.vote.api;

import java.util.List;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.vote.VoteReceipt;

/**
 * What the ballot form shows after a post without JavaScript (post, redirect, get): the choices and
 * code as sent with what was wrong, or the receipt. Kept in memory for this browser only, for a few
 * minutes (FormStates), never stored.
 *
 * @param message a refusal that is about no single field (voting closed, code used, wait)
 */
record BallotOutcome(
    String wijk,
    List<String> chosen,
    String code,
    List<FieldError> errors,
    String message,
    VoteReceipt receipt) {

  BallotOutcome {
    chosen = List.copyOf(chosen);
    errors = List.copyOf(errors);
  }

  static BallotOutcome accepted(VoteReceipt receipt) {
    return new BallotOutcome(receipt.wijk(), List.of(), null, List.of(), null, receipt);
  }

  static BallotOutcome rejected(
      String wijk, List<String> chosen, String code, List<FieldError> errors) {
    return new BallotOutcome(wijk, chosen, code, errors, null, null);
  }

  static BallotOutcome refused(String wijk, List<String> chosen, String code, String message) {
    return new BallotOutcome(wijk, chosen, code, List.of(), message, null);
  }

  /** A rough size for the state store's memory budget. */
  long approximateBytes() {
    return 512L
        + chosen.size() * 32L
        + (code == null ? 0 : code.length() * 2L)
        + errors.size() * 200L
        + (message == null ? 0 : message.length() * 2L)
        + (receipt == null ? 0 : receipt.chosen().size() * 400L);
  }
}
