package orbit.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.util.List;
import orbit.core.event.Quote;
import orbit.store.ArticleQueries.StoredArticle;
import orbit.store.StoredEvent;

/** One article: its text as ingested, with the spans (start, end offsets) of its events and quotes. */
final class ArticlesApi {
  private final Readers readers;

  ArticlesApi(Readers readers) {
    this.readers = readers;
  }

  record Annotated(StoredArticle article, List<StoredEvent> events, List<Quote> quotes) {}

  @OpenApi(path = "/api/articles/{id}", methods = HttpMethod.GET, summary = "An article with event and quote spans",
      tags = "articles", pathParams = @OpenApiParam(name = "id", required = true, description = "Article id"),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = Annotated.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = Problem.class))})
  void one(Context ctx) {
    String id = Params.path(ctx, "id", Params.ID, "an article id such as wire-001");
    Annotated found = readers.read(s -> s.articles().byId(id)
        .map(a -> new Annotated(a, s.events().ofArticle(id), s.articles().quotesOf(id))).orElse(null));
    if (found == null) {
      throw ApiError.notFound("no article " + id);
    }
    ctx.json(found);
  }
}
