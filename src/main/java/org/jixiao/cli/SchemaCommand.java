package org.jixiao.cli;

import java.util.concurrent.Callable;
import org.jixiao.validate.SchemaCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jixiao schema}: prints the JSON Schema of declarations, for editors. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    resourceBundle = "org.jixiao.cli.SchemaHelp")
public final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(SchemaCheck.text());
    spec.commandLine().getOut().flush();
    return Main.OK;
  }
}
