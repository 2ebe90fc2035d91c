package nl.alkmaar.wijkaanzet.execution;

/** An update as typed on the execution screen: every field as posted, so it can be shown again. */
public record ProgressForm(String status, String planned, String text) {

  public static final String STATUS = "status";
  public static final String PLANNED = "gepland";
  public static final String TEXT = "tekst";

  public ProgressForm {
    status = status == null ? "" : status.strip();
    planned = planned == null ? "" : planned.strip();
    text = text == null ? "" : text.strip();
  }
}
