package orbit.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.util.List;
import orbit.core.event.Quote;

/** Voices: quotes by speaker, filtered by a country they mention. */
final class QuotesApi {
  private final Readers readers;
  private final int maxPage;

  QuotesApi(Readers readers, int maxPage) {
    this.readers = readers;
    this.maxPage = maxPage;
  }

  record Page(int limit, int offset, List<Quote> quotes) {}

  @OpenApi(path = "/api/quotes", methods = HttpMethod.GET, summary = "Quotes by speaker", tags = "quotes",
      queryParams = {@OpenApiParam(name = "speaker", description = "Part of the speaker's name, role or affiliation"),
          @OpenApiParam(name = "mentions", description = "Country code the quote mentions, e.g. AZE"),
          @OpenApiParam(name = "limit", type = Integer.class, description = "Page size, 1 to 200 (default 50)"),
          @OpenApiParam(name = "offset", type = Integer.class, description = "Quotes to skip")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = Page.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = Problem.class))})
  void list(Context ctx) {
    String speaker = Params.text(ctx, "speaker");
    String mentions = Params.country(ctx, "mentions");
    int limit = Params.limit(ctx, maxPage);
    int offset = Params.offset(ctx);
    ctx.json(new Page(limit, offset, readers.read(s -> s.articles().quotes(speaker, mentions, limit, offset))));
  }
}
