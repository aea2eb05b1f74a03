package orbit.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import orbit.core.event.Quote;
import orbit.store.ArticleQueries;
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

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only speakers whose name, role or affiliation contains this.")
  String speaker;

  @Option(names = "--limit", defaultValue = "200", description = "At most this many quotes (default ${DEFAULT-VALUE}).")
  int limit;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Quote> quotes;
    Map<String, LocalDate> published = new HashMap<>();
    try (Store s = store.openExisting()) {
      ArticleQueries articles = s.articles();
      quotes = articles.quotes(speaker, about == null ? null : about.toUpperCase(Locale.ROOT), limit, 0);
      for (Quote q : quotes) {
        published.computeIfAbsent(q.article(), id -> articles.byId(id).map(ArticleQueries.StoredArticle::published)
            .orElse(null));
      }
    }
    String current = null;
    for (Quote q : quotes) {
      String name = q.speaker() == null || q.speaker().name() == null ? "(speaker not identified)" : q.speaker().name();
      if (!Objects.equals(name, current)) {
        current = name;
        out.println();
        out.println(name + profile(q));
      }
      out.printf("  %s  %s  %s%n", published.get(q.article()), q.article(),
          (q.direct() ? "" : "(indirect) ") + oneLine(q.text()));
    }
    out.printf("%n%d quotes%n", quotes.size());
    out.flush();
    return 0;
  }

  private static String profile(Quote q) {
    StringBuilder b = new StringBuilder();
    if (q.speaker() != null) {
      for (String part : new String[] {q.speaker().role(), q.speaker().affiliation(), q.speaker().country()}) {
        if (part != null && !part.isBlank()) {
          b.append(b.length() == 0 ? " — " : ", ").append(part);
        }
      }
    }
    return b.toString();
  }

  private static String oneLine(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 160 ? flat.substring(0, 159) + "…" : flat;
  }
}
