package orbit.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import orbit.analytics.DyadPeriod;
import orbit.analytics.DyadSeries;
import orbit.analytics.Granularity;
import orbit.analytics.Sparkline;
import orbit.core.Json;
import orbit.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "dyad", mixinStandardHelpOptions = true,
    header = "A dyad's series in both directions: events, Goldstein, QuadClass counts, conflict share.",
    description = "Counts distinct real-world events (clusters) of fact events only; see docs/analytics.md.",
    footer = {"%nExamples:", "  ./orbit dyad RUS AZE", "  ./orbit dyad RUS AZE --by week --since 2025-01-01",
        "  ./orbit dyad RUS UKR --format csv > rus-ukr.csv", "  ./orbit dyad GEO GEO --domestic"})
final class DyadCommand implements Callable<Integer> {
  enum Format { table, json, csv }

  @Mixin StoreOptions store;

  @Mixin DomesticOption domestic;

  @Parameters(index = "0", paramLabel = "A", description = "A country code, e.g. RUS.") String a;
  @Parameters(index = "1", paramLabel = "B", description = "The other country code, e.g. AZE.") String b;

  @Option(names = "--by", defaultValue = "month", description = "day, week or month (default: ${DEFAULT-VALUE}).")
  Granularity by;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
  LocalDate since;

  @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String x = a.strip().toUpperCase(Locale.ROOT);
    String y = b.strip().toUpperCase(Locale.ROOT);
    List<DyadPeriod> rows;
    try (Store s = store.openExisting()) {
      rows = DyadSeries.of(s.analytics().facts(since, domestic.include, x, y), s.analytics().articlesPerDay(since), x, y, by);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case table -> table(rows, x, y, out);
      case json -> {
        for (DyadPeriod row : rows) {
          out.println(Json.mapper().writeValueAsString(row));
        }
      }
      case csv -> csv(rows, out);
    }
    out.flush();
    return 0;
  }

  private static void csv(List<DyadPeriod> rows, PrintWriter out) throws IOException {
    CsvMapper csv = CsvMapper.builder().addModule(new JavaTimeModule())
        .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    CsvSchema schema = csv.schemaFor(DyadPeriod.class).withHeader();
    try (SequenceWriter w = csv.writer(schema).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
      w.writeAll(rows);
    }
  }

  private static void table(List<DyadPeriod> rows, String x, String y, PrintWriter out) {
    if (rows.isEmpty()) {
      out.printf("no fact events between %s and %s%n", x, y);
      return;
    }
    for (String[] dir : new String[][] {{x, y}, {y, x}}) {
      List<DyadPeriod> mine = rows.stream().filter(r -> r.source().equals(dir[0])).toList();
      out.printf("%s → %s   events %s   conflict share %s%n", dir[0], dir[1],
          Sparkline.of(mine.stream().mapToDouble(DyadPeriod::events).toArray()),
          Sparkline.of(mine.stream().mapToDouble(DyadPeriod::conflictShare).toArray()));
      out.printf("%-10s  %10s  %12s  %10s  %4s %4s %4s %4s  %10s  %8s  %11s%n", "PERIOD", "EVENTS", "GOLD.SUM", "MEAN",
          "Q1", "Q2", "Q3", "Q4", "CONFLICT", "ARTICLES", "PER100ART");
      for (DyadPeriod r : mine) {
        if (r.events() > 0) {
          out.printf(Locale.ROOT, "%-10s  %10s  %12s  %10s  %4d %4d %4d %4d  %10s  %8d  %11s%n", r.period(),
              pm("%d", r.events(), r.eventsLow(), r.eventsHigh()),
              pm("%.1f", r.goldsteinSum(), r.goldsteinSumLow(), r.goldsteinSumHigh()),
              pm("%.2f", r.goldsteinMean(), r.goldsteinMeanLow(), r.goldsteinMeanHigh()), r.quad1(), r.quad2(), r.quad3(),
              r.quad4(), pm("%.2f", r.conflictShare(), r.conflictShareLow(), r.conflictShareHigh()), r.articles(),
              pm("%.1f", r.eventsPer100Articles(), r.eventsPer100ArticlesLow(), r.eventsPer100ArticlesHigh()));
        }
      }
      out.println();
    }
    out.println("Periods without events are left out of the table but kept in the sparklines, json and csv.");
    out.println("± is half the 95 % bootstrap interval over the period's real-world events (bounds in json and csv:"
        + " eventsLow, eventsHigh, ...).");
  }

  /** A figure and ± half its interval. */
  private static String pm(String format, Number value, double low, double high) {
    return String.format(Locale.ROOT, format, value) + String.format(Locale.ROOT, "±%.1f", (high - low) / 2);
  }
}
