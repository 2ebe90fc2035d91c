package nl.alkmaar.wijkaanzet.idea.moderation;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the moderation screens from {@value #FOLDER} in the module jar, HTML-escaped by default.
 * They are the module's own admin pages (served at {@code /.wijkaanzet/moderatie} in Magnolia), not
 * editor content, so they do not live in the light module.
 */
public final class ScreenTemplates {

  public static final String FOLDER = "/nl/alkmaar/wijkaanzet/idea/moderation";

  private final Configuration freemarker;

  public ScreenTemplates() {
    // 2.3.31: inside Magnolia its own (older) FreeMarker is on the classpath.
    freemarker = new Configuration(Configuration.VERSION_2_3_31);
    freemarker.setTemplateLoader(new ClassTemplateLoader(ScreenTemplates.class, FOLDER));
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
      throw new IllegalStateException("moderation screen " + name + " failed", e);
    }
  }
}
