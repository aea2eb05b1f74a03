package orbit.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import orbit.analytics.ClientInfluence;
import orbit.analytics.Estimate;
import orbit.analytics.Influence;
import orbit.analytics.InfluenceRun;
import orbit.core.Json;
import orbit.store.FactEvent;
import orbit.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "influence", mixinStandardHelpOptions = true,
    header = "Influence index of a patron over a region's clients: relational (events) and structural (indicators) parts.",
    description = "Method, weights and limits in docs/influence.md. Load indicators first with 'orbit indicators load'.",
    footer = {"%nExamples:", "  ./orbit influence RUS --region post-soviet", "  ./orbit influence RUS --region ARM,AZE,GEO --to 2025",
        "  ./orbit influence RUS --region caucasus --from 2022   # baseline 2022-2024 against the last year"})
final class InfluenceCommand implements Callable<Integer> {
  enum Format { table, json }

  @Mixin StoreOptions store;
  @Parameters(paramLabel = "P", description = "The patron's country code, e.g. RUS.") String patron;

  @Mixin InfluenceOptions options;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String p = patron.strip().toUpperCase(Locale.ROOT);
    InfluenceRun result;
    try (Store s = store.openExisting()) {
      result = options.compute(s, p);
    }
    List<ClientInfluence> rows = result.rows();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      for (ClientInfluence row : rows) {
        out.println(Json.mapper().writeValueAsString(row));
      }
    } else {
      table(rows, result.fromYear(), result.toYear(), out);
      if (result.noIndicators()) {
        out.println("(no indicators loaded: the structural part is empty; run 'orbit indicators load FILE')");
      }
    }
    out.println(Influence.summary(p, rows).line());
    out.flush();
    return 0;
  }

  private static void table(List<ClientInfluence> rows, int fromYear, int toYear, PrintWriter out) {
    String base = fromYear == toYear - 1 ? Integer.toString(fromYear) : fromYear + "-" + (toYear - 1) % 100;
    String patron = rows.isEmpty() ? "patron" : rows.get(0).patron();
    out.printf("baseline %s against %d; EVENTS = %s–client events in each; ± = half the 95 %% interval; "
        + "a period with fewer than %d of them: insufficient evidence%n", base, toYear, patron,
        rows.isEmpty() ? Influence.MIN_EVENTS : rows.get(0).minEvents());
    out.printf("%-6s  %12s %12s  %7s %7s  %12s %12s  %12s  %-9s  %6s%n", "CLIENT", "REL" + base, "REL" + toYear,
        "STR" + base, "STR" + toYear, "IDX" + base, "IDX" + toYear, "CHANGE", "TREND", "EVENTS");
    for (ClientInfluence r : rows) {
      out.printf(Locale.ROOT, "%-6s  %12s %12s  %7s %7s  %12s %12s  %12s  %-9s  %2d→%-3d%n", r.client(),
          f(r.relationalFrom()), f(r.relationalTo()), f(r.structuralFrom()), f(r.structuralTo()), f(r.indexFrom()),
          f(r.indexTo()), f(r.change()), r.trend().equals(Influence.INSUFFICIENT) ? "-" : r.trend(), r.eventsFrom(),
          r.eventsTo());
      if (r.change() != null) {
        out.printf("        95 %% intervals: change %s; index %s → %s%n", r.change().interval(), r.indexFrom().interval(),
            r.indexTo().interval());
      }
      if (!r.components().isEmpty()) {
        StringBuilder parts = new StringBuilder();
        for (Map.Entry<String, Double> c : r.components().entrySet()) {
          parts.append(String.format(Locale.ROOT, " %s=%.2f", c.getKey(), c.getValue()));
        }
        out.println("        structural" + parts);
      }
      if (r.why() != null) {
        out.println("        why: " + r.why());
      }
      r.drivers().forEach(e -> event("        ", e, out));
      r.others().forEach(e -> event("        other partner: ", e, out));
    }
  }

  private static void event(String lead, FactEvent e, PrintWriter out) {
    out.printf(Locale.ROOT, "%s%s %s→%s %-4s %5.1f  %s%n", lead, e.day(), e.source(), e.target(), e.cameo(),
        e.goldstein(), e.evidence() == null ? "" : e.evidence());
  }

  private static String f(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }

  /** A figure with ± half its interval; null is a period with too few events. */
  private static String f(Estimate e) {
    return e == null ? "insufficient" : e.plusMinus("%.3f");
  }
}
