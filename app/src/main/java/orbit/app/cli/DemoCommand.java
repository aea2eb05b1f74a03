package orbit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.app.web.ServerConfig;
import orbit.store.Store;
import orbit.store.StoreConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    header = "Code the bundled sample corpus into a store, show the Russia-Azerbaijan events and serve the dashboard.",
    description = "On first run, ingests corpus/sample/articles.jsonl (74 articles, 2022-2025) and its Russian twins "
        + "corpus/sample-ru/articles.jsonl (32 articles) into out/demo.duckdb "
        + "(about a minute on two cores) with the indicators of corpus/indicators/post-soviet.csv; then prints the events between Russia and Azerbaijan, each with its "
        + "evidence sentence, and serves the dashboard on http://127.0.0.1:7070/ (--no-serve: stop after printing). The same store serves the other commands (events, export).",
    footer = {"%nExamples:", "  ./orbit demo", "  ./orbit events --db out/demo.duckdb --dyad ARM:AZE"})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--db", paramLabel = "FILE", description = "The demo store (default: out/demo.duckdb in the checkout).")
  Path db;

  @Option(names = "--no-serve", description = "Print the events and stop, without serving the dashboard.")
  boolean noServe;

  @Option(names = "--port", defaultValue = "7070", description = "Dashboard port (default: ${DEFAULT-VALUE}).")
  int port;

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path root = Launcher.root();
    Path store = db != null ? db : root.resolve("out/demo.duckdb");
    Files.createDirectories(store.toAbsolutePath().getParent());
    PrintWriter out = spec.commandLine().getOut();
    long articles;
    long indicators;
    try (Store s = Store.open(StoreConfig.file(store))) {
      articles = s.count(Store.Table.ARTICLES);
      indicators = s.count(Store.Table.INDICATORS);
    }
    if (articles == 0) {
      out.println("Coding the sample corpus into " + store + " ...");
      out.flush();
      int exit = run("ingest", root.resolve("corpus/sample/articles.jsonl").toString(),
          root.resolve("corpus/sample-ru/articles.jsonl").toString(), "--db", store.toString());
      if (exit != 0) {
        return exit;
      }
    }
    if (indicators == 0) {
      // the structural part of the influence index (./orbit influence, report) reads these
      int exit = run("indicators", "load", root.resolve("corpus/indicators/post-soviet.csv").toString(), "--db",
          store.toString());
      if (exit != 0) {
        return exit;
      }
    }
    for (String dyad : new String[] {"RUS:AZE", "AZE:RUS"}) {
      out.println();
      out.println("Events " + dyad.replace(":", " -> ") + " (./orbit events --db " + store + " --dyad " + dyad + "):");
      out.flush();
      run("events", "--db", store.toString(), "--dyad", dyad, "--limit", "20");
    }
    out.println();
    out.println("Next (README.md, \"First hour\", goes on to your own articles):");
    for (String next : List.of("./orbit events --db " + store + " --actor ARM",
        "./orbit export --format gdelt --db " + store + " " + root.resolve("out/events.tsv"),
        "./orbit influence RUS --db " + store + " --region caucasus",
        "./orbit eval " + root.resolve("corpus/gold") + "/*.json")) {
      out.println("  " + next);
    }
    out.flush();
    if (!noServe) {
      ServeCommand.serve(store, ServerConfig.of("127.0.0.1", port), out, null);
    }
    return 0;
  }

  /** Runs another subcommand with this command's output streams. */
  private int run(String... args) {
    CommandLine cmd = OrbitCommand.commandLine();
    cmd.setOut(spec.commandLine().getOut());
    cmd.setErr(spec.commandLine().getErr());
    return cmd.execute(args);
  }
}
