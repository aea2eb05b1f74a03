package orbit.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import orbit.app.watch.WatchLoop;
import orbit.app.watch.Watcher;
import orbit.core.Json;
import orbit.core.doc.Analyzer;
import orbit.pipeline.IngestSummary;
import orbit.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "watch", mixinStandardHelpOptions = true,
    header = "Follow RSS/Atom feeds and drop folders: ingest what is new, print new escalation alerts as JSON Lines.",
    description = {"Each round asks every feed again with a conditional GET (ETag, Last-Modified) and reads the"
        + " folders' new or changed files, ingests the items not stored yet as ./orbit ingest does (bad items in the"
        + " ingest_log), then evaluates the escalation alerts (./orbit alerts, its default detector) of the dyads the new"
        + " events touched. Alerts not raised before are printed on stdout and kept in the store's alerts table"
        + " with when they were first raised; a summary of each round goes to stderr.",
        "State is in the store: after a restart only what changed is read. Ctrl-C or SIGTERM lets the round running"
            + " finish, then stops."},
    footer = {"%nExamples:", "  ./orbit watch --db news.duckdb https://example.org/world/rss.xml drop/",
        "  ./orbit watch --db news.duckdb --every 1h https://example.org/atom.xml >> alerts.jsonl",
        "  ./orbit watch --db news.duckdb --once drop/     (one round, for cron)"})
final class WatchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FEED_URL|FOLDER", arity = "1..*", description = "RSS/Atom feed URLs and drop folders.")
  List<String> inputs;

  @Mixin StoreOptions store;

  @Mixin WatchOptions watch;

  @Option(names = "--once", description = "Run one round and stop.")
  boolean once;

  @Spec CommandSpec spec;

  private final Analyzer analyzer;

  WatchCommand() {
    this(Analyzers.lazily());
  }

  WatchCommand(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CountDownLatch closed = new CountDownLatch(1);
    try (Store s = store.open()) {
      WatchLoop loop = new WatchLoop(watch.watcher(s, inputs, analyzer), watch.every, r -> report(r, out, err),
          e -> err.println("orbit watch: the round failed, trying again next round: " + e.getMessage()));
      // on SIGINT/SIGTERM: let the round running finish and the store close before the JVM ends
      Thread hook = new Thread(() -> {
        loop.stop();
        awaitQuietly(closed);
      }, "orbit-watch-stop");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        loop.run(once);
      } finally {
        removeQuietly(hook);
      }
    } finally {
      closed.countDown();
    }
    return 0;
  }

  /** Prints the round's new alerts as JSON Lines on {@code out} and one line of summary on {@code err}. */
  static void report(Watcher.Round round, PrintWriter out, PrintWriter err) {
    for (Watcher.NewAlert a : round.alerts()) {
      out.println(Json.mapper().valueToTree(a));
    }
    out.flush();
    IngestSummary s = round.ingest();
    err.printf("orbit watch: %d new articles, %d duplicates, %d failed, %d events; %d new alerts%n", s.stored(),
        s.duplicates(), s.failed(), s.events(), round.alerts().size());
    err.flush();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeQuietly(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is running and waits for the store to close
    }
  }
}
