package nl.alkmaar.wijkaanzet.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import nl.alkmaar.wijkaanzet.standalone.security.StaffSecurity;
import nl.alkmaar.wijkaanzet.web.ServletRoutes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone host serves exactly the module descriptor's servlet table, plus its own pages. */
class RoutesIT {

  @Test
  void theHostsRoutesAreTheDescriptorsPlusTheHostsOwn(@TempDir Path data) {
    Map<String, String> expected = new TreeMap<>();
    for (ServletRoutes.Route route : ServletRoutes.fromDescriptor()) {
      route.mappingsAtRoot().forEach(path -> expected.put(path, route.className()));
    }
    String own = "nl.alkmaar.wijkaanzet.standalone.web.";
    expected.put("/health", own + "HealthServlet");
    expected.put(StaffSecurity.LOGOUT_PATH, own + "LogoutServlet");
    expected.put("/.resources/*", own + "WebResourceServlet");
    expected.put("/", own + "PageServlet");

    try (StandaloneHost host = TestHosts.start(data, "2024-04-10T12:00:00Z")) {
      assertEquals(expected, host.servletsByPath());
    }
  }
}
