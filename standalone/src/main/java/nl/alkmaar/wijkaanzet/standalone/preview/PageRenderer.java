package nl.alkmaar.wijkaanzet.standalone.preview;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Writer;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.alkmaar.wijkaanzet.render.WijkFunctions;

/**
 * Renders the light module's page and component templates with the part of Magnolia's rendering
 * contract they use: {@code content}, {@code def}, {@code ctx}, {@code i18n}, {@code cmsfn}, {@code
 * cms.page/area/component} and {@code wijkfn}. Each component is rendered with its own model, as
 * Magnolia renders each component node separately.
 */
public final class PageRenderer {

  public static final String ERROR_TEMPLATE = "wijkaanzet:pages/error";

  private final Configuration freemarker;
  private final TemplateDefinitions definitions;
  private final I18nBundle i18n;
  private final WijkFunctions wijkfn;

  public PageRenderer(
      LightModuleFiles files,
      TemplateDefinitions definitions,
      I18nBundle i18n,
      WijkFunctions wijkfn) {
    this.definitions = definitions;
    this.i18n = i18n;
    this.wijkfn = wijkfn;
    this.freemarker = configuration(files);
  }

  private static Configuration configuration(LightModuleFiles files) {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    configuration.setTemplateLoader(files.templateLoader());
    configuration.setDefaultEncoding("UTF-8");
    configuration.setTagSyntax(Configuration.AUTO_DETECT_TAG_SYNTAX);
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    return configuration;
  }

  public void render(
      SitePage page,
      String language,
      String contextPath,
      Map<String, String> parameters,
      Writer out)
      throws IOException, TemplateException {
    render(page, language, contextPath, parameters, null, out);
  }

  /**
   * @param userName who is logged in (the container's principal), or null for a visitor
   */
  public void render(
      SitePage page,
      String language,
      String contextPath,
      Map<String, String> parameters,
      String userName,
      Writer out)
      throws IOException, TemplateException {
    render(
        new RenderState(page, language, contextPath, Map.copyOf(parameters), userName, null), out);
  }

  /**
   * Renders {@code page} for {@code request}: its context path, parameters (first value of each)
   * and logged-in user, and the request itself as {@code ctx.request}.
   */
  public void render(SitePage page, String language, HttpServletRequest request, Writer out)
      throws IOException, TemplateException {
    Map<String, String> parameters = new HashMap<>();
    request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
    Principal user = request.getUserPrincipal();
    render(
        new RenderState(
            page,
            language,
            request.getContextPath(),
            Map.copyOf(parameters),
            user == null ? null : user.getName(),
            request),
        out);
  }

  private void render(RenderState state, Writer out) throws IOException, TemplateException {
    SitePage page = state.page();
    TemplateDefinition definition = definitions.get(page.template());
    process(
        state,
        definition,
        content(page.properties(), state.language(), page.path(), page.template()),
        out);
  }

  /** The friendly error page, itself a page template of the light module. */
  public void renderError(int status, String language, String contextPath, Writer out)
      throws IOException, TemplateException {
    SitePage page =
        new SitePage("/error", ERROR_TEMPLATE, Map.of("status", String.valueOf(status)), Map.of());
    render(page, language, contextPath, Map.of(), out);
  }

  void renderComponent(RenderState state, SitePage.Component component, String name, Writer out)
      throws IOException {
    TemplateDefinition definition = definitions.get(component.template());
    String path = state.page().path() + "/" + name;
    try {
      process(
          state,
          definition,
          content(component.properties(), state.language(), path, component.template()),
          out);
    } catch (TemplateException e) {
      throw new IOException("component " + component.template() + " failed: " + e.getMessage(), e);
    }
  }

  private void process(
      RenderState state, TemplateDefinition definition, Map<String, Object> content, Writer out)
      throws IOException, TemplateException {
    Template template =
        freemarker.getTemplate(
            definition.templateScript(), Locale.forLanguageTag(state.language()));
    Map<String, Object> model = new HashMap<>();
    model.put("content", content);
    model.put("def", definition.yaml());
    model.put(
        "ctx",
        new RequestContext(
            state.contextPath(),
            Locale.forLanguageTag(state.language()),
            state.parameters(),
            state.userName(),
            state.request()));
    model.put("i18n", new I18nModel(i18n, state.language()));
    model.put(
        "cmsfn",
        new CmsFunctions(
            state.language(),
            content(
                state.page().properties(),
                state.language(),
                state.page().path(),
                state.page().template())));
    model.put("cms", new CmsDirectives(this));
    model.put("wijkfn", wijkfn);
    var environment = template.createProcessingEnvironment(model, out);
    environment.setCustomAttribute(CmsDirectives.PAGE_ATTRIBUTE, state);
    environment.process();
  }

  /**
   * A node's properties as Magnolia exposes them, with i18n-enabled fields resolved: for English
   * {@code title_en} is used when an editor filled it in, else the Dutch {@code title}.
   */
  static Map<String, Object> content(
      Map<String, Object> properties, String language, String path, String template) {
    Map<String, Object> content = new LinkedHashMap<>();
    properties.forEach(
        (key, value) -> {
          if (!key.matches(".*_[a-z]{2}")) {
            content.put(key, properties.getOrDefault(key + "_" + language, value));
          }
        });
    content.put("@path", path);
    content.put("@name", path.substring(path.lastIndexOf('/') + 1));
    content.put("mgnl:template", template);
    return content;
  }
}
