package nl.alkmaar.wijkaanzet.forward;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.alkmaar.wijkaanzet.campaign.ConfigProblem;
import nl.alkmaar.wijkaanzet.notify.EnvironmentSettings;

/**
 * Where reports about the public space go, from environment variables (secrets such as the Signalen
 * token never belong in the campaign file). E-mail is the default channel; {@value #CHANNEL}{@code
 * =signalen} selects Signalen's API. Without any of these variables forwarding is off and
 * moderators are told so when they try.
 *
 * @param organisation who handles the reports, as residents know it (default Stadswerk072)
 * @param email the address reports are mailed to (e-mail channel)
 * @param signalenUrl {@code …/signals/v1/private/signals} (Signalen channel)
 * @param signalenToken the bearer token (Signalen channel; never logged or stored)
 * @param signalenCategory the sub-category URL Signalen files our reports under
 * @param latitude where Signalen pins a report: points carry a described place, not coordinates
 */
public record ForwardingSettings(
    Channel channel,
    String organisation,
    String email,
    URI signalenUrl,
    String signalenToken,
    String signalenCategory,
    double latitude,
    double longitude) {

  /** The two adapters behind the forwarding port. */
  public enum Channel {
    EMAIL,
    SIGNALEN
  }

  public static final String SOURCE = EnvironmentSettings.SOURCE;
  public static final String CHANNEL = "WIJKAANZET_DOORSTUREN";
  public static final String ORGANISATION = "WIJKAANZET_DOORSTUREN_NAAR";
  public static final String EMAIL = "WIJKAANZET_DOORSTUREN_EMAIL";
  public static final String SIGNALEN_URL = "WIJKAANZET_SIGNALEN_URL";
  public static final String SIGNALEN_TOKEN = "WIJKAANZET_SIGNALEN_TOKEN";
  public static final String SIGNALEN_CATEGORY = "WIJKAANZET_SIGNALEN_CATEGORIE";
  public static final String SIGNALEN_LOCATION = "WIJKAANZET_SIGNALEN_LOCATIE";
  public static final List<String> VARIABLES =
      List.of(
          CHANNEL,
          ORGANISATION,
          EMAIL,
          SIGNALEN_URL,
          SIGNALEN_TOKEN,
          SIGNALEN_CATEGORY,
          SIGNALEN_LOCATION);
  public static final String DEFAULT_ORGANISATION = "Stadswerk072";

  /** Alkmaar's Waagplein: a report without coordinates lands in the city centre. */
  static final double[] DEFAULT_LOCATION = {52.6318, 4.7490};

  /** The settings from {@code env}; empty when forwarding is not set up. Every problem at once. */
  public static Optional<ForwardingSettings> fromEnvironment(Map<String, String> env) {
    List<ConfigProblem> problems = new ArrayList<>();
    Optional<Channel> channel = channel(env, problems);
    if (channel.isEmpty()) {
      EnvironmentSettings.throwIfAny(problems);
      return Optional.empty();
    }
    String organisation = EnvironmentSettings.value(env, ORGANISATION);
    if (organisation == null) {
      organisation = DEFAULT_ORGANISATION;
    } else if (organisation.length() > 80 || organisation.contains("\n")) {
      problems.add(new ConfigProblem(ORGANISATION, organisation, "gebruik hoogstens 80 tekens."));
    }
    String email = null;
    URI url = null;
    String token = null;
    String category = null;
    double[] location = DEFAULT_LOCATION;
    if (channel.get() == Channel.EMAIL) {
      email = email(env, problems);
    } else {
      url = url(env, SIGNALEN_URL, problems, "het adres van de Signalen-API");
      token = EnvironmentSettings.value(env, SIGNALEN_TOKEN);
      if (token == null) {
        problems.add(
            new ConfigProblem(
                SIGNALEN_TOKEN, null, "zonder token neemt Signalen geen meldingen aan."));
      }
      URI categoryUrl =
          url(env, SIGNALEN_CATEGORY, problems, "de subcategorie voor meldingen uit de campagne");
      category = categoryUrl == null ? null : categoryUrl.toString();
      location = location(env, problems);
    }
    EnvironmentSettings.throwIfAny(problems);
    return Optional.of(
        new ForwardingSettings(
            channel.get(), organisation, email, url, token, category, location[0], location[1]));
  }

  private static Optional<Channel> channel(Map<String, String> env, List<ConfigProblem> problems) {
    String value = EnvironmentSettings.value(env, CHANNEL);
    if (value == null) {
      boolean anySet =
          VARIABLES.stream().anyMatch(name -> EnvironmentSettings.value(env, name) != null);
      if (!anySet) {
        return Optional.empty();
      }
      boolean signalen =
          Stream.of(SIGNALEN_URL, SIGNALEN_TOKEN, SIGNALEN_CATEGORY, SIGNALEN_LOCATION)
              .anyMatch(name -> EnvironmentSettings.value(env, name) != null);
      return Optional.of(signalen ? Channel.SIGNALEN : Channel.EMAIL);
    }
    switch (value.toLowerCase(Locale.ROOT)) {
      case "email", "e-mail":
        return Optional.of(Channel.EMAIL);
      case "signalen":
        return Optional.of(Channel.SIGNALEN);
      default:
        problems.add(new ConfigProblem(CHANNEL, value, "kies 'email' of 'signalen'."));
        return Optional.empty();
    }
  }

  private static String email(Map<String, String> env, List<ConfigProblem> problems) {
    String value = EnvironmentSettings.value(env, EMAIL);
    if (value == null) {
      problems.add(
          new ConfigProblem(
              EMAIL,
              null,
              "vul het e-mailadres in waar meldingen over de openbare ruimte heen gaan."));
      return null;
    }
    if (!EnvironmentSettings.isBareAddress(value)) {
      problems.add(
          new ConfigProblem(
              EMAIL, value, "dit is geen e-mailadres. Bijvoorbeeld: meldingen@stadswerk072.nl."));
    }
    return value;
  }

  private static URI url(
      Map<String, String> env, String name, List<ConfigProblem> problems, String what) {
    String value = EnvironmentSettings.value(env, name);
    if (value == null) {
      problems.add(new ConfigProblem(name, null, "vul " + what + " in."));
      return null;
    }
    try {
      URI uri = new URI(value);
      boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
      // The bearer token travels with every report: only https, except to this machine (tests).
      if (uri.getHost() == null
          || !("https".equals(uri.getScheme()) || (local && "http".equals(uri.getScheme())))) {
        throw new URISyntaxException(value, "no https address");
      }
      return uri;
    } catch (URISyntaxException e) {
      problems.add(
          new ConfigProblem(name, value, "dit is geen webadres. Het begint met https://."));
      return null;
    }
  }

  private static double[] location(Map<String, String> env, List<ConfigProblem> problems) {
    String value = EnvironmentSettings.value(env, SIGNALEN_LOCATION);
    if (value == null) {
      return DEFAULT_LOCATION;
    }
    String[] parts = value.split(",");
    try {
      double lat = Double.parseDouble(parts[0].strip());
      double lon = Double.parseDouble(parts[1].strip());
      if (parts.length == 2 && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
        return new double[] {lat, lon};
      }
    } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
      // reported below
    }
    problems.add(
        new ConfigProblem(
            SIGNALEN_LOCATION,
            value,
            "schrijf breedtegraad,lengtegraad met punten, bijvoorbeeld 52.6318,4.7490."));
    return DEFAULT_LOCATION;
  }

  /** Records print every component; the token must never reach a log. */
  @Override
  public String toString() {
    return "ForwardingSettings[channel=" + channel + ", organisation=" + organisation + "]";
  }
}
