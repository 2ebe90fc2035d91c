package nl.alkmaar.wijkaanzet.web;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The key under which limits count a client. An IPv4 address as it is; an IPv6 address by its /64
 * network, because one household or phone gets a whole /64 and could otherwise take a fresh address
 * for every try.
 */
public final class ClientAddress {

  private static final Pattern IPV6_LITERAL = Pattern.compile("\\[?[0-9A-Fa-f:.%a-z0-9]+]?");

  private ClientAddress() {}

  public static String key(String address) {
    if (address == null) {
      return "";
    }
    if (!address.contains(":") || !IPV6_LITERAL.matcher(address).matches()) {
      return address;
    }
    try {
      // A literal (checked above), so no name lookup happens.
      InetAddress parsed = InetAddress.getByName(address.replace("[", "").replace("]", ""));
      if (parsed instanceof Inet6Address) {
        byte[] network = new byte[8];
        System.arraycopy(parsed.getAddress(), 0, network, 0, 8);
        return HexFormat.of().formatHex(network) + "::/64";
      }
      return parsed.getHostAddress();
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
