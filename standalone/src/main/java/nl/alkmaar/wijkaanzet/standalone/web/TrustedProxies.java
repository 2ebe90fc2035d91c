package nl.alkmaar.wijkaanzet.standalone.web;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Set;
import nl.alkmaar.wijkaanzet.web.ClientAddress;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * Behind a proxy that ends TLS, the request as the browser sent it (https, its host, the resident's
 * address) is only in the proxy's {@code X-Forwarded-*} headers. They are believed only when the
 * connection comes from a configured proxy address; from anyone else they could be forged to dodge
 * the rate limits or to fake https.
 *
 * <p>Even through a trusted proxy, the first entries of a list can come from the visitor (a proxy
 * appends to the {@code X-Forwarded-For} it received). So the visitor's address is the last entry
 * that is not one of our proxies, and of {@code -Proto}, {@code -Host} and {@code -Port} the last
 * value counts: the one our own proxy added. The {@code Forwarded} header (RFC 7239) is not read.
 * Jetty's {@link ForwardedRequestCustomizer} then applies what is left.
 */
public final class TrustedProxies implements HttpConfiguration.Customizer {

  private static final List<String> LAST_VALUE_COUNTS =
      List.of("X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Port");

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
      HttpFields headers = believable(request.getHeaders());
      return forwarded.customize(
          new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
              return headers;
            }
          },
          responseHeaders);
    }
    return request;
  }

  private HttpFields believable(HttpFields original) {
    HttpFields.Mutable headers = HttpFields.build(original);
    headers.remove("Forwarded");
    headers.remove("X-Forwarded-Server");
    headers.remove("X-Forwarded-For");
    String visitor = visitor(original.getCSV("X-Forwarded-For", false));
    if (visitor != null) {
      headers.put("X-Forwarded-For", visitor);
    }
    for (String name : LAST_VALUE_COUNTS) {
      List<String> values = original.getCSV(name, false);
      headers.remove(name);
      if (!values.isEmpty()) {
        headers.put(name, values.get(values.size() - 1));
      }
    }
    return headers.asImmutable();
  }

  /** The last address in the list that is not one of our proxies. */
  private String visitor(List<String> chain) {
    for (int i = chain.size() - 1; i >= 0; i--) {
      String address = chain.get(i).strip();
      if (!isProxy(address)) {
        return address;
      }
    }
    return chain.isEmpty() ? null : chain.get(0).strip();
  }

  private boolean isProxy(String address) {
    return ClientAddress.parse(address).map(proxies::test).orElse(false);
  }
}
