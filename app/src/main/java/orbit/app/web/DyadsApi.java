package orbit.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import orbit.analytics.DyadPeriod;
import orbit.analytics.DyadSeries;
import orbit.analytics.Granularity;
import orbit.store.EventQueries.DyadMonth;
import orbit.store.Store;
import orbit.store.Store.Table;

/**
 * A pair of countries over time: monthly events and Goldstein sums in each direction, as stored (every event) and
 * as the analytics count them (fact events, one per real-world event, with 95 % intervals; docs/analytics.md).
 */
final class DyadsApi {
  private static final int CACHED = 256;
  private final Readers readers;
  // Series by dyad and store state: events and articles are only ever added, so their counts say whether a
  // series computed before (a thousand bootstrap replicates a month) still holds.
  private final Map<Key, Series> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Key, Series> eldest) {
      return size() > CACHED;
    }
  });

  private record Key(String a, String b, long events, long articles) {}

  DyadsApi(Readers readers) {
    this.readers = readers;
  }

  /**
   * The months of a → b and of b → a with events: distinct real-world events, mentions and the sum of Goldstein
   * weights; and {@code facts}, the dyad series of the analytics by month, a → b then b → a, empty months included.
   */
  record Series(String a, String b, List<DyadMonth> aToB, List<DyadMonth> bToA, List<DyadPeriod> facts) {}

  @OpenApi(path = "/api/dyads/{a}/{b}/series", methods = HttpMethod.GET, summary = "Monthly series of a dyad",
      description = "As stored, and as the analytics count it (facts: fact events, de-duplicated, with 95 % bootstrap"
          + " intervals eventsLow/eventsHigh, goldsteinSumLow/goldsteinSumHigh, ...; docs/analytics.md).",
      tags = "dyads", pathParams = {@OpenApiParam(name = "a", required = true, description = "Country code, e.g. RUS"),
          @OpenApiParam(name = "b", required = true, description = "Country code, e.g. AZE")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = Series.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = Problem.class))})
  void series(Context ctx) {
    String a = Params.countryPath(ctx, "a");
    String b = Params.countryPath(ctx, "b");
    ctx.json(readers.read(s -> series(s, a, b)));
  }

  private Series series(Store s, String a, String b) {
    Key key = new Key(a, b, s.count(Table.EVENTS), s.count(Table.ARTICLES));
    Series cached = cache.get(key);
    if (cached == null) {   // not computeIfAbsent: other dyads' requests need not wait for this one
      cached = new Series(a, b, s.events().monthly(a, b), s.events().monthly(b, a), DyadSeries.of(
          s.analytics().facts(null, false, a, b), s.analytics().articlesPerDay(null), a, b, Granularity.month));
      cache.put(key, cached);
    }
    return cached;
  }
}
