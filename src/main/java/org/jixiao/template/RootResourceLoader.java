package org.jixiao.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/** Velocity loads templates only through a {@link TemplateRoot}: nothing outside it is reachable. */
final class RootResourceLoader extends ResourceLoader {
  private final TemplateRoot root;

  RootResourceLoader(TemplateRoot root) {
    this.root = root;
  }

  @Override
  public void init(ExtProperties configuration) {}

  @Override
  public Reader getResourceReader(String source, String encoding) {
    try {
      InputStream in = root.open(source);
      if (in == null) {
        throw new ResourceNotFoundException("template not found in " + root.describe() + ": " + source);
      }
      return new InputStreamReader(in, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ResourceNotFoundException("cannot read template " + source + ": " + e.getMessage(), e);
    }
  }

  @Override
  public boolean isSourceModified(Resource resource) {
    return false;
  }

  @Override
  public long getLastModified(Resource resource) {
    return 0;
  }
}
