package nl.alkmaar.wijkaanzet.web.screen;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a feature's staff screens (moderation, voting) from its own folder in the module jar,
 * HTML-escaped by default; the frame ({@code layout.ftl}) and the message page ({@code
 * melding.ftl}) come from {@value #SHARED}. They are the module's own admin pages (served below
 * {@code /.wijkaanzet/} in Magnolia), not editor content, so they do not live in the light module.
 * The frame expects {@code area} (e.g. "Moderatie") in the model, next to the page's own fields.
 */
public final class ScreenTemplates {

  public static final String SHARED = "/nl/alkmaar/wijkaanzet/web/screen";

  private final Configuration freemarker;

  /**
   * @param folder the feature's templates on the class path, e.g. {@code
   *     /nl/alkmaar/wijkaanzet/idea/moderation}
   */
  public ScreenTemplates(String folder) {
    // 2.3.31: inside Magnolia its own (older) FreeMarker is on the classpath.
    freemarker = new Configuration(Configuration.VERSION_2_3_31);
    freemarker.setTemplateLoader(
        new MultiTemplateLoader(
            new TemplateLoader[] {
              new ClassTemplateLoader(ScreenTemplates.class, folder),
              new ClassTemplateLoader(ScreenTemplates.class, SHARED)
            }));
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setOutputFormat(HTMLOutputFormat.INSTANCE);
    freemarker.setRecognizeStandardFileExtensions(false);
    freemarker.setLocalizedLookup(false);
    freemarker.setTagSyntax(Configuration.SQUARE_BRACKET_TAG_SYNTAX);
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
    freemarker.setWrapUncheckedExceptions(true);
    freemarker.setLocale(Locale.forLanguageTag("nl-NL"));
  }

  public void render(String name, Map<String, ?> model, Writer out) throws IOException {
    try {
      freemarker.getTemplate(name + ".ftl").process(model, out);
    } catch (TemplateException e) {
      throw new IllegalStateException("staff screen " + name + " failed", e);
    }
  }
}
