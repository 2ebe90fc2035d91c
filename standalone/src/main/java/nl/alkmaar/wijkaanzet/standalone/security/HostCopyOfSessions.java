package nl.alkmaar.wijkaanzet.standalone.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.session.SessionContext;
import org.eclipse.jetty.session.SessionData;
import org.eclipse.jetty.session.SessionDataStore;
import org.eclipse.jetty.util.component.ContainerLifeCycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared session store with this host's last copy of each session it read recently, used only
 * while the database does not answer: a desk worker logged in stays logged in through a database
 * restart (their writes are answered 503 meanwhile) instead of being sent to the login page. A copy
 * older than {@link #FRESH} is not used, nor one of a session the store said is gone, so a logout
 * on another host holds on this one too, except within that window of an outage.
 */
final class HostCopyOfSessions extends ContainerLifeCycle implements SessionDataStore {

  private static final Logger LOG = LoggerFactory.getLogger(HostCopyOfSessions.class);

  static final Duration FRESH = Duration.ofMinutes(2);
  private static final int MAX_COPIES = 2_000;

  private record Copy(SessionData data, long readAt) {}

  private final SessionDataStore shared;
  private final Map<String, Copy> copies =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Copy> eldest) {
          return size() > MAX_COPIES;
        }
      };

  HostCopyOfSessions(SessionDataStore shared) {
    this.shared = shared;
    addBean(shared, true);
  }

  @Override
  public void initialize(SessionContext context) throws Exception {
    shared.initialize(context);
  }

  @Override
  public SessionData load(String id) throws Exception {
    try {
      SessionData data = shared.load(id);
      remember(id, data);
      return data;
    } catch (Exception unreachable) {
      Copy copy;
      synchronized (copies) {
        copy = copies.get(id);
      }
      if (copy != null && System.nanoTime() - copy.readAt() < FRESH.toNanos()) {
        LOG.debug("session store away; this host's copy of a session is used");
        return copy.data();
      }
      throw unreachable;
    }
  }

  @Override
  public void store(String id, SessionData data) throws Exception {
    remember(id, data);
    shared.store(id, data);
  }

  @Override
  public boolean delete(String id) throws Exception {
    remember(id, null);
    return shared.delete(id);
  }

  private void remember(String id, SessionData data) {
    synchronized (copies) {
      if (data == null) {
        copies.remove(id);
      } else {
        copies.put(id, new Copy(data, System.nanoTime()));
      }
    }
  }

  @Override
  public SessionData newSessionData(
      String id, long created, long accessed, long lastAccessed, long maxInactiveMs) {
    return shared.newSessionData(id, created, accessed, lastAccessed, maxInactiveMs);
  }

  @Override
  public Set<String> getExpired(Set<String> candidates) {
    return shared.getExpired(candidates);
  }

  @Override
  public boolean isPassivating() {
    return shared.isPassivating();
  }

  @Override
  public boolean exists(String id) throws Exception {
    return shared.exists(id);
  }
}
