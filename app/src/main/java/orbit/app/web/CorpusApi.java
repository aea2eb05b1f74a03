package orbit.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.time.LocalDate;
import java.util.List;
import orbit.store.EventQueries.DyadCount;
import orbit.store.MapQueries;
import orbit.store.Store;
import orbit.store.Store.Table;

/** The whole store at a glance: its size, the most reported dyads, the relations of a period and their map. */
final class CorpusApi {
  private final Readers readers;
  private final int maxPage;

  CorpusApi(Readers readers, int maxPage) {
    this.readers = readers;
    this.maxPage = maxPage;
  }

  record Overview(long articles, long events, long clusters, long quotes, List<DyadCount> dyads) {}

  @OpenApi(path = "/api/overview", methods = HttpMethod.GET, summary = "Corpus size and most active dyads",
      tags = "corpus", responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Overview.class)))
  void overview(Context ctx) {
    ctx.json(readers.read(CorpusApi::overview));
  }

  /** The directed dyads of a period: the edges of the relations network. */
  record Network(LocalDate since, LocalDate until, List<DyadCount> dyads) {}

  @OpenApi(path = "/api/network", methods = HttpMethod.GET, summary = "Relations between countries over a period",
      description = "Directed dyads with events dated in the period: events, real-world events, mean Goldstein weight and"
          + " the share of conflict events (QuadClass 3 or 4), most reported first.",
      tags = "corpus", queryParams = {
          @OpenApiParam(name = "since", description = "First event day, YYYY-MM-DD"),
          @OpenApiParam(name = "until", description = "Last event day, YYYY-MM-DD"),
          @OpenApiParam(name = "limit", type = Integer.class, description = "At most this many dyads, 1 to 200 (default 50)")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = Network.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = Problem.class))})
  void network(Context ctx) {
    Params.Days days = Params.days(ctx);
    int limit = Params.limit(ctx, maxPage);
    ctx.json(new Network(days.since(), days.until(),
        readers.read(s -> s.events().dyads(days.since(), days.until(), limit))));
  }

  /** The map of a period: countries by their relations (with {@code actor}, by their relation with it) and places. */
  record WorldMap(LocalDate since, LocalDate until, String actor, List<MapQueries.CountryCount> countries,
                  List<MapQueries.PlaceCount> places) {}

  @OpenApi(path = "/api/map", methods = HttpMethod.GET, summary = "Countries and places of the events of a period",
      description = "Countries with international events (with actor: the events between each and the actor, either"
          + " direction), and the places the coder gave events, with coordinates, events, mean Goldstein weight,"
          + " conflict share (QuadClass 3 or 4) and the ids of their latest events.",
      tags = "corpus", queryParams = {
          @OpenApiParam(name = "since", description = "First event day, YYYY-MM-DD"),
          @OpenApiParam(name = "until", description = "Last event day, YYYY-MM-DD"),
          @OpenApiParam(name = "actor", description = "Shade countries by their relation with this one, e.g. RUS"),
          @OpenApiParam(name = "domestic", type = Boolean.class, description = "true: places of events within one country too (default false)"),
          @OpenApiParam(name = "limit", type = Integer.class, description = "At most this many places, 1 to 200 (default 50)")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = WorldMap.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = Problem.class))})
  void map(Context ctx) {
    Params.Days days = Params.days(ctx);
    String actor = Params.country(ctx, "actor");
    int limit = Params.limit(ctx, maxPage);
    MapQueries.Filter filter = new MapQueries.Filter(days.since(), days.until(), actor, Params.domestic(ctx));
    ctx.json(readers.read(s -> new WorldMap(days.since(), days.until(), actor, s.map().countries(filter),
        s.map().places(filter, limit))));
  }

  private static Overview overview(Store s) {
    return new Overview(s.count(Table.ARTICLES), s.count(Table.EVENTS), s.count(Table.CLUSTERS),
        s.count(Table.QUOTES), s.events().topDyads(20));
  }
}
