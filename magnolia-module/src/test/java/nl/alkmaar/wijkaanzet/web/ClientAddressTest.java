package nl.alkmaar.wijkaanzet.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void anIpv4AddressCountsAsItselfAnIpv6AddressByItsNetwork() {
    assertEquals("192.0.2.10", ClientAddress.key("192.0.2.10"));
    assertEquals(ClientAddress.key("2001:db8:1:2::1"), ClientAddress.key("[2001:db8:1:2:ffff::9]"));
    assertEquals("20010db800010002::/64", ClientAddress.key("2001:db8:1:2::1"));
  }

  @Test
  void onlyLiteralsAreParsedSoNoNameIsEverLookedUp() {
    assertTrue(ClientAddress.parse("10.0.0.5").isPresent());
    assertTrue(ClientAddress.parse("::1").isPresent());
    assertTrue(ClientAddress.parse("evil.example").isEmpty());
    assertTrue(ClientAddress.parse("localhost").isEmpty());
    assertTrue(ClientAddress.parse("1.2.3.4:8080").isEmpty());
    assertEquals("unknown", ClientAddress.key("unknown"));
  }
}
