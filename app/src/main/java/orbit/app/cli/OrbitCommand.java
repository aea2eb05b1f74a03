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
    subcommands = {
        DemoCommand.class,
        IngestCommand.class,
        CodeCommand.class,
        ValidatePetrarchCommand.class,
        EventsCommand.class,
        ServeCommand.class,
        ExportCommand.class,
        VoicesCommand.class,
        DyadCommand.class,
        AlertsCommand.class,
        IndicatorsCommand.class,
        InfluenceCommand.class,
        ReportCommand.class,
        EvalCommand.class,
        CodebookCommand.class,
        QuotesCommand.class,
        ActorsCommand.class,
        CountriesCommand.class,
        BenchCommand.class,
        BenchActorsCommand.class,
        BenchStoreCommand.class,
        CommandLine.HelpCommand.class,
    },
    footer = {"%nRun './orbit COMMAND --help' for a command's options and examples."})
public final class OrbitCommand implements Runnable {
  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Show stack traces of errors.")
  boolean debug;

  @Spec CommandLine.Model.CommandSpec spec;

  /** The command line with Orbit's error handling: one line on stderr, exit 1; usage errors exit 2. */
  public static CommandLine commandLine() {
    OrbitCommand top = new OrbitCommand();
    CommandLine cmd = new CommandLine(top);
    cmd.setExecutionExceptionHandler(new ErrorHandler(() -> top.debug));
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
