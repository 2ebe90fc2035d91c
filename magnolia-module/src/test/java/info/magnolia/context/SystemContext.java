package info.magnolia.context;

import java.util.HashMap;
import java.util.Map;
import javax.jcr.Session;

/** Test double of Magnolia's system context: hands out the session registered per workspace. */
public class SystemContext {

  public final Map<String, Session> sessions = new HashMap<>();

  public Session getJCRSession(String workspace) {
    Session session = sessions.get(workspace);
    if (session == null) {
      throw new IllegalArgumentException("no workspace " + workspace);
    }
    return session;
  }
}
