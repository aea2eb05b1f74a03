package orbit.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.core.Json;
import orbit.core.event.Actor;
import orbit.core.event.Event;
import orbit.store.EventQuery;
import orbit.store.StoredEvent;
import orbit.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "events", mixinStandardHelpOptions = true,
    header = "List stored events, filtered by dyad, actor, date and CAMEO root.",
    footer = {"%nExamples:", "  ./orbit events --dyad RUS:AZE --since 2025-06-01",
        "  ./orbit events --actor AZE --root 11 --format tsv", "  ./orbit events --format jsonl --limit 1000 > events.jsonl"})
final class EventsCommand implements Callable<Integer> {
  enum Format { table, jsonl, tsv }

  @Mixin StoreOptions store;

  @Option(names = "--dyad", paramLabel = "SRC:TGT", description = "Directed pair of countries, e.g. RUS:AZE.")
  String dyad;

  @Option(names = "--actor", paramLabel = "CODE",
      description = "A country (AZE) or actor code (AZEGOV) on either side.")
  String actor;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Events on or before this day.")
  LocalDate until;

  @Option(names = "--root", paramLabel = "NN", description = "CAMEO root code, 01 … 20.")
  String root;

  @Mixin DomesticOption domestic;

  @Option(names = "--format", defaultValue = "table",
      description = "table, jsonl or tsv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
      description = "At most N events (default: ${DEFAULT-VALUE}).")
  int limit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String[] pair = dyad == null ? new String[2] : dyad.split(":", -1);
    if (pair.length != 2 || dyad != null && (pair[0].isBlank() || pair[1].isBlank())) {
      throw new ParameterException(spec.commandLine(), "--dyad is SOURCE:TARGET, such as RUS:AZE, not " + dyad);
    }
    if (root != null && !root.matches("\\d{2}")) {
      throw new ParameterException(spec.commandLine(), "--root is a two-digit CAMEO root code (01 … 20), not " + root);
    }
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
    }
    List<StoredEvent> events;
    try (Store s = store.openExisting()) {
      events = s.events().find(new EventQuery(upper(pair[0]), upper(pair[1]), upper(actor), since, until, root, null,
          limit, 0, domestic.include));
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case table -> table(events, out);
      case jsonl -> events.forEach(e -> out.println(json(e)));
      case tsv -> tsv(events, out);
    }
    out.flush();
    return 0;
  }

  private static void table(List<StoredEvent> events, PrintWriter out) {
    out.printf("%-10s  %-15s  %-5s  %-11s  %6s  %7s  %s%n", "DATE", "SOURCE→TARGET", "CAMEO", "PLOVER", "GOLD", "CLUSTER",
        "EVIDENCE");
    for (StoredEvent s : events) {
      Event e = s.event();
      String evidence = e.evidence() == null ? "" : e.evidence();
      out.printf("%-10s  %-15s  %-5s  %-11s  %6.1f  %7d  %s%n", e.date(), code(e.source()) + "→" + code(e.target()),
          e.cameo(), e.plover() == null ? "" : e.plover(), e.goldstein(), s.cluster(),
          evidence.length() > 70 ? evidence.substring(0, 69) + "…" : evidence);
    }
    out.printf("%d event%s%n", events.size(), events.size() == 1 ? "" : "s");
  }

  private static void tsv(List<StoredEvent> events, PrintWriter out) {
    out.println("id\tcluster\tarticle\tdate\tprecision\tsource\tsource_country\ttarget\ttarget_country\tcameo\troot"
        + "\tplover\tgoldstein\tquad\tfactuality\tevidence");
    for (StoredEvent s : events) {
      Event e = s.event();
      out.println(String.join("\t", s.id(), Long.toString(s.cluster()), e.article(), e.date(),
          e.datePrecision() == null ? "" : e.datePrecision().label(), code(e.source()),
          e.source() == null ? "" : e.source().country(), code(e.target()), e.target() == null ? "" : e.target().country(),
          e.cameo(), e.root(), e.plover() == null ? "" : e.plover(), Double.toString(e.goldstein()),
          Integer.toString(e.quad()), e.factuality() == null ? "" : e.factuality().label(),
          e.evidence() == null ? "" : e.evidence().replace('\t', ' ').replace('\n', ' ')));
    }
  }

  private static String code(Actor a) {
    return a == null || a.code() == null ? "-" : a.code();
  }

  private static String upper(String code) {
    return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
  }

  private static String json(StoredEvent e) {
    try {
      return Json.mapper().writeValueAsString(e);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("an event always serialises", ex);
    }
  }
}
