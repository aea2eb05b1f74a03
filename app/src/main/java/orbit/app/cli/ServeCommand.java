package orbit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import orbit.app.watch.WatchLoop;
import orbit.app.web.ServerConfig;
import orbit.app.web.WebServer;
import orbit.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    header = "Serve the dashboard and the JSON API over a store, read-only unless --ingest-token or --watch is given.",
    description = "Pages: overview, dyad explorer, article view, voices, influence. API under /api (OpenAPI at /api/docs). "
        + "Listens on 127.0.0.1 unless --host says otherwise; stop with Ctrl-C. With --watch, the server runs the rounds"
        + " of ./orbit watch (--every, --date, --fetch-deadline as there) and the overview shows alerts as they are raised.",
    footer = {"%nExamples:", "  ./orbit serve --db out/demo.duckdb", "  curl 'http://127.0.0.1:7070/api/events?dyad=RUS:AZE'",
        "  ORBIT_INGEST_TOKEN=$(openssl rand -hex 16) ./orbit serve --db news.duckdb",
        "  curl -H \"Authorization: Bearer $ORBIT_INGEST_TOKEN\" --data-binary @articles.jsonl http://127.0.0.1:7070/api/articles",
        "  ./orbit serve --db news.duckdb --watch https://example.org/world/rss.xml drop/ --every 15m"})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "orbit.duckdb",
      description = "The DuckDB store file (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--ingest-token", paramLabel = "TOKEN", defaultValue = "${env:ORBIT_INGEST_TOKEN}",
      description = "Turn on POST /api/articles for requests with 'Authorization: Bearer TOKEN' (at least 16 characters;"
          + " default: the environment variable ORBIT_INGEST_TOKEN; unset: ingest over HTTP is off).")
  String ingestToken;

  @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServerConfig.DEFAULT_MAX_BODY,
      description = "Largest request body; larger posts get 413 (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(names = "--ingest-rate", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_INGEST_PER_MINUTE,
      description = "Posts a minute per client address; more get 429 (default: ${DEFAULT-VALUE}).")
  int ingestRate;

  @Option(names = "--watch", paramLabel = "FEED_URL|FOLDER", arity = "1..*",
      description = "Follow these feeds and drop folders as ./orbit watch does, in this process (the store's one"
          + " writer: not with --ingest-token).")
  List<String> watched = List.of();

  @Mixin WatchOptions watch;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    String token = ingestToken == null || ingestToken.isBlank() ? null : ingestToken.strip();
    ServerConfig config;
    try {
      config = ServerConfig.of(host, port).withIngest(token, maxBody, ingestRate);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (!watched.isEmpty() && config.ingests()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--watch and --ingest-token cannot be combined: the store has one writer");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    serve(db, config, out, watched.isEmpty() ? null : store -> new WatchLoop(
        watch.watcher(store, watched, Analyzers.lazily()), watch.every, r -> WatchCommand.report(r, out, err),
        e -> err.println("orbit serve: the watch round failed, trying again next round: " + e.getMessage())));
    return 0;
  }

  /** Starts the server (with a watch loop unless {@code watch} is null), prints its URL and blocks until stopped. */
  static void serve(Path db, ServerConfig config, PrintWriter out, Function<Store, WatchLoop> watch)
      throws InterruptedException {
    WebServer server = WebServer.start(db, config, Analyzers::forCli, watch);
    out.println("Orbit dashboard: " + server.url() + "  (API: " + server.url() + "api/docs; Ctrl-C stops)");
    if (config.ingests()) {
      out.println("Ingest over HTTP is on: POST " + server.url() + "api/articles with the token (plain HTTP: keep it on"
          + " loopback or behind a TLS proxy)");
    }
    out.flush();
    server.awaitShutdown();
  }
}
