package nl.alkmaar.wijkaanzet.magnolia;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.alkmaar.wijkaanzet.RuntimeAssembly;
import nl.alkmaar.wijkaanzet.WijkAanZetRuntime;
import nl.alkmaar.wijkaanzet.campaign.Campaign;
import nl.alkmaar.wijkaanzet.campaign.CampaignFiles;
import nl.alkmaar.wijkaanzet.forward.Forwarding;
import nl.alkmaar.wijkaanzet.forward.ForwardingSettings;
import nl.alkmaar.wijkaanzet.jcr.JcrSessions;
import nl.alkmaar.wijkaanzet.notify.MailSenders;
import nl.alkmaar.wijkaanzet.notify.MailSettings;
import nl.alkmaar.wijkaanzet.notify.MailTemplates;
import nl.alkmaar.wijkaanzet.web.WebProtection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the runtime inside Magnolia. The campaign comes from the file named by the system property
 * {@value #CONFIG_PROPERTY} (imported at every start: the file wins) or else from the bundled
 * Alkmaar 2024 edition (imported once: the repository wins afterwards).
 *
 * <p>Mail goes to the SMTP server of the {@code WIJKAANZET_SMTP_*} environment variables (or system
 * properties of the same names); without one it is written as files into {@code
 * java.io.tmpdir/wijkaanzet-mail}, which only suits a test install. The dispatcher's thread is a
 * daemon and runs as long as the webapp.
 */
public final class MagnoliaRuntimeFactory {

  public static final String CONFIG_PROPERTY = "wijkaanzet.config";
  public static final String TRUSTED_ORIGINS_PROPERTY = "wijkaanzet.trustedOrigins";

  /** Where the module descriptor maps our servlets. */
  public static final String API_PATH = "/.wijkaanzet/api";

  private static final Logger LOG = LoggerFactory.getLogger(MagnoliaRuntimeFactory.class);

  private MagnoliaRuntimeFactory() {}

  public static WijkAanZetRuntime create() {
    JcrSessions sessions = new MagnoliaJcrSessions();
    Clock clock = Clock.systemUTC();
    String configured = System.getProperty(CONFIG_PROPERTY);
    Campaign campaign =
        configured == null ? CampaignFiles.bundled() : CampaignFiles.read(Path.of(configured));
    WebProtection web = WebProtection.create(API_PATH, trustedOrigins(), clock);
    Optional<MailSettings> smtp = MailSettings.fromEnvironment(mailEnvironment());
    Optional<ForwardingSettings> forwarding =
        ForwardingSettings.fromEnvironment(environment(ForwardingSettings.VARIABLES));
    Forwarding.warnIfOnlyFiles(forwarding, smtp);
    WijkAanZetRuntime runtime =
        RuntimeAssembly.create(
            clock,
            sessions,
            new MagnoliaCurrentUser(),
            campaign,
            configured != null,
            web,
            MailSenders.choose(
                smtp, Path.of(System.getProperty("java.io.tmpdir"), "wijkaanzet-mail")),
            forwarding,
            new MailTemplates(lightModulesFolder()));
    runtime.mail().start();
    LOG.info("wijkaanzet campaign {} active", campaign.id());
    return runtime;
  }

  /**
   * Magnolia's light module folder ({@code magnolia.resources.dir}), where the mail texts are
   * edited; empty when the property is not set (the jar's copies are used then). Overrides saved
   * with the Resource Files app live in JCR and are not seen: edit the files themselves.
   */
  static Optional<TemplateLoader> lightModulesFolder() {
    String folder = System.getProperty("magnolia.resources.dir");
    if (folder == null || !Files.isDirectory(Path.of(folder))) {
      return Optional.empty();
    }
    try {
      return Optional.of(new FileTemplateLoader(Path.of(folder).toFile()));
    } catch (IOException e) {
      LOG.warn("light module folder {} unreadable, mail texts come from the jar", folder);
      return Optional.empty();
    }
  }

  /** Comma-separated origins that may post to our API, e.g. the municipality's main site. */
  private static Set<String> trustedOrigins() {
    String list = System.getProperty(TRUSTED_ORIGINS_PROPERTY, "");
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(origin -> !origin.isEmpty())
        .collect(Collectors.toSet());
  }

  /** Environment variables, overridden by system properties of the same name. */
  static Map<String, String> mailEnvironment() {
    return environment(MailSettings.VARIABLES);
  }

  private static Map<String, String> environment(List<String> names) {
    Map<String, String> env = new HashMap<>();
    for (String name : names) {
      String value = System.getProperty(name, System.getenv(name));
      if (value != null) {
        env.put(name, value);
      }
    }
    return env;
  }
}
