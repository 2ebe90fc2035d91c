package nl.alkmaar.wijkaanzet.standalone.web;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Set;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * Behind a proxy that ends TLS, the request as the browser sent it (https, its host, the resident's
 * address) is only in the proxy's {@code X-Forwarded-*} / {@code Forwarded} headers. Those headers
 * are believed only when the connection comes from a configured proxy address; from anyone else
 * they could be forged to dodge the rate limits or to fake https. Jetty's {@link
 * ForwardedRequestCustomizer} does the reading; it trusts every sender, hence this gate.
 */
public final class TrustedProxies implements HttpConfiguration.Customizer {

  private final InetAddressSet proxies = new InetAddressSet();
  private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();

  /**
   * @param proxies addresses, ranges ({@code 10.0.0.1-10.0.0.9}) or CIDR blocks ({@code
   *     10.0.0.0/8}) of the proxies in front of the host
   */
  public TrustedProxies(Set<String> proxies) {
    proxies.forEach(this.proxies::add);
  }

  /** Whether {@code pattern} is an address, range or CIDR block that this class understands. */
  public static boolean isValid(String pattern) {
    try {
      return new InetAddressSet().add(pattern);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public Request customize(Request request, HttpFields.Mutable responseHeaders) {
    SocketAddress peer = request.getConnectionMetaData().getRemoteSocketAddress();
    if (peer instanceof InetSocketAddress socket
        && socket.getAddress() != null
        && proxies.test(socket.getAddress())) {
      return forwarded.customize(request, responseHeaders);
    }
    return request;
  }
}
