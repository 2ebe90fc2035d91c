package nl.alkmaar.wijkaanzet.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key under which limits count a client. An IPv4 address as it is; an IPv6 address by its /64
 * network, because one household or phone gets a whole /64 and could otherwise take a fresh address
 * for every try.
 */
public final class ClientAddress {

  private static final Pattern IP_LITERAL =
      Pattern.compile(
          "\\d{1,3}(\\.\\d{1,3}){3}|\\[?[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*(%[A-Za-z0-9_.-]+)?]?");

  private ClientAddress() {}

  public static String key(String address) {
    if (address == null) {
      return "";
    }
    Optional<InetAddress> parsed = address.contains(":") ? parse(address) : Optional.empty();
    if (parsed.isEmpty()) {
      return address;
    }
    if (parsed.get() instanceof Inet6Address) {
      byte[] network = Arrays.copyOf(parsed.get().getAddress(), 8);
      return HexFormat.of().formatHex(network) + "::/64";
    }
    return parsed.get().getHostAddress();
  }

  /**
   * An IP address written as a literal ({@code 10.0.0.5}, {@code 2001:db8::1}, {@code [::1]});
   * empty for anything else, so no name is ever looked up.
   */
  public static Optional<InetAddress> parse(String literal) {
    if (literal == null || !IP_LITERAL.matcher(literal).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(literal.replace("[", "").replace("]", "")));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
