package orbit.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiResponse;
import java.util.List;
import orbit.store.EventQueries.DyadCount;
import orbit.store.Store;
import orbit.store.Store.Table;

/** The whole store at a glance: its size and the most reported dyads. */
final class CorpusApi {
  private final Readers readers;

  CorpusApi(Readers readers) {
    this.readers = readers;
  }

  record Overview(long articles, long events, long clusters, long quotes, List<DyadCount> dyads) {}

  @OpenApi(path = "/api/overview", methods = HttpMethod.GET, summary = "Corpus size and most active dyads",
      tags = "corpus", responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = Overview.class)))
  void overview(Context ctx) {
    ctx.json(readers.read(CorpusApi::overview));
  }

  private static Overview overview(Store s) {
    return new Overview(s.count(Table.ARTICLES), s.count(Table.EVENTS), s.count(Table.CLUSTERS),
        s.count(Table.QUOTES), s.events().topDyads(20));
  }
}
