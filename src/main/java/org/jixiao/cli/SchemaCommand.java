package org.jixiao.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jixiao.diag.JixiaoException;
import org.jixiao.validate.SchemaCheck;
import org.jixiao.validate.VariantSchema;
import org.jixiao.variant.Variant;
import org.jixiao.variant.Variants;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jixiao schema}: prints the JSON Schema of declarations, for editors; with
 * {@code --layout} the schema of one variant, with its own keys and without the keys its forms
 * do not print.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    resourceBundle = "org.jixiao.cli.SchemaHelp")
public final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--layout", paramLabel = "NAME", descriptionKey = "layout")
  String layout;

  @Option(names = "--templates", paramLabel = "DIR", descriptionKey = "templates")
  Path templates;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    if (layout == null) {
      out.print(SchemaCheck.text());
      out.flush();
      return Main.OK;
    }
    try {
      Variants variants = new Variants(CliFiles.templateRoot(templates));
      Variant v = variants.get(layout);
      var json = VariantSchema.json(v, v.forms(), variants.names());
      out.print(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(json));
      out.println();
      out.flush();
      return Main.OK;
    } catch (JixiaoException e) {
      return Main.failed(spec.commandLine().getErr(), e.diagnostics());
    }
  }
}
