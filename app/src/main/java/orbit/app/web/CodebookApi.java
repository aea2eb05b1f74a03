package orbit.app.web;

import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiResponse;
import orbit.core.cameo.CameoCode;
import orbit.core.cameo.Codebook;

/** The CAMEO codebook: codes, names, Goldstein weights, QuadClass and PLOVER categories. */
final class CodebookApi {
  private final Codebook codebook;

  CodebookApi(Codebook codebook) {
    this.codebook = codebook;
  }

  @OpenApi(path = "/api/codebook", methods = HttpMethod.GET, summary = "CAMEO codes", tags = "codebook",
      responses = @OpenApiResponse(status = "200", content = @OpenApiContent(from = CameoCode[].class)))
  void list(Context ctx) {
    ctx.json(codebook.all());
  }
}
