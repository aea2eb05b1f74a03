package orbit.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiResponse;
import java.util.List;
import orbit.store.EventQueries.DyadMonth;

/** A pair of countries over time: monthly events and Goldstein sums in each direction. */
final class DyadsApi {
  private final Readers readers;

  DyadsApi(Readers readers) {
    this.readers = readers;
  }

  /** The months of a → b and of b → a: distinct real-world events, mentions and the sum of Goldstein weights. */
  record Series(String a, String b, List<DyadMonth> aToB, List<DyadMonth> bToA) {}

  @OpenApi(path = "/api/dyads/{a}/{b}/series", methods = HttpMethod.GET, summary = "Monthly series of a dyad",
      tags = "dyads", pathParams = {@OpenApiParam(name = "a", required = true, description = "Country code, e.g. RUS"),
          @OpenApiParam(name = "b", required = true, description = "Country code, e.g. AZE")},
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = Series.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = Problem.class))})
  void series(Context ctx) {
    String a = Params.countryPath(ctx, "a");
    String b = Params.countryPath(ctx, "b");
    ctx.json(readers.read(s -> new Series(a, b, s.events().monthly(a, b), s.events().monthly(b, a))));
  }
}
