package orbit.app.web;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import orbit.app.watch.WatchLoop;
import orbit.core.OrbitException;
import orbit.core.doc.Analyzer;
import orbit.store.Store;
import orbit.store.StoreConfig;

/**
 * A running server over one store file, opened read-only unless ingest over HTTP or a watch loop is on (then with
 * one writer connection besides the readers'); closing stops the server, the writer and the store.
 */
public final class WebServer implements AutoCloseable {
  private static final int CONNECTIONS = 4;
  private final Store store;
  private final Readers readers;
  private final IngestQueue writer;
  private final Watching watching;
  private final Javalin app;
  private final String host;

  private WebServer(Store store, Readers readers, IngestQueue writer, Watching watching, Javalin app, String host) {
    this.store = store;
    this.readers = readers;
    this.writer = writer;
    this.watching = watching;
    this.app = app;
    this.host = host;
  }

  /** The watch loop running on a thread of its own, with its writer connection. */
  private record Watching(WatchLoop loop, Thread thread, Store writer) {
    void close() {
      loop.stop();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      writer.close();
    }
  }

  /** {@code analyzers}: the analysis step of ingest, built when the first post arrives (only with ingest on). */
  public static WebServer start(Path db, ServerConfig config, Supplier<Analyzer> analyzers) {
    return start(db, config, analyzers, null);
  }

  /**
   * {@code watch} (null: none) builds the watch loop that runs in the server process, the store's one writer (so
   * ingest over HTTP must be off), on the connection it is given.
   */
  public static WebServer start(Path db, ServerConfig config, Supplier<Analyzer> analyzers,
                                Function<Store, WatchLoop> watch) {
    if (!Files.isRegularFile(db)) {
      throw new OrbitException("no store at " + db + ": run ./orbit ingest or ./orbit demo first, or give --db FILE");
    }
    if (watch != null && config.ingests()) {
      throw new OrbitException("a watching server has one writer, its watch loop: leave ingest over HTTP off");
    }
    boolean writes = config.ingests() || watch != null;
    Store store = writes ? Store.open(StoreConfig.file(db)) : Store.openReadOnly(StoreConfig.file(db));
    Watching watching = null;
    try {
      watching = watch == null ? null : watching(store.duplicate(), watch);
      Readers readers = new Readers(store, CONNECTIONS);
      IngestQueue writer = config.ingests() ? new IngestQueue(store.duplicate(), analyzers) : null;
      Javalin app = OrbitServer.create(readers, config, writer).start(config.host(), config.port());
      return new WebServer(store, readers, writer, watching, app, config.host());
    } catch (RuntimeException e) {
      if (watching != null) {
        watching.close();
      }
      store.close();
      throw e;
    }
  }

  private static Watching watching(Store writer, Function<Store, WatchLoop> watch) {
    try {
      WatchLoop loop = watch.apply(writer);
      Thread thread = new Thread(() -> loop.run(false), "orbit-watch");
      thread.start();
      return new Watching(loop, thread, writer);
    } catch (RuntimeException e) {
      writer.close();
      throw e;
    }
  }

  public String url() {
    return "http://" + host + ":" + app.port() + "/";
  }

  /** Blocks until the JVM is stopped (Ctrl-C). */
  public void awaitShutdown() throws InterruptedException {
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    Thread.currentThread().join();
  }

  @Override
  public void close() {
    app.stop();
    if (watching != null) {
      watching.close();
    }
    if (writer != null) {
      writer.close();
    }
    readers.close();
    store.close();
  }
}
