package orbit.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top command: lists the subcommands; alone it prints usage. */
@Command(name = "orbit", mixinStandardHelpOptions = true, versionProvider = OrbitCommand.Version.class,
    header = "Orbit: evidence-backed event data from news about international relations.",
    description = "Codes who did what to whom, when and where (CAMEO), with the sentence as evidence.",
    footer = {"%nRun './orbit COMMAND --help' for a command's options and examples."})
public final class OrbitCommand implements Runnable {
  private static final String DEBUG_LEVEL_KEY = "org.slf4j.simpleLogger.defaultLogLevel";

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces of errors, and the libraries' log lines from INFO up (not only warnings).")
  boolean debug;

  @Spec CommandLine.Model.CommandSpec spec;

  /**
   * The command line with its commands under their headings ({@link CommandGroup}) and Orbit's error handling: one
   * line on stderr, exit 1; usage errors, unknown commands included, exit 2.
   */
  public static CommandLine commandLine() {
    OrbitCommand top = new OrbitCommand();
    CommandLine cmd = new CommandLine(top);
    CommandGroup.register(cmd);
    cmd.getHelpSectionMap().remove(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING);
    cmd.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, CommandGroup::render);
    cmd.setExecutionExceptionHandler(new ErrorHandler(() -> top.debug));
    cmd.setParameterExceptionHandler(new UsageErrors(cmd.getParameterExceptionHandler()));
    cmd.setExecutionStrategy(parsed -> {
      UsageErrors.rejectUnmatched(parsed);
      if (top.debug) {
        // slf4j-simple reads its level once, when the first logger is made, which no command has done yet
        System.setProperty(DEBUG_LEVEL_KEY, "info");
      }
      return new CommandLine.RunLast().execute(parsed);
    });
    return cmd;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties props = new Properties();
      try (InputStream in = OrbitCommand.class.getResourceAsStream("/orbit-version.properties")) {
        if (in != null) {
          props.load(in);
        }
      }
      return new String[] {"orbit " + props.getProperty("version", "unknown")};
    }
  }
}
