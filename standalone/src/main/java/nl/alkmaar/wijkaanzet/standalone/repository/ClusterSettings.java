package nl.alkmaar.wijkaanzet.standalone.repository;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.alkmaar.wijkaanzet.sql.Database;

/**
 * Joining a Jackrabbit cluster on PostgreSQL ({@code --cluster jdbc:postgresql://…} and {@code
 * --node-id}): the database, its credentials (from the environment only, never the command line,
 * where {@code ps} shows them; both may be empty for trust authentication) and this node's id.
 */
public record ClusterSettings(String url, String user, String password, Optional<String> nodeId) {

  public static final String USER_ENV = "WIJKAANZET_DB_USER";
  public static final String PASSWORD_ENV = "WIJKAANZET_DB_PASSWORD";

  private static final Pattern POSTGRES_URL = Pattern.compile("jdbc:postgresql://[^\\s]+");
  private static final Pattern NODE_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");

  public ClusterSettings {
    if (!POSTGRES_URL.matcher(url).matches()) {
      throw new IllegalArgumentException(
          "--cluster '"
              + url
              + "' is geen PostgreSQL-adres. Schrijf bijvoorbeeld"
              + " jdbc:postgresql://db.example:5432/wijkaanzet.");
    }
    if (nodeId.isPresent() && !NODE_ID.matcher(nodeId.get()).matches()) {
      throw new IllegalArgumentException(
          "--node-id '"
              + nodeId.get()
              + "' kan niet: gebruik letters, cijfers, - en _ (hoogstens 40), bijvoorbeeld"
              + " publiek1.");
    }
  }

  /** The database address from the command line, the credentials from the environment. */
  public static ClusterSettings of(String url, Optional<String> nodeId, Map<String, String> env) {
    return new ClusterSettings(
        url.strip(), env.getOrDefault(USER_ENV, ""), env.getOrDefault(PASSWORD_ENV, ""), nodeId);
  }

  /** The cluster's database, where the ballot journal is kept too. */
  public Database database() {
    return new Database(url, user, password);
  }

  /** Whether the database answers now (2-second timeouts, a connection of its own). */
  public boolean databaseAnswers() {
    return database().answers();
  }

  /** Never the password. */
  @Override
  public String toString() {
    return "cluster " + url + nodeId.map(id -> " as " + id).orElse("");
  }
}
