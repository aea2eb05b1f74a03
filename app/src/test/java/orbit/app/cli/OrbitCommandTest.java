package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The top command: its help groups the commands; a word that is no command is a usage error, with or without --help. */
class OrbitCommandTest {
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = OrbitCommand.commandLine();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    int exit = cmd.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** The headings of the help's command list (unindented lines ending in ':'), each with the commands under it. */
  static Map<String, List<String>> groups(String help) {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : help.lines().toList()) {
      if (line.matches("[A-Z][^:]*:")) {
        current = new ArrayList<>();
        groups.put(line.substring(0, line.length() - 1), current);
      } else if (current != null && line.matches("  [a-z][a-z-]+ .*")) {
        current.add(line.strip().split(" ")[0]);
      }
    }
    return groups;
  }

  @Test
  void helpListsEveryCommandOnceUnderItsHeading() {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    Map<String, List<String>> groups = groups(help.out());
    assertThat(groups).containsOnlyKeys("Work with news", "Query and analyse", "Serve", "Evaluate and benchmark",
        "Knowledge base", "Help");
    assertThat(groups.get("Work with news")).containsExactlyInAnyOrder("demo", "code", "quotes", "ingest", "watch");
    assertThat(groups.get("Query and analyse")).containsExactlyInAnyOrder("events", "export", "dyad", "alerts",
        "influence", "report", "voices", "indicators");
    assertThat(groups.get("Serve")).containsExactly("serve");
    assertThat(groups.get("Evaluate and benchmark")).containsExactlyInAnyOrder("eval", "validate-petrarch", "bench",
        "bench-store", "bench-actors");
    assertThat(groups.get("Knowledge base")).containsExactlyInAnyOrder("actors", "countries", "codebook");
    List<String> listed = groups.values().stream().flatMap(List::stream).toList();
    assertThat(listed).as("each command once").doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(OrbitCommand.commandLine().getSubcommands().keySet());
  }

  @Test
  void anUnknownCommandFollowedByHelpIsAUsageError() {
    Run r = run("wach", "--help");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).as("no help printed").isEmpty();
    assertThat(r.err()).startsWith("orbit: unknown command 'wach'").contains("Did you mean:", "./orbit --help");
  }

  @Test
  void anUnknownCommandAloneIsTheSameUsageError() {
    Run r = run("bech");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("orbit: unknown command 'bech'").contains("Did you mean: bench");
  }

  @Test
  void aCommandGivenAnArgumentItTakesNotFollowedByHelpIsAUsageError() {
    Run r = run("events", "nosuch", "--help");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'nosuch'").doesNotContain("unknown command");
  }

  @Test
  void helpOfAKnownCommandStillWorks() {
    Run r = run("codebook", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: orbit codebook");
  }
}
