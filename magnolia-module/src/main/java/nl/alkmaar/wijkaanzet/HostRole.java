package nl.alkmaar.wijkaanzet;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * What this host does in a Magnolia topology. Residents submit and vote on the public instances;
 * moderators, editors and staff work on the author instance; both see the same points because the
 * module's workspaces are shared through a Jackrabbit cluster, not published (README, "Author and
 * public"). The standalone host is both at once.
 *
 * <p>The defaults follow the instance type and can be overridden per property, e.g. to let a public
 * instance inside the town hall's network serve the moderation screens.
 *
 * @param name {@code author}, {@code public} or {@code standalone}, for logs and messages
 * @param moderates whether the moderation API and screens answer here
 * @param takesResidentPosts whether anonymous residents' submissions are stored here; staff may
 *     always submit on behalf of residents
 * @param sendsMail whether this host runs the mail dispatcher; hosts of a shared store that do take
 *     turns by a lease in the repository
 */
public record HostRole(
    String name, boolean moderates, boolean takesResidentPosts, boolean sendsMail) {

  /** Overrides {@link #moderates()}: {@code true} or {@code false}. */
  public static final String MODERATION_PROPERTY = "wijkaanzet.moderation";

  /** Overrides {@link #takesResidentPosts()}. */
  public static final String RESIDENT_POSTS_PROPERTY = "wijkaanzet.residentPosts";

  /** Overrides {@link #sendsMail()}. */
  public static final String MAIL_PROPERTY = "wijkaanzet.mailDispatcher";

  public static final HostRole STANDALONE = new HostRole("standalone", true, true, true);

  /**
   * The author instance moderates and sends the mail; a resident's post that reaches it (an editor
   * trying the form in the page preview) is not stored, so no test point lands in the campaign by
   * accident.
   */
  public static final HostRole AUTHOR = new HostRole("author", true, false, true);

  /** A public instance takes residents' posts and hides the moderation addresses. */
  public static final HostRole PUBLIC = new HostRole("public", false, true, false);

  /**
   * The role for a Magnolia instance, with each duty overridden by the property of that name when
   * it is set to {@code true} or {@code false}; any other value is ignored.
   */
  public static HostRole forMagnolia(boolean author, UnaryOperator<String> properties) {
    HostRole base = author ? AUTHOR : PUBLIC;
    return new HostRole(
        base.name,
        flag(properties.apply(MODERATION_PROPERTY), base.moderates),
        flag(properties.apply(RESIDENT_POSTS_PROPERTY), base.takesResidentPosts),
        flag(properties.apply(MAIL_PROPERTY), base.sendsMail));
  }

  /**
   * This host among those sharing the store, as the mail lease names its holder: the role's name,
   * the machine's name and Magnolia's cluster id where set. Stable across restarts, so a host that
   * comes back finds its own lease.
   */
  public String holderName() {
    String machine;
    try {
      machine = java.net.InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      machine = "localhost";
    }
    String clusterId = System.getProperty("magnolia.clusterid", "");
    return name + "@" + machine + (clusterId.isBlank() ? "" : "/" + clusterId);
  }

  private static boolean flag(String value, boolean otherwise) {
    if (value == null) {
      return otherwise;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> otherwise;
    };
  }
}
