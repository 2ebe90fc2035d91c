package nl.alkmaar.wijkaanzet.vote.api;

import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.validation.FieldError;
import nl.alkmaar.wijkaanzet.vote.VoteReceipt;

/**
 * What the ballot form shows after a post without JavaScript (post, redirect, get): the choices,
 * code and e-mail fields as sent with what was wrong, the receipt, or that the link was mailed.
 * Kept for this browser only, for half an hour (FormStates): in the host's memory, or on a cluster
 * sealed for this browser in the shared database; never with the ballots.
 *
 * @param message a refusal that is about no single field (voting closed, code used, wait)
 */
record BallotOutcome(
    String wijk,
    List<String> chosen,
    String code,
    List<FieldError> errors,
    String message,
    VoteReceipt receipt,
    Map<String, String> emailFields,
    boolean mailSent) {

  BallotOutcome {
    chosen = List.copyOf(chosen);
    errors = List.copyOf(errors);
    emailFields = Map.copyOf(emailFields);
  }

  static BallotOutcome accepted(VoteReceipt receipt) {
    return new BallotOutcome(
        receipt.wijk(), List.of(), null, List.of(), null, receipt, Map.of(), false);
  }

  /** The e-mail method's first step went through: the page says to look in the mail. */
  static BallotOutcome mailSent(String wijk) {
    return new BallotOutcome(wijk, List.of(), null, List.of(), null, null, Map.of(), true);
  }

  static BallotOutcome rejected(
      String wijk, List<String> chosen, String code, List<FieldError> errors) {
    return new BallotOutcome(wijk, chosen, code, errors, null, null, Map.of(), false);
  }

  static BallotOutcome refused(String wijk, List<String> chosen, String code, String message) {
    return new BallotOutcome(wijk, chosen, code, List.of(), message, null, Map.of(), false);
  }

  /** The same outcome with the e-mail method's fields as typed, to show them again. */
  BallotOutcome withEmailFields(Map<String, String> fields) {
    return new BallotOutcome(wijk, chosen, code, errors, message, receipt, fields, mailSent);
  }

  /** A rough size for the state store's memory budget. */
  long approximateBytes() {
    return 512L
        + chosen.size() * 32L
        + (code == null ? 0 : code.length() * 2L)
        + errors.size() * 200L
        + (message == null ? 0 : message.length() * 2L)
        + emailFields.values().stream().mapToLong(value -> value.length() * 2L).sum()
        + (receipt == null ? 0 : receipt.chosen().size() * 400L);
  }
}
