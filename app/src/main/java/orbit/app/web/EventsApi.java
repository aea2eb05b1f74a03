package orbit.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.util.List;
import orbit.store.ArticleQueries.StoredArticle;
import orbit.store.EventQueries.Cluster;
import orbit.store.EventQuery;
import orbit.store.StoredEvent;

/** Coded events: a filtered, paged list, and one event with its evidence, cluster and article. */
final class EventsApi {
  private final Readers readers;
  private final int maxPage;

  EventsApi(Readers readers, int maxPage) {
    this.readers = readers;
    this.maxPage = maxPage;
  }

  /** A page of events. */
  record Page(int limit, int offset, List<StoredEvent> events) {}

  /** One event, the real-world event (cluster) it reports and the article it was coded from (without text). */
  record Detail(StoredEvent event, Cluster cluster, ArticleRef article) {}

  record ArticleRef(String id, String title, String url, String source, String published) {
    static ArticleRef of(StoredArticle a) {
      return new ArticleRef(a.id(), a.title(), a.url(), a.source(), String.valueOf(a.published()));
    }
  }

  @OpenApi(path = "/api/events", methods = HttpMethod.GET, summary = "Events, filtered and paged", tags = "events",
      queryParams = {
          @OpenApiParam(name = "dyad", description = "Directed pair of countries SOURCE:TARGET, e.g. RUS:AZE"),
          @OpenApiParam(name = "actor", description = "Country or actor code on either side, e.g. AZE or AZEGOV"),
          @OpenApiParam(name = "root", description = "CAMEO root code, 01 to 20"),
          @OpenApiParam(name = "since", description = "First event day, YYYY-MM-DD"),
          @OpenApiParam(name = "until", description = "Last event day, YYYY-MM-DD"),
          @OpenApiParam(name = "q", description = "Words in the evidence or the actors' text"),
          @OpenApiParam(name = "domestic", type = Boolean.class, description = "true: include events within one country (default false)"),
          @OpenApiParam(name = "limit", type = Integer.class, description = "Page size, 1 to 200 (default 50)"),
          @OpenApiParam(name = "offset", type = Integer.class, description = "Events to skip")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = Page.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = Problem.class))})
  void list(Context ctx) {
    List<String> dyad = Params.dyad(ctx);
    int limit = Params.limit(ctx, maxPage);
    int offset = Params.offset(ctx);
    Params.Days days = Params.days(ctx);
    EventQuery query = new EventQuery(dyad == null ? null : dyad.get(0), dyad == null ? null : dyad.get(1),
        Params.actor(ctx), days.since(), days.until(), Params.root(ctx), Params.text(ctx, "q"), limit, offset,
        Params.domestic(ctx));
    ctx.json(new Page(limit, offset, readers.read(s -> s.events().find(query))));
  }

  @OpenApi(path = "/api/events/{id}", methods = HttpMethod.GET, summary = "One event with evidence and cluster",
      tags = "events", pathParams = @OpenApiParam(name = "id", required = true, description = "article#index"),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = Detail.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = Problem.class))})
  void one(Context ctx) {
    String id = Params.path(ctx, "id", Params.ID, "an event id such as wire-001#0");
    Detail detail = readers.read(s -> s.events().byId(id).map(e -> new Detail(e,
        s.events().cluster(e.cluster()).orElse(null),
        s.articles().byId(e.event().article()).map(ArticleRef::of).orElse(null))).orElse(null));
    if (detail == null) {
      throw ApiError.notFound("no event " + id);
    }
    ctx.json(detail);
  }
}
