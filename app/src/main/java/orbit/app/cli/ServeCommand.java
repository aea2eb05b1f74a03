package orbit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import orbit.app.web.ServerConfig;
import orbit.app.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    header = "Serve the dashboard and the JSON API over a store, read-only.",
    description = "Pages: overview, dyad explorer, article view, voices. API under /api (OpenAPI at /api/docs). "
        + "Listens on 127.0.0.1 unless --host says otherwise; stop with Ctrl-C.",
    footer = {"%nExamples:", "  ./orbit serve --db out/demo.duckdb", "  curl 'http://127.0.0.1:7070/api/events?dyad=RUS:AZE'"})
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", defaultValue = "orbit.duckdb",
      description = "The DuckDB store file (default: ${DEFAULT-VALUE}).")
  Path db;

  @Option(names = "--port", defaultValue = "7070", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free port).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    serve(db, ServerConfig.of(host, port), spec.commandLine().getOut());
    return 0;
  }

  /** Starts the server, prints its URL and blocks until the process is stopped. */
  static void serve(Path db, ServerConfig config, PrintWriter out) throws InterruptedException {
    WebServer server = WebServer.start(db, config);
    out.println("Orbit dashboard: " + server.url() + "  (API: " + server.url() + "api/docs; Ctrl-C stops)");
    out.flush();
    server.awaitShutdown();
  }
}
