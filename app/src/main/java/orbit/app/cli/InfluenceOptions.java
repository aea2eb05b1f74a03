package orbit.app.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import orbit.analytics.ClientInfluence;
import orbit.analytics.Influence;
import orbit.analytics.Regions;
import orbit.store.FactEvent;
import orbit.store.Indicator;
import orbit.store.Store;
import picocli.CommandLine.Option;

/** The options shared by influence and report, and the computation they share. */
final class InfluenceOptions {
  @Option(names = "--region", defaultValue = "post-soviet",
      description = "post-soviet, central-asia, caucasus or a list such as ARM,AZE (default: ${DEFAULT-VALUE}).")
  String region;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Events on or after this day.")
  LocalDate since;

  @Option(names = "--to", paramLabel = "YEAR",
      description = "The later year compared with the baseline (default: the last year with articles).")
  Integer to;

  @Option(names = "--from", paramLabel = "YEAR",
      description = "First year of the baseline, which runs to the year before --to (default: the year before --to).")
  Integer from;

  /** What a run read and computed: the facts and article volume (for charts), and one row per client. */
  record Result(List<FactEvent> facts, Map<LocalDate, Long> articles, int fromYear, int toYear,
                List<ClientInfluence> rows, boolean noIndicators) {}

  Result compute(Store store, String patron) {
    return compute(store, patron, region);
  }

  /** As {@link #compute(Store, String)} for another region than {@code --region} (one a question names). */
  Result compute(Store store, String patron, String region) {
    List<String> clients = Regions.standard().countries(region);
    List<FactEvent> facts = store.analytics().facts(since);
    List<Indicator> indicators = store.analytics().indicators();
    Map<LocalDate, Long> articles = store.analytics().articlesPerDay(since);
    int toYear = to != null ? to
        : articles.keySet().stream().mapToInt(LocalDate::getYear).max().orElse(LocalDate.now().getYear());
    int fromYear = from == null ? toYear - 1 : from;
    List<ClientInfluence> rows = new Influence(facts, indicators).clients(patron, clients, fromYear, toYear);
    return new Result(facts, articles, fromYear, toYear, rows, indicators.isEmpty());
  }
}
