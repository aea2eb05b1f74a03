package orbit.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import orbit.analytics.Alert;
import orbit.analytics.ClientInfluence;
import orbit.analytics.Cusum;
import orbit.analytics.Detector;
import orbit.analytics.Escalation;
import orbit.analytics.Estimate;
import orbit.analytics.Influence;
import orbit.analytics.InfluenceRun;
import orbit.analytics.PoissonGamma;
import orbit.analytics.Regions;
import orbit.core.OrbitException;
import orbit.store.RaisedAlert;

/** The analytics module over the store: escalation alerts (CUSUM) and a patron's influence over a region. */
final class AnalyticsApi {
  private static final Pattern DETECTORS = Pattern.compile("poisson_gamma|cusum");
  private static final Pattern REGION = Pattern.compile("[a-z-]{1,40}|[A-Z]{3}(,[A-Z]{3}){0,40}");
  private final Readers readers;
  private final int maxPage;

  AnalyticsApi(Readers readers, int maxPage) {
    this.readers = readers;
    this.maxPage = maxPage;
  }

  /** Alerts, latest month first, with the detector and the settings they were computed with. */
  record Alerts(String detector, Detector settings, List<Alert> alerts) {}

  /**
   * A patron's influence over a region's clients: the years compared, the region's verdict, one row per client and
   * each client's index year by year (client → year → index).
   */
  record InfluenceTable(String patron, String region, int fromYear, int toYear, boolean noIndicators,
                        Influence.Summary summary, List<ClientInfluence> clients, Map<String, Map<Integer, Estimate>> trend) {}

