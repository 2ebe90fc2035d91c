package nl.alkmaar.wijkaanzet.result;

import java.util.List;
import nl.alkmaar.wijkaanzet.validation.FieldError;

/**
 * Publishing was refused; nothing was published. {@code faults} say why in plain Dutch, each for
 * the part of the results screen it concerns ({@code gelijk-<wijk>}, {@code toch}, or {@code actie}
 * for the whole); {@code confirmable} is true when the only fault is points without a verdict,
 * which the editor may accept by publishing again with confirmation.
 */
public class ResultsNotReadyException extends RuntimeException {

  private final List<FieldError> faults;
  private final List<String> unreviewed;
  private final boolean confirmable;

  public ResultsNotReadyException(
      List<FieldError> faults, List<String> unreviewed, boolean confirmable) {
    super("results not ready: " + faults.stream().map(FieldError::message).toList());
    this.faults = List.copyOf(faults);
    this.unreviewed = List.copyOf(unreviewed);
    this.confirmable = confirmable;
  }

  public List<FieldError> faults() {
    return faults;
  }

  /** The messages alone, in order. */
  public List<String> reasons() {
    return faults.stream().map(FieldError::message).toList();
  }

  /** The points without a verdict, as "reference title (wijk)". */
  public List<String> unreviewed() {
    return unreviewed;
  }

  public boolean confirmable() {
    return confirmable;
  }
}
