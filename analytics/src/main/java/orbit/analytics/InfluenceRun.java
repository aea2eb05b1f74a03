package orbit.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import orbit.store.FactEvent;
import orbit.store.Indicator;
import orbit.store.Store;

/**
 * One influence computation over a store, as the influence and report commands and the web API run it: the
 * facts and article volume read (for charts), the years compared, one row per client of the region and each
 * client's trend: its index (with its interval) in each year with articles against the year before (client → year →
 * index, years without an index left out).
 */
public record InfluenceRun(List<FactEvent> facts, Map<LocalDate, Long> articles, int fromYear, int toYear,
                           List<ClientInfluence> rows, Map<String, Map<Integer, Estimate>> trend,
                           boolean noIndicators) {
  /**
   * The patron's influence over a region's clients ({@link Regions#countries}) from events on or after
   * {@code since} (null: all); {@code to} defaults to the last year with articles, {@code from} to the year before it;
   * {@code domestic} brings in the events within one country; a client-span with fewer than {@code minEvents}
   * client–patron events has no index.
   */
  public static InfluenceRun of(Store store, String patron, String region, LocalDate since, Integer from, Integer to,
                                boolean domestic, int minEvents) {
    List<String> clients = Regions.standard().countries(region);
    List<FactEvent> facts = store.analytics().facts(since, domestic);
    List<Indicator> indicators = store.analytics().indicators();
    Map<LocalDate, Long> articles = store.analytics().articlesPerDay(since);
    int toYear = to != null ? to
        : articles.keySet().stream().mapToInt(LocalDate::getYear).max().orElse(LocalDate.now().getYear());
    int fromYear = from == null ? toYear - 1 : from;
    Influence influence = new Influence(facts, indicators, minEvents);
    List<ClientInfluence> rows = influence.clients(patron, clients, fromYear, toYear);
    Map<String, Map<Integer, Estimate>> trend = new TreeMap<>();
    int first = articles.keySet().stream().mapToInt(LocalDate::getYear).min().orElse(toYear);
    for (int year = first + 1; year <= toYear; year++) {
      for (ClientInfluence c : influence.clients(patron, clients, year - 1, year)) {
        Map<Integer, Estimate> years = trend.computeIfAbsent(c.client(), k -> new TreeMap<>());
        if (c.indexTo() != null) {
          years.put(year, c.indexTo());
        }
      }
    }
    return new InfluenceRun(facts, articles, fromYear, toYear, rows, trend, indicators.isEmpty());
  }
}
