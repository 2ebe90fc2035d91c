package nl.alkmaar.wijkaanzet.notify;

import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;

/** Looks templates up below {@code prefix} of another loader, e.g. a light module's mail folder. */
final class PrefixedTemplateLoader implements TemplateLoader {

  private final TemplateLoader delegate;
  private final String prefix;

  PrefixedTemplateLoader(TemplateLoader delegate, String prefix) {
    this.delegate = delegate;
    this.prefix = prefix.endsWith("/") ? prefix : prefix + "/";
  }

  @Override
  public Object findTemplateSource(String name) throws IOException {
    return delegate.findTemplateSource(prefix + name);
  }

  @Override
  public long getLastModified(Object templateSource) {
    return delegate.getLastModified(templateSource);
  }

  @Override
  public Reader getReader(Object templateSource, String encoding) throws IOException {
    return delegate.getReader(templateSource, encoding);
  }

  @Override
  public void closeTemplateSource(Object templateSource) throws IOException {
    delegate.closeTemplateSource(templateSource);
  }
}
