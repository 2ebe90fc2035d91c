package nl.alkmaar.wijkaanzet.standalone.preview;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.util.Map;

/**
 * Magnolia's {@code cms} directives as far as a preview needs them: {@code [@cms.page /]} (the
 * editing bar, nothing to show here), {@code [@cms.area name="…" /]} and {@code [@cms.component
 * content=… /]}.
 */
final class CmsDirectives implements TemplateHashModel {

  static final String PAGE_ATTRIBUTE = "wijkaanzet.preview.page";

  private final PageRenderer renderer;

  CmsDirectives(PageRenderer renderer) {
    this.renderer = renderer;
  }

  @Override
  public TemplateModel get(String key) throws TemplateModelException {
    return switch (key) {
      case "page" -> (TemplateDirectiveModel) (env, params, loopVars, body) -> {};
      case "area" -> (TemplateDirectiveModel) this::area;
      case "component" -> (TemplateDirectiveModel) this::component;
      default -> throw new TemplateModelException("the preview does not support cms." + key);
    };
  }

  private void area(
      Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
      throws IOException {
    Object name = params.get("name");
    if (!(name instanceof TemplateScalarModel scalar)) {
      throw new IOException("cms.area needs a name");
    }
    try {
      RenderState state = (RenderState) env.getCustomAttribute(PAGE_ATTRIBUTE);
      int index = 0;
      for (SitePage.Component component : state.page().area(scalar.getAsString())) {
        renderer.renderComponent(
            state, component, scalar.getAsString() + "/" + index++, env.getOut());
      }
    } catch (TemplateModelException e) {
      throw new IOException(e);
    }
  }

  private void component(
      Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
      throws IOException {
    try {
      Object content = DeepUnwrap.unwrap((TemplateModel) params.get("content"));
      if (!(content instanceof Map<?, ?> map) || map.get("mgnl:template") == null) {
        throw new IOException("cms.component needs content with an mgnl:template");
      }
      RenderState state = (RenderState) env.getCustomAttribute(PAGE_ATTRIBUTE);
      @SuppressWarnings("unchecked")
      Map<String, Object> properties = (Map<String, Object>) map;
      SitePage.Component component =
          new SitePage.Component(map.get("mgnl:template").toString(), properties);
      renderer.renderComponent(state, component, String.valueOf(map.get("@name")), env.getOut());
    } catch (TemplateModelException e) {
      throw new IOException(e);
    }
  }

  @Override
  public boolean isEmpty() {
    return false;
  }
}
