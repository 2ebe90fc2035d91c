package nl.alkmaar.wijkaanzet.notify;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a mail from {@code <kind>_<lang>.ftl}: the template's output is the plain-text body, and
 * it sets the subject with {@code [#assign subject = "…"]} (and a mail someone can stop its
 * one-click address with {@code [#assign unsubscribe = "…"]}), so one file holds the whole text of
 * a mail. The texts live in the light module ({@value #LIGHT_MODULE_FOLDER}), where editors change
 * them; a copy in the module jar ({@value #FOLDER}) is the default when the host has no light
 * module files to offer. Dutch is the default language; a language without its own template gets
 * the Dutch one.
 */
public final class MailTemplates {

  public static final String FOLDER = "/nl/alkmaar/wijkaanzet/notify/mail";
  public static final String LIGHT_MODULE_FOLDER = "wijkaanzet/mail";
  public static final String DEFAULT_LANGUAGE = "nl";

  private final Configuration freemarker;
  private final Optional<TemplateLoader> lightModules;

  /** The texts in the module jar only. */
  public MailTemplates() {
    this(Optional.empty());
  }

  /**
   * Texts from {@code lightModules} (a loader whose root holds the light module folders, e.g.
   * {@code wijkaanzet/mail/bevestiging_nl.ftl}) first, the jar's copy otherwise.
   */
  public MailTemplates(Optional<TemplateLoader> lightModules) {
    this.lightModules = lightModules;
    // 2.3.31, not our build's newer version: inside Magnolia its own FreeMarker is on the
    // classpath.
    freemarker = new Configuration(Configuration.VERSION_2_3_31);
    TemplateLoader jar = new ClassTemplateLoader(MailTemplates.class, FOLDER);
    freemarker.setTemplateLoader(
        lightModules
            .<TemplateLoader>map(
                files ->
                    new MultiTemplateLoader(
                        new TemplateLoader[] {
                          new PrefixedTemplateLoader(files, LIGHT_MODULE_FOLDER), jar
                        }))
            .orElse(jar));
    // An edited text is used within a few seconds, without a restart.
    freemarker.setTemplateUpdateDelayMilliseconds(5_000);
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setOutputFormat(PlainTextOutputFormat.INSTANCE);
    freemarker.setLocalizedLookup(false);
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setWrapUncheckedExceptions(true);
    freemarker.setLocale(Locale.forLanguageTag("nl-NL"));
  }

  /**
   * The host's light module files these texts come from, if it has them: the look-alike word list
   * ({@code ConceptList}) is read from the same folder.
   */
  public Optional<TemplateLoader> lightModuleFiles() {
    return lightModules;
  }

  /**
   * The mail of {@code kind} in {@code language} ({@code nl} or {@code en}). A missing model value
   * is an error rather than an empty spot in a mail to a resident.
   */
  public RenderedMail render(String kind, String language, Map<String, ?> model) {
    Template template = template(kind, language);
    StringWriter body = new StringWriter();
    try {
      Environment env = template.createProcessingEnvironment(model, body);
      env.process();
      return new RenderedMail(
          subject(env, template.getName()), tidy(body.toString()), null, unsubscribe(env));
    } catch (TemplateException | IOException e) {
      throw new IllegalStateException("mail template " + template.getName() + " failed", e);
    }
  }

  private Template template(String kind, String language) {
    String lang = language == null ? DEFAULT_LANGUAGE : language.toLowerCase(Locale.ROOT);
    try {
      Template own = freemarker.getTemplate(kind + "_" + lang + ".ftl", null, null, true, true);
      if (own != null) {
        return own;
      }
      return freemarker.getTemplate(kind + "_" + DEFAULT_LANGUAGE + ".ftl");
    } catch (IOException e) {
      // A fault of the installation (a text missing from the light module and the jar), not of
      // the request: it must surface as an error, never as a refusal.
      throw new IllegalStateException("no mail template for " + kind + " in " + lang, e);
    }
  }

  private static String subject(Environment env, String name) throws TemplateModelException {
    TemplateModel value = env.getMainNamespace().get("subject");
    if (!(value instanceof TemplateScalarModel scalar) || scalar.getAsString().isBlank()) {
      throw new IllegalStateException("mail template " + name + " sets no subject");
    }
    return scalar.getAsString().replaceAll("\\s+", " ").strip();
  }

  /**
   * The one-click stop address a template may set with {@code [#assign unsubscribe = "…"]} (the
   * mails to followers), or null.
   */
  private static String unsubscribe(Environment env) throws TemplateModelException {
    TemplateModel value = env.getMainNamespace().get("unsubscribe");
    return value instanceof TemplateScalarModel scalar && !scalar.getAsString().isBlank()
        ? scalar.getAsString().strip()
        : null;
  }

  /** Mail wants CRLF on the wire, which Jakarta Mail adds; here: no blank lines at the ends. */
  private static String tidy(String body) {
    return body.strip() + "\n";
  }
}
