package nl.alkmaar.wijkaanzet.idea;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a point reached us: online by the resident, or entered by staff on a resident's behalf at the
 * red van, the library, a community centre, the Publiekshal or from a paper form.
 */
public enum Channel {
  ONLINE("online"),
  BUS("bus"),
  BIBLIOTHEEK("bibliotheek"),
  WIJKCENTRUM("wijkcentrum"),
  PUBLIEKSHAL("publiekshal"),
  PAPIER("papier");

  private final String id;

  Channel(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** How staff screens and exports write where the point came in. */
  public String label() {
    return switch (this) {
      case ONLINE -> "Online";
      case BUS -> "Rode bus";
      case BIBLIOTHEEK -> "Bibliotheek";
      case WIJKCENTRUM -> "Wijkcentrum";
      case PUBLIEKSHAL -> "Publiekshal";
      case PAPIER -> "Papieren formulier";
    };
  }

  public boolean isAssisted() {
    return this != ONLINE;
  }

  public static Optional<Channel> byId(String id) {
    return Arrays.stream(values()).filter(channel -> channel.id.equals(id)).findFirst();
  }
}
