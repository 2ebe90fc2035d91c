package nl.alkmaar.wijkaanzet.standalone.preview;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.utility.DeepUnwrap;
import java.util.ArrayList;
import java.util.List;

/**
 * Magnolia's {@code i18n} template variable: {@code i18n['key']} for a message and {@code
 * i18n.get('key', [args])} for one with arguments.
 */
final class I18nModel implements TemplateHashModel {

  private final I18nBundle bundle;
  private final String language;

  I18nModel(I18nBundle bundle, String language) {
    this.bundle = bundle;
    this.language = language;
  }

  @Override
  public TemplateModel get(String key) {
    if ("get".equals(key)) {
      return (TemplateMethodModelEx) this::format;
    }
    return new SimpleScalar(bundle.message(language, key));
  }

  private Object format(List<?> arguments) throws TemplateModelException {
    if (arguments.isEmpty()) {
      throw new TemplateModelException("i18n.get needs a key");
    }
    String key = ((TemplateScalarModel) arguments.get(0)).getAsString();
    List<Object> values = new ArrayList<>();
    for (int i = 1; i < arguments.size(); i++) {
      TemplateModel argument = (TemplateModel) arguments.get(i);
      if (argument instanceof TemplateSequenceModel sequence) {
        for (int j = 0; j < sequence.size(); j++) {
          values.add(DeepUnwrap.unwrap(sequence.get(j)));
        }
      } else {
        values.add(DeepUnwrap.unwrap(argument));
      }
    }
    return new SimpleScalar(bundle.message(language, key, values.toArray()));
  }

  @Override
  public boolean isEmpty() {
    return false;
  }
}
