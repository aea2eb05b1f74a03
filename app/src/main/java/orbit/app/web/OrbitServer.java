package orbit.app.web;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.openapi.plugin.OpenApiPlugin;
import orbit.core.Json;
import orbit.core.cameo.Codebook;
import org.eclipse.jetty.util.BlockingArrayQueue;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Orbit's web server: the JSON API under /api and the dashboard pages, read-only but for the token-guarded
 * ingest (off by default). Every route
 * is listed in {@link #create}; handlers live on one small class per resource.
 */
public final class OrbitServer {
  /** Scripts and styles only from this server; no inline script; data never becomes markup. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
      + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
  private static final String PROBLEM = "orbit.problem";

  private OrbitServer() {}

  /** A read-only server. */
  public static Javalin create(Readers readers, ServerConfig config) {
    return create(readers, config, null);
  }

  /** {@code writer}: the ingest queue when {@code config} enables ingest over HTTP, else null. */
  public static Javalin create(Readers readers, ServerConfig config, IngestQueue writer) {
    EventsApi events = new EventsApi(readers, config.maxPage());
    DyadsApi dyads = new DyadsApi(readers);
    QuotesApi quotes = new QuotesApi(readers, config.maxPage());
    ArticlesApi articles = new ArticlesApi(readers);
    CodebookApi codebook = new CodebookApi(Codebook.standard());
    CorpusApi corpus = new CorpusApi(readers, config.maxPage());
    AnalyticsApi analytics = new AnalyticsApi(readers, config.maxPage());
    IngestApi ingest = new IngestApi(writer, config.ingestToken(), config.maxRequestBytes(), config.ingestPerMinute());
    AcceptGate gate = new AcceptGate();
    Javalin app = Javalin.create(c -> {
      c.showJavalinBanner = false;
      c.jetty.threadPool = threads();
      c.jetty.modifyServer(server -> {
        server.setErrorHandler(new JsonErrorHandler(config.maxHeaderBytes()));
        gate.install(server);
      });
      c.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new JsonErrorHandler(config.maxHeaderBytes())));
      // Javalin's SERVER_STARTED comes after it has added the static pages
      c.events.serverStarted(gate::open);
      c.jsonMapper(new JavalinJackson(Json.mapper(), false));
      c.http.maxRequestSize = config.maxRequestBytes();
      c.jetty.modifyHttpConfiguration(h -> h.setRequestHeaderSize(config.maxHeaderBytes()));
      c.jetty.defaultHost = config.host();
      c.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/orbit/web";
        s.location = Location.CLASSPATH;
      });
      c.staticFiles.enableWebjars();
      c.registerPlugin(new OpenApiPlugin(o -> o.withDocumentationPath("/api/docs")
          .withDefinitionConfiguration((version, d) -> d.withInfo(i -> i.setTitle("Orbit API")))));
      c.router.apiBuilder(() -> {
        get("/api/overview", corpus::overview);
        get("/api/network", corpus::network);
        get("/api/map", corpus::map);
        get("/api/alerts", analytics::alerts);
        get("/api/alerts/raised", analytics::raised);
        get("/api/influence/{p}", analytics::influence);
        get("/api/events", events::list);
        get("/api/events/{id}", events::one);
        get("/api/dyads/{a}/{b}/series", dyads::series);
        get("/api/quotes", quotes::list);
        get("/api/articles/{id}", articles::one);
        post("/api/articles", ingest::post);
        get("/api/ingest/{job}", ingest::job);
        get("/api/codebook", codebook::list);
      });
    });
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      Params.decodable(ctx);
    });
    app.exception(ApiError.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      System.err.println("orbit serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      problem(ctx, 500, "internal error; the server log has the details");
    });
    app.error(404, ctx -> {
      if (ctx.attribute(PROBLEM) == null) {
        problem(ctx, 404, "no such page or API route: " + ctx.path());
      }
    });
    return app;
  }

  /** Jetty's request threads: at most {@link ServerConfig#MAX_THREADS}, with a queue of at most {@code MAX_QUEUED}. */
  private static QueuedThreadPool threads() {
    QueuedThreadPool pool = new QueuedThreadPool(ServerConfig.MAX_THREADS, ServerConfig.MIN_THREADS, 60_000,
        new BlockingArrayQueue<>(ServerConfig.MIN_THREADS, ServerConfig.MIN_THREADS, ServerConfig.MAX_QUEUED));
    pool.setName("orbit-http");
    return pool;
  }

  private static void problem(Context ctx, int status, String message) {
    ctx.attribute(PROBLEM, true);
    ctx.status(status).json(new Problem(status, message));
  }
}
