package nl.alkmaar.wijkaanzet.standalone;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.alkmaar.wijkaanzet.sql.Database;
import nl.alkmaar.wijkaanzet.sql.SqlRateBuckets;
import nl.alkmaar.wijkaanzet.sql.SqlSharedForms;
import nl.alkmaar.wijkaanzet.standalone.security.LoginCapacity;
import nl.alkmaar.wijkaanzet.standalone.security.LoginThrottle;
import nl.alkmaar.wijkaanzet.standalone.security.SqlLoginFailures;
import nl.alkmaar.wijkaanzet.web.FormTokens;
import nl.alkmaar.wijkaanzet.web.WebProtection;

/**
 * What the hosts of a cluster share in its database besides the repository, so that a load balancer
 * need not keep a visitor on one host: form states and kept photos, rate limits, failed logins
 * (and, configured in {@code JettyServer}, the staff sessions). Opened when the host starts
 * (creating the tables where missing), closed when it stops.
 */
final class SharedByHosts implements AutoCloseable {

  private final byte[] installationSecret;
  private final SqlSharedForms forms;
  private final SqlRateBuckets limits;
  private final SqlLoginFailures logins;

  private SharedByHosts(
      byte[] installationSecret,
      SqlSharedForms forms,
      SqlRateBuckets limits,
      SqlLoginFailures logins) {
    this.installationSecret = installationSecret.clone();
    this.forms = forms;
    this.limits = limits;
    this.logins = logins;
  }

  static SharedByHosts open(Database database, byte[] installationSecret) {
    List<AutoCloseable> opened = new ArrayList<>();
    try {
      SqlSharedForms forms = SqlSharedForms.open(database);
      opened.add(forms);
      SqlRateBuckets limits = SqlRateBuckets.open(database);
      opened.add(limits);
      return new SharedByHosts(
          installationSecret, forms, limits, SqlLoginFailures.open(database, installationSecret));
    } catch (SQLException e) {
      for (AutoCloseable each : opened) {
        try {
          each.close();
        } catch (Exception closing) {
          e.addSuppressed(closing);
        }
      }
      throw new StartupException(
          "De gedeelde tabellen in "
              + database
              + " kunnen niet worden gemaakt. Draait PostgreSQL, en kloppen WIJKAANZET_DB_USER en"
              + " WIJKAANZET_DB_PASSWORD?",
          e);
    }
  }

  /** For the form and API protections: the token key, form states, kept photos, rate limits. */
  WebProtection.Shared web() {
    return new WebProtection.Shared(FormTokens.derivedSecret(installationSecret), forms, limits);
  }

  LoginThrottle loginThrottle(java.time.Clock clock) {
    return new LoginThrottle(clock, Optional.of(logins));
  }

  LoginCapacity loginCapacity(java.time.Clock clock) {
    return new LoginCapacity(clock, Optional.of(limits));
  }

  @Override
  public void close() {
    forms.close();
    limits.close();
    logins.close();
  }
}
