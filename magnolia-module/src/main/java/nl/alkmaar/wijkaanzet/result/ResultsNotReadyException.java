package nl.alkmaar.wijkaanzet.result;

import java.util.List;

/**
 * Publishing was refused; nothing was published. {@code reasons} say why in plain Dutch; {@code
 * confirmable} is true when the only reason is points without a verdict, which the editor may
 * accept by publishing again with confirmation.
 */
public class ResultsNotReadyException extends RuntimeException {

  private final List<String> reasons;
  private final List<String> unreviewed;
  private final boolean confirmable;

  public ResultsNotReadyException(
      List<String> reasons, List<String> unreviewed, boolean confirmable) {
    super("results not ready: " + reasons);
    this.reasons = List.copyOf(reasons);
    this.unreviewed = List.copyOf(unreviewed);
    this.confirmable = confirmable;
  }

  public List<String> reasons() {
    return reasons;
  }

  /** The points without a verdict, as "reference title (wijk)". */
  public List<String> unreviewed() {
    return unreviewed;
  }

  public boolean confirmable() {
    return confirmable;
  }
}
