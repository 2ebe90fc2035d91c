package nl.alkmaar.wijkaanzet.standalone.web;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.alkmaar.wijkaanzet.web.ClientAddress;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * At most {@code limit} open connections from one address (an IPv6 address by its /64); a further
 * one is closed at once. A browser opens about six; a library behind one address a few dozen; one
 * machine holding hundreds is trying to use up the host's threads or file descriptors. The
 * configured proxies are not limited: every visitor comes through them.
 */
public final class ConnectionsPerAddress implements Connection.Listener {

  private final int limit;
  private final InetAddressSet proxies = new InetAddressSet();
  private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();
  private final Map<Connection, String> counted = new ConcurrentHashMap<>();

  public ConnectionsPerAddress(int limit, Set<String> trustedProxies) {
    this.limit = limit;
    trustedProxies.forEach(proxies::add);
  }

  @Override
  public void onOpened(Connection connection) {
    SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
    if (!(remote instanceof InetSocketAddress socket) || socket.getAddress() == null) {
      return;
    }
    if (proxies.test(socket.getAddress())) {
      return;
    }
    String key = ClientAddress.key(socket.getAddress().getHostAddress());
    int now = open.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    counted.put(connection, key);
    if (now > limit) {
      connection.getEndPoint().close();
    }
  }

  @Override
  public void onClosed(Connection connection) {
    String key = counted.remove(connection);
    if (key != null) {
      open.computeIfPresent(key, (k, count) -> count.decrementAndGet() <= 0 ? null : count);
    }
  }
}
