package nl.alkmaar.wijkaanzet.standalone.preview;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The light module's message bundles ({@code /<module>/i18n/<module>-messages_<lang>.properties},
 * UTF-8 as Magnolia reads them). Dutch is the fallback language, as on the campaign site.
 */
public final class I18nBundle {

  public static final String FALLBACK_LANGUAGE = "nl";
  public static final List<String> LANGUAGES = List.of("nl", "en");

  private final LightModuleFiles files;
  private final String module;
  private final Map<String, Properties> byLanguage = new ConcurrentHashMap<>();

  public I18nBundle(LightModuleFiles files, String module) {
    this.files = files;
    this.module = module;
  }

  public static String bundlePath(String module, String language) {
    return "/" + module + "/i18n/" + module + "-messages_" + language + ".properties";
  }

  public Optional<String> find(String language, String key) {
    String value = messages(language).getProperty(key);
    if (value == null && !FALLBACK_LANGUAGE.equals(language)) {
      value = messages(FALLBACK_LANGUAGE).getProperty(key);
    }
    return Optional.ofNullable(value);
  }

  /** The message, formatted with {@code args}; Magnolia shows the key itself when it is missing. */
  public String message(String language, String key, Object... args) {
    String pattern = find(language, key).orElse(key);
    return args.length == 0
        ? pattern
        : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
  }

  public Properties messages(String language) {
    return byLanguage.computeIfAbsent(language, this::load);
  }

  private Properties load(String language) {
    Properties properties = new Properties();
    files
        .read(bundlePath(module, language))
        .ifPresent(
            bytes -> {
              try {
                properties.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return properties;
  }
}
