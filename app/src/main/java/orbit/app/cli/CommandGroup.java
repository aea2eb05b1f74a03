package orbit.app.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;

/**
 * The headings of {@code ./orbit --help} and the commands under each, as kubectl groups its own: this list is also
 * what {@link OrbitCommand#commandLine()} registers, so a command cannot be added without a heading.
 */
enum CommandGroup {
  NEWS("Work with news", DemoCommand.class, CodeCommand.class, QuotesCommand.class, IngestCommand.class,
      WatchCommand.class),
  QUERY("Query and analyse", EventsCommand.class, ExportCommand.class, DyadCommand.class, AlertsCommand.class,
      InfluenceCommand.class, ReportCommand.class, VoicesCommand.class, IndicatorsCommand.class),
  SERVE("Serve", ServeCommand.class),
  EVALUATE("Evaluate and benchmark", EvalCommand.class, ValidatePetrarchCommand.class, BenchCommand.class,
      BenchStoreCommand.class, BenchActorsCommand.class),
  KNOWLEDGE("Knowledge base", ActorsCommand.class, CountriesCommand.class, CodebookCommand.class),
  HELP("Help", CommandLine.HelpCommand.class);

  private final String heading;
  private final List<Class<?>> commands;

  CommandGroup(String heading, Class<?>... commands) {
    this.heading = heading;
    this.commands = List.of(commands);
  }

  /** Adds every command of every group to the top command, in the order of the help. */
  static void register(CommandLine top) {
    for (CommandGroup group : values()) {
      group.commands.forEach(top::addSubcommand);
    }
  }

  /** The command list of the help: each heading, then its commands with their one-line headers, aligned. */
  static String render(Help help) {
    Map<String, Help> subcommands = help.subcommands();
    int nameWidth = subcommands.keySet().stream().mapToInt(String::length).max().orElse(0) + 4;
    int width = help.commandSpec().usageMessage().width();
    StringBuilder text = new StringBuilder();
    for (CommandGroup group : values()) {
      TextTable table = TextTable.forColumns(help.colorScheme().ansi(), new Column(nameWidth, 2, Overflow.SPAN),
          new Column(width - nameWidth, 0, Overflow.WRAP));
      for (String name : group.names()) {
        table.addRowValues(name, String.join(" ", subcommands.get(name).commandSpec().usageMessage().header()));
      }
      text.append(String.format("%n%s:%n", group.heading)).append(table);
    }
    return text.toString();
  }

  private List<String> names() {
    return commands.stream().map(c -> c.getAnnotation(Command.class).name()).toList();
  }
}
