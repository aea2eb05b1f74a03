package orbit.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.openapi.HttpMethod;
import io.javalin.openapi.OpenApi;
import io.javalin.openapi.OpenApiContent;
import io.javalin.openapi.OpenApiParam;
import io.javalin.openapi.OpenApiRequestBody;
import io.javalin.openapi.OpenApiResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;
import orbit.core.Json;
import orbit.ingest.Inputs;
import orbit.ingest.Parsed;

/**
 * Ingest over HTTP, off unless the server has a token: {@code POST /api/articles} with
 * {@code Authorization: Bearer TOKEN}, a body of at most {@code maxBody} bytes (JSON Lines, or one JSON object or
 * array with Content-Type application/json), at most {@code perMinute} posts a minute per client address (and
 * {@link ServerConfig#AUTH_FAILURES_PER_MINUTE} failed tokens, after which even the right one waits). Lines
 * are checked here; the articles are queued for the single writer and the answer (202) lists what was accepted.
 */
final class IngestApi {
  private final IngestQueue queue;
  private final byte[] token;
  private final long maxBody;
  private final RateLimit rate;
  private final RateLimit failures = new RateLimit(ServerConfig.AUTH_FAILURES_PER_MINUTE);

  /** {@code queue} and {@code token} null: ingest is off. */
  IngestApi(IngestQueue queue, String token, long maxBody, int perMinute) {
    this.queue = queue;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.maxBody = maxBody;
    this.rate = new RateLimit(perMinute);
  }

  record Accepted(String position, String id) {}

  record Rejected(String position, String reason) {}

  /** What a post queued: the job to poll at /api/ingest/{job}, the articles accepted and the lines rejected. */
  record Receipt(long job, String status, List<Accepted> accepted, List<Rejected> rejected) {}

  @OpenApi(path = "/api/articles", methods = HttpMethod.POST, summary = "Ingest articles (off unless serve --ingest-token)",
      description = "JSON Lines (one article a line: id, date YYYY-MM-DD and text required; title, url, source optional),"
          + " or one JSON object or an array with Content-Type application/json. Needs Authorization: Bearer TOKEN."
          + " Articles go through the same ingest and analysis as ./orbit ingest, on one background writer.",
      tags = "articles", headers = @OpenApiParam(name = "Authorization", required = true, description = "Bearer TOKEN"),
      requestBody = @OpenApiRequestBody(content = {@OpenApiContent(type = "application/x-ndjson", from = String.class),
          @OpenApiContent(type = "application/json", from = Object.class)}),
      responses = {@OpenApiResponse(status = "202", content = @OpenApiContent(from = Receipt.class)),
          @OpenApiResponse(status = "400", content = @OpenApiContent(from = Problem.class)),
          @OpenApiResponse(status = "401", content = @OpenApiContent(from = Problem.class)),
          @OpenApiResponse(status = "403", content = @OpenApiContent(from = Problem.class)),
          @OpenApiResponse(status = "413", content = @OpenApiContent(from = Problem.class)),
          @OpenApiResponse(status = "429", content = @OpenApiContent(from = Problem.class)),
          @OpenApiResponse(status = "503", content = @OpenApiContent(from = Problem.class))})
  void post(Context ctx) throws IOException {
    authorize(ctx);
    if (!rate.allow(ctx.ip(), System.currentTimeMillis())) {
      ctx.header("Retry-After", "60");
      throw new ApiError(429, "too many posts from " + ctx.ip() + " in the last minute; retry later");
    }
    if (ctx.contentLength() > maxBody) {
      throw tooLarge();
    }
    byte[] body;
    try (InputStream in = ctx.bodyInputStream()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
    }
    if (body.length > maxBody) {
      throw tooLarge();
    }
    String input = "POST /api/articles from " + ctx.ip() + " at " + Instant.now();
    List<Parsed> items;
    try (Stream<Parsed> parsed = Inputs.jsonLines(input, new ByteArrayInputStream(lines(ctx, body)))) {
      items = parsed.toList();
    }
    List<Accepted> accepted = items.stream().filter(Parsed::isOk)
        .map(p -> new Accepted(p.position(), p.article().id())).toList();
    List<Rejected> rejected = items.stream().filter(p -> !p.isOk())
        .map(p -> new Rejected(p.position(), p.failure())).toList();
    if (accepted.isEmpty()) {
      throw ApiError.badRequest("no article in the body" + (rejected.isEmpty() ? ""
          : ": " + rejected.get(0).position() + ": " + rejected.get(0).reason()));
    }
    OptionalLong job = queue.submit(items);
    if (job.isEmpty()) {
      ctx.header("Retry-After", "30");
      throw new ApiError(503, "the ingest queue is full; retry later");
    }
    ctx.status(202).json(new Receipt(job.getAsLong(), "api/ingest/" + job.getAsLong(), accepted, rejected));
  }

  @OpenApi(path = "/api/ingest/{job}", methods = HttpMethod.GET, summary = "An ingest job's progress and log",
      tags = "articles", pathParams = @OpenApiParam(name = "job", required = true, description = "Job number"),
      headers = @OpenApiParam(name = "Authorization", required = true, description = "Bearer TOKEN"),
      responses = {@OpenApiResponse(status = "200", content = @OpenApiContent(from = IngestQueue.Job.class)),
          @OpenApiResponse(status = "401", content = @OpenApiContent(from = Problem.class)),
          @OpenApiResponse(status = "404", content = @OpenApiContent(from = Problem.class)),
          @OpenApiResponse(status = "429", content = @OpenApiContent(from = Problem.class))})
  void job(Context ctx) {
    authorize(ctx);
    String id = Params.path(ctx, "job", Params.JOB, "a job number");
    IngestQueue.Job job = queue.job(Long.parseLong(id));
    if (job == null) {
      throw ApiError.notFound("no ingest job " + id);
    }
    ctx.json(job);
  }

  private void authorize(Context ctx) {
    if (queue == null) {
      throw new ApiError(403, "ingest over HTTP is off; start the server with --ingest-token TOKEN to enable it");
    }
    long now = System.currentTimeMillis();
    if (failures.spent(ctx.ip(), now)) {
      // refused before the comparison, so guessing costs a minute per few tries
      ctx.header("Retry-After", "60");
      throw new ApiError(429, "too many failed authentication attempts from " + ctx.ip() + " in the last minute;"
          + " retry later with the server's token");
    }
    String given = ctx.header("Authorization");
    boolean ok = given != null && given.startsWith("Bearer ")
        && MessageDigest.isEqual(token, given.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    if (!ok) {
      failures.record(ctx.ip(), now);
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, "ingest needs the header Authorization: Bearer TOKEN with the server's token");
    }
  }

  private ApiError tooLarge() {
    return new ApiError(413, "the body is larger than " + maxBody + " bytes; post fewer articles at a time");
  }

  /** The body as JSON Lines: as it is, or each article of a JSON object or array on a line of its own. */
  private static byte[] lines(Context ctx, byte[] body) {
    String type = ctx.contentType();
    if (type == null || !type.startsWith("application/json")) {
      return body;
    }
    JsonNode tree;
    try {
      tree = Json.mapper().readTree(body);
    } catch (IOException e) {
      String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw ApiError.badRequest("malformed JSON: " + why);
    }
    if (tree == null || !(tree.isObject() || tree.isArray())) {
      throw ApiError.badRequest("a JSON body is an article object or an array of them");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length);
    for (JsonNode article : tree.isArray() ? tree : List.of(tree)) {
      out.writeBytes(article.toString().getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
    return out.toByteArray();
  }
}