  @OpenApi(path = "/api/alerts", methods = HttpMethod.GET, summary = "Escalation alerts, latest first",
      description = "A detector (Poisson-Gamma by default, or CUSUM) on each directed dyad's monthly conflict events"
          + " (docs/analytics.md), with the events behind each alert.",
      tags = "analytics", queryParams = {
          @OpenApiParam(name = "since", description = "Watch from this day on, YYYY-MM-DD"),
          @OpenApiParam(name = "actor", description = "Only alerts where this country is source or target, e.g. AZE"),
          @OpenApiParam(name = "domestic", type = Boolean.class, description = "true: include events within one country (default false)"),
          @OpenApiParam(name = "detector", description = "poisson_gamma (default) or cusum"),
          @OpenApiParam(name = "alpha", type = Double.class, description = "Poisson-Gamma: alert when the month's count is this improbable, above 0 to 0.5 (default 0.1)"),
          @OpenApiParam(name = "k", type = Double.class, description = "CUSUM allowance in baseline deviations, 0 to 10 (default 1.0)"),
          @OpenApiParam(name = "h", type = Double.class, description = "CUSUM threshold, above 0 to 50; lower alerts more (default 1.5)"),
          @OpenApiParam(name = "baseline", type = Integer.class, description = "Trailing months of the baseline, 1 to 120 (default 12)"),
          @OpenApiParam(name = "limit", type = Integer.class, description = "At most this many alerts, 1 to 200 (default 50)")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = Alerts.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = Problem.class))})
  void alerts(Context ctx) {
    LocalDate since = Params.date(ctx, "since");
    String country = Params.country(ctx, "actor");
    int limit = Params.limit(ctx, maxPage);
    boolean domestic = Params.domestic(ctx);
    String kind = Params.matching(ctx, "detector", DETECTORS, "poisson_gamma or cusum");
    int baseline = Params.integer(ctx, "baseline", Cusum.STANDARD.baseline(), 1, 120);
    // every setting is checked, whichever detector runs: a bad value is never ignored silently
    Cusum cusum = new Cusum(Params.decimal(ctx, "k", Cusum.STANDARD.k(), 0, 10),
        Params.decimal(ctx, "h", Cusum.STANDARD.h(), 0.01, 50), baseline);
    PoissonGamma poissonGamma = new PoissonGamma(Params.decimal(ctx, "alpha", PoissonGamma.STANDARD.alpha(), 0.0001, 0.5),
        PoissonGamma.STANDARD.priorEvents(), PoissonGamma.STANDARD.priorExposure(), baseline);
    Detector detector = "cusum".equals(kind) ? cusum : poissonGamma;
    List<Alert> alerts = new Escalation(detector, false).alerts(readers.read(s -> s.analytics().facts(since, domestic))).stream()
        .filter(a -> country == null || country.equals(a.source()) || country.equals(a.target()))
        .sorted(Comparator.comparing(Alert::period).reversed()).limit(limit).toList();
    ctx.json(new Alerts(kind == null ? "poisson_gamma" : kind, detector, alerts));
  }

  /** Alerts as they were raised (by ./orbit watch or serve --watch), and the id to ask after next time. */
  record Raised(List<RaisedAlert> alerts, long last) {}

  @OpenApi(path = "/api/alerts/raised", methods = HttpMethod.GET, summary = "Alerts as they were raised, oldest first",
      description = "The alerts kept by ./orbit watch or serve --watch, with when each was first raised; poll with"
          + " after=last to get only new ones.", tags = "analytics", queryParams = {
          @OpenApiParam(name = "after", type = Integer.class, description = "Only alerts with a larger id (default 0)"),
          @OpenApiParam(name = "limit", type = Integer.class, description = "At most this many alerts, 1 to 200 (default 50)")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = Raised.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = Problem.class))})
  void raised(Context ctx) {
    int after = Params.integer(ctx, "after", 0, 0, Integer.MAX_VALUE);
    int limit = Params.limit(ctx, maxPage);
    List<RaisedAlert> alerts = readers.read(s -> s.watch().alertsAfter(after, limit));
    ctx.json(new Raised(alerts, alerts.isEmpty() ? after : alerts.get(alerts.size() - 1).id()));
  }

  @OpenApi(path = "/api/influence/{p}", methods = HttpMethod.GET, summary = "Influence of a patron over a region's clients",
      description = "Relational (events) and structural (indicators) parts, baseline against a later year, each figure with its 95 % bootstrap interval (value, low, high; docs/influence.md).",
      tags = "analytics", pathParams = @OpenApiParam(name = "p", required = true, description = "The patron, e.g. RUS"),
      queryParams = {
          @OpenApiParam(name = "region", description = "post-soviet (default), central-asia, caucasus or codes such as ARM,AZE"),
          @OpenApiParam(name = "since", description = "Events on or after this day, YYYY-MM-DD"),
          @OpenApiParam(name = "domestic", type = Boolean.class, description = "true: include events within one country (default false)"),
          @OpenApiParam(name = "from", type = Integer.class, description = "First year of the baseline (default: the year before 'to')"),
          @OpenApiParam(name = "to", type = Integer.class, description = "The year compared (default: the last year with articles)"),
          @OpenApiParam(name = "minEvents", type = Integer.class, description = "Fewer client–patron events than this in"
              + " a period: insufficient evidence, no index (1 to 1000, default 3)")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = InfluenceTable.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = Problem.class))})
  void influence(Context ctx) {
    String patron = Params.countryPath(ctx, "p");
    String region = Params.text(ctx, "region");
    String chosen = region == null ? "post-soviet" : region;
    if (!REGION.matcher(chosen).matches()) {
      throw ApiError.badRequest("region must be a region name such as caucasus or country codes such as ARM,AZE, not '"
          + chosen + "'");
    }
    try {
      Regions.standard().countries(chosen).forEach(c -> Params.known("region", c));
    } catch (OrbitException e) {
      throw ApiError.badRequest(e.getMessage());
    }
    LocalDate since = Params.date(ctx, "since");
    Integer from = Params.year(ctx, "from");
    Integer to = Params.year(ctx, "to");
    boolean domestic = Params.domestic(ctx);
    int minEvents = Params.integer(ctx, "minEvents", Influence.MIN_EVENTS, 1, 1000);
    if (from != null && (to == null || from >= to)) {
      throw ApiError.badRequest("from needs a later year 'to': the baseline runs from 'from' to the year before 'to'");
    }
    InfluenceRun run = readers.read(s -> InfluenceRun.of(s, patron, chosen, since, from, to, domestic, minEvents));
    ctx.json(new InfluenceTable(patron, chosen, run.fromYear(), run.toYear(), run.noIndicators(),
        Influence.summary(patron, run.rows()), run.rows(), run.trend()));
  }
}
