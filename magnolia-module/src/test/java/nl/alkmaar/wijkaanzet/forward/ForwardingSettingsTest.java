package nl.alkmaar.wijkaanzet.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.alkmaar.wijkaanzet.campaign.ConfigException;
import nl.alkmaar.wijkaanzet.campaign.ConfigProblem;
import nl.alkmaar.wijkaanzet.notify.OutboxMessage;
import nl.alkmaar.wijkaanzet.notify.OutboxMessages;
import org.junit.jupiter.api.Test;

/** Forwarding comes from environment variables; bad ones are all named at once, in Dutch. */
class ForwardingSettingsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "geheim-token-7f3a9c";
  private static final String SIGNALS =
      "https://api.meldingen.alkmaar.nl/signals/v1/private/signals";
  private static final String CATEGORY =
      "https://api.meldingen.alkmaar.nl/signals/v1/public/terms/categories/wegen/sub_categories/"
          + "bestrating";

  private static Map<String, String> signalen() {
    Map<String, String> env = new HashMap<>();
    env.put(ForwardingSettings.CHANNEL, "signalen");
    env.put(ForwardingSettings.SIGNALEN_URL, SIGNALS);
    env.put(ForwardingSettings.SIGNALEN_TOKEN, TOKEN);
    env.put(ForwardingSettings.SIGNALEN_CATEGORY, CATEGORY);
    return env;
  }

  private static ConfigException refused(Map<String, String> env) {
    return assertThrows(ConfigException.class, () -> ForwardingSettings.fromEnvironment(env));
  }

  private static List<String> fields(ConfigException e) {
    return e.problems().stream().map(ConfigProblem::field).toList();
  }

  /** The message is Dutch and names {@code variable}. */
  private static void names(ConfigException e, String variable) {
    assertTrue(e.getMessage().contains("De configuratie in omgevingsvariabelen"), e.getMessage());
    assertTrue(e.getMessage().contains("'" + variable + "'"), e.getMessage());
  }

  @Test
  void withoutAnyVariableForwardingIsOff() {
    assertTrue(ForwardingSettings.fromEnvironment(Map.of()).isEmpty());
    assertTrue(
        ForwardingSettings.fromEnvironment(
                Map.of(ForwardingSettings.EMAIL, "  ", "WIJKAANZET_SMTP_HOST", "smtp.alkmaar.nl"))
            .isEmpty(),
        "blank values and other variables do not switch forwarding on");
  }

  @Test
  void anAddressAloneMeansMailToStadswerk072() {
    ForwardingSettings settings =
        ForwardingSettings.fromEnvironment(
                Map.of(ForwardingSettings.EMAIL, " meldingen@stadswerk072.nl "))
            .orElseThrow();

    assertEquals(ForwardingSettings.Channel.EMAIL, settings.channel());
    assertEquals("Stadswerk072", settings.organisation());
    assertEquals("meldingen@stadswerk072.nl", settings.email());
    assertNull(settings.signalenUrl());
    assertNull(settings.signalenToken());
  }

  @Test
  void theOrganisationCanBeNamed() {
    ForwardingSettings settings =
        ForwardingSettings.fromEnvironment(
                Map.of(
                    ForwardingSettings.CHANNEL, "E-mail",
                    ForwardingSettings.ORGANISATION, "Buitenbeheer Heiloo",
                    ForwardingSettings.EMAIL, "buitenbeheer@heiloo.example"))
            .orElseThrow();

    assertEquals(ForwardingSettings.Channel.EMAIL, settings.channel());
    assertEquals("Buitenbeheer Heiloo", settings.organisation());
  }

  @Test
  void aBadAddressIsNamed() {
    for (String bad :
        List.of("stadswerk072", "Stadswerk <meldingen@stadswerk072.nl>", "@stadswerk072.nl")) {
      ConfigException e = refused(Map.of(ForwardingSettings.EMAIL, bad));

      assertEquals(List.of(ForwardingSettings.EMAIL), fields(e), bad);
      names(e, ForwardingSettings.EMAIL);
      assertTrue(e.getMessage().contains("geen e-mailadres"), e.getMessage());
    }
  }

  @Test
  void theEmailChannelNeedsAnAddress() {
    ConfigException e =
        refused(Map.of(ForwardingSettings.CHANNEL, "email", ForwardingSettings.ORGANISATION, "X"));

    assertEquals(List.of(ForwardingSettings.EMAIL), fields(e));
    names(e, ForwardingSettings.EMAIL);
  }

  @Test
  void anUnknownChannelIsNamed() {
    ConfigException e =
        refused(
            Map.of(
                ForwardingSettings.CHANNEL, "fax",
                ForwardingSettings.EMAIL, "meldingen@stadswerk072.nl"));

    assertEquals(List.of(ForwardingSettings.CHANNEL), fields(e));
    names(e, ForwardingSettings.CHANNEL);
    assertTrue(e.getMessage().contains("'fax'"), e.getMessage());
    assertTrue(e.getMessage().contains("kies 'email' of 'signalen'"), e.getMessage());
  }

  @Test
  void signalenWithoutUrlTokenAndCategoryNamesAllThree() {
    ConfigException e = refused(Map.of(ForwardingSettings.CHANNEL, "signalen"));

    assertEquals(
        List.of(
            ForwardingSettings.SIGNALEN_URL,
            ForwardingSettings.SIGNALEN_TOKEN,
            ForwardingSettings.SIGNALEN_CATEGORY),
        fields(e));
    assertTrue(e.getMessage().contains("heeft 3 fouten"), e.getMessage());
    names(e, ForwardingSettings.SIGNALEN_URL);
    names(e, ForwardingSettings.SIGNALEN_TOKEN);
    names(e, ForwardingSettings.SIGNALEN_CATEGORY);
    assertTrue(e.getMessage().contains("zonder token"), e.getMessage());
  }

  @Test
  void signalenWithoutTokenIsRefusedAndAWrongUrlIsNamed() {
    Map<String, String> env = signalen();
    env.remove(ForwardingSettings.SIGNALEN_TOKEN);
    env.put(ForwardingSettings.SIGNALEN_URL, "ftp://meldingen.alkmaar.nl/signals");

    ConfigException e = refused(env);

    assertEquals(
        List.of(ForwardingSettings.SIGNALEN_URL, ForwardingSettings.SIGNALEN_TOKEN), fields(e));
    assertTrue(e.getMessage().contains("geen webadres"), e.getMessage());
  }

  @Test
  void aBadLocationIsNamed() {
    for (String bad : List.of("52.6318", "52,6318,4,7490", "noord,oost", "95.0,4.7", "52.6,190")) {
      Map<String, String> env = signalen();
      env.put(ForwardingSettings.SIGNALEN_LOCATION, bad);

      ConfigException e = refused(env);

      assertEquals(List.of(ForwardingSettings.SIGNALEN_LOCATION), fields(e), bad);
      names(e, ForwardingSettings.SIGNALEN_LOCATION);
      assertTrue(e.getMessage().contains("breedtegraad,lengtegraad"), e.getMessage());
    }
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    Map<String, String> env = new HashMap<>();
    env.put(ForwardingSettings.CHANNEL, "signalen");
    env.put(ForwardingSettings.ORGANISATION, "x".repeat(81));
    env.put(ForwardingSettings.SIGNALEN_URL, "geen adres");
    env.put(ForwardingSettings.SIGNALEN_LOCATION, "hier");

    ConfigException e = refused(env);

    assertEquals(
        List.of(
            ForwardingSettings.ORGANISATION,
            ForwardingSettings.SIGNALEN_URL,
            ForwardingSettings.SIGNALEN_TOKEN,
            ForwardingSettings.SIGNALEN_CATEGORY,
            ForwardingSettings.SIGNALEN_LOCATION),
        fields(e));
    for (String variable : fields(e)) {
      names(e, variable);
    }
  }

  @Test
  void signalenIsReadAndTheTokenNeverPrinted() {
    Map<String, String> env = signalen();
    env.put(ForwardingSettings.SIGNALEN_LOCATION, " 52.6401 , 4.7302 ");

    ForwardingSettings settings = ForwardingSettings.fromEnvironment(env).orElseThrow();

    assertEquals(ForwardingSettings.Channel.SIGNALEN, settings.channel());
    assertEquals(URI.create(SIGNALS), settings.signalenUrl());
    assertEquals(TOKEN, settings.signalenToken());
    assertEquals(CATEGORY, settings.signalenCategory());
    assertEquals(52.6401, settings.latitude());
    assertEquals(4.7302, settings.longitude());
    assertEquals("Stadswerk072", settings.organisation());
    assertFalse(settings.toString().contains(TOKEN), settings.toString());
    assertFalse(settings.toString().contains(SIGNALS), settings.toString());
  }

  @Test
  void aSignalenUrlAloneChoosesSignalen() {
    Map<String, String> env = signalen();
    env.remove(ForwardingSettings.CHANNEL);

    assertEquals(
        ForwardingSettings.Channel.SIGNALEN,
        ForwardingSettings.fromEnvironment(env).orElseThrow().channel());
  }

  private static ForwardedReport report(String location) {
    return new ForwardedReport(
        "WAZ-2024-000417",
        "Losse stoeptegels bij de bushalte",
        "Bij de bushalte liggen drie tegels los. Mensen struikelen er al over.",
        location,
        "Verkeer",
        "De Mare",
        Instant.parse("2024-04-10T09:15:00Z"));
  }

  private static OutboxMessage signal(Map<String, String> env, ForwardedReport report) {
    ForwardingSettings settings = ForwardingSettings.fromEnvironment(env).orElseThrow();
    OutboxMessages messages =
        new OutboxMessages(
            Clock.fixed(Instant.parse("2024-04-11T10:00:00Z"), ZoneOffset.UTC),
            () -> "5b1e7a40-0000-4000-8000-000000000417");
    return new SignalenForwarding(settings, messages).message(report);
  }

  @Test
  void theSignalHasTheTextThePinTheCategoryAndAPrivateReporter() throws Exception {
    Map<String, String> env = signalen();
    env.put(ForwardingSettings.SIGNALEN_LOCATION, "52.6401,4.7302");

    OutboxMessage message = signal(env, report("Bushalte Kennemerstraatweg"));
    JsonNode body = JSON.readTree(message.textBody());

    assertEquals(SignalenForwarding.KIND, message.kind());
    assertEquals("signalen", message.recipient(), "the sender uses the configured address");
    assertFalse(message.textBody().contains(TOKEN), "the token is added at delivery only");
    String text = body.get("text").asText();
    assertTrue(text.contains("Losse stoeptegels bij de bushalte"), text);
    assertTrue(text.contains("WAZ-2024-000417"), text);
    assertTrue(text.contains("Bushalte Kennemerstraatweg"), text);
    assertTrue(text.contains("De Mare"), text);
    JsonNode point = body.get("location").get("geometrie");
    assertEquals("Point", point.get("type").asText());
    assertEquals(2, point.get("coordinates").size());
    assertEquals(4.7302, point.get("coordinates").get(0).asDouble(), "longitude first");
    assertEquals(52.6401, point.get("coordinates").get(1).asDouble());
    assertEquals(CATEGORY, body.get("category").get("sub_category").asText());
    assertFalse(body.get("reporter").has("email"), "the resident's contact data stays with us");
    assertFalse(body.get("reporter").get("sharing_allowed").asBoolean(true));
    assertTrue(body.get("reporter").get("sharing_allowed").isBoolean());
    assertEquals("2024-04-10T09:15:00Z", body.get("incident_date_start").asText());
  }

  @Test
  void withoutAPlaceTheSignalPinsAlkmaar() throws Exception {
    JsonNode body = JSON.readTree(signal(signalen(), report(null)).textBody());

    JsonNode coordinates = body.get("location").get("geometrie").get("coordinates");
    assertEquals(4.7490, coordinates.get(0).asDouble());
    assertEquals(52.6318, coordinates.get(1).asDouble());
    assertFalse(body.get("reporter").has("email"));
    assertFalse(body.get("reporter").get("sharing_allowed").asBoolean(true));
    assertFalse(body.get("text").asText().contains("Plek:"), body.get("text").asText());
    assertTrue(body.get("text").asText().contains("WAZ-2024-000417"));
  }

  @Test
  void aTokenAloneMeansSignalenAndAsksForItsAddress() {
    ConfigException e = refused(Map.of(ForwardingSettings.SIGNALEN_TOKEN, TOKEN));

    assertTrue(fields(e).contains(ForwardingSettings.SIGNALEN_URL), fields(e).toString());
    assertFalse(fields(e).contains(ForwardingSettings.EMAIL), "not the e-mail channel");
    assertFalse(e.getMessage().contains(TOKEN), "the token is never repeated");
  }

  @Test
  void theTokenOnlyTravelsOverHttpsExceptToThisMachine() {
    Map<String, String> plain = signalen();
    plain.put(
        ForwardingSettings.SIGNALEN_URL,
        "http://api.meldingen.alkmaar.nl/signals/v1/private/signals");
    names(refused(plain), ForwardingSettings.SIGNALEN_URL);

    Map<String, String> local = signalen();
    local.put(ForwardingSettings.SIGNALEN_URL, "http://localhost:8089/signals/v1/private/signals");
    assertEquals(
        URI.create("http://localhost:8089/signals/v1/private/signals"),
        ForwardingSettings.fromEnvironment(local).orElseThrow().signalenUrl());
  }
}
