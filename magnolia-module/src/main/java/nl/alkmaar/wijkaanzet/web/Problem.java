package nl.alkmaar.wijkaanzet.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.alkmaar.wijkaanzet.validation.FieldError;

/**
 * Every error answer of the API, as {@code application/problem+json} (RFC 9457). {@code title} and
 * {@code detail} are plain Dutch (B1) for residents; {@code errors} names each bad field.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, List.of());
  }

  public static Problem notFound() {
    return of(404, "Niet gevonden", "Wat u zoekt bestaat niet (meer).");
  }

  /** A {@code ?campagne=} that names no campaign kept on this host. */
  public static Problem unknownCampaign() {
    return of(
        404,
        "Onbekende campagne",
        "Deze campagne kennen we niet. Laat ?campagne= weg voor de campagne van nu.");
  }

  public static Problem methodNotAllowed(String method) {
    return of(405, "Dit kan hier niet", "Dit adres kan niet worden gebruikt met " + method + ".");
  }

  public static Problem unavailable() {
    return of(
        503,
        "Even niet beschikbaar",
        "Er ging iets mis bij het opslaan of ophalen. Probeer het over een paar minuten opnieuw.");
  }

  public static Problem internal() {
    return of(500, "Er ging iets mis", "Er ging bij ons iets mis. Probeer het later opnieuw.");
  }
}
