package orbit.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import orbit.store.QuoteQueries.StoredQuote;
import orbit.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "voices", mixinStandardHelpOptions = true,
    header = "Who said what about whom: stored quotes grouped by speaker, with profiles and dates.",
    footer = {"%nExamples:", "  ./orbit voices --db out/demo.duckdb --about RUS",
        "  ./orbit voices --db out/demo.duckdb --speaker Zakharova"})
final class VoicesCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--about", paramLabel = "COUNTRY", description = "Only quotes that mention this country (ISO alpha-3).")
  String about;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only speakers whose name contains this.")
  String speaker;

  @Option(names = "--limit", defaultValue = "200", description = "At most this many quotes (default ${DEFAULT-VALUE}).")
  int limit;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<StoredQuote> quotes;
    try (Store s = store.openExisting()) {
      quotes = s.quotes().find(about == null ? null : about.toUpperCase(Locale.ROOT), speaker, limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    String current = null;
    for (StoredQuote q : quotes) {
      String name = q.speaker() == null ? "(speaker not identified)" : q.speaker();
      if (!Objects.equals(name, current)) {
        current = name;
        out.println();
        out.println(name + profile(q));
      }
      out.printf("  %s  %s  %s%n", q.published(), q.article(), (q.direct() ? "" : "(indirect) ") + oneLine(q.text()));
    }
    out.printf("%n%d quotes%n", quotes.size());
    out.flush();
    return 0;
  }

  private static String profile(StoredQuote q) {
    StringBuilder b = new StringBuilder();
    for (String part : new String[] {q.role(), q.affiliation(), q.country()}) {
      if (part != null && !part.isBlank()) {
        b.append(b.length() == 0 ? " — " : ", ").append(part);
      }
    }
    return b.toString();
  }

  private static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 160 ? flat.substring(0, 159) + "…" : flat;
  }
}
