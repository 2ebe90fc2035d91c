package info.magnolia.cms.beans.config;

/** Test double of Magnolia's server configuration: {@code isAdmin()} is true on author. */
public class ServerConfiguration {

  private final boolean admin;

  public ServerConfiguration(boolean admin) {
    this.admin = admin;
  }

  public boolean isAdmin() {
    return admin;
  }
}
