package orbit.app.web;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import orbit.core.OrbitException;
import orbit.core.doc.Analyzer;
import orbit.store.Store;
import orbit.store.StoreConfig;

/**
 * A running server over one store file, opened read-only unless ingest over HTTP is on (then with one writer
 * connection besides the readers'); closing stops the server, the writer and the store.
 */
public final class WebServer implements AutoCloseable {
  private static final int CONNECTIONS = 4;
  private final Store store;
  private final Readers readers;
  private final IngestQueue writer;
  private final Javalin app;
  private final String host;

  private WebServer(Store store, Readers readers, IngestQueue writer, Javalin app, String host) {
    this.store = store;
    this.readers = readers;
    this.writer = writer;
    this.app = app;
    this.host = host;
  }

  /** {@code analyzers}: the analysis step of ingest, built when the first post arrives (only with ingest on). */
  public static WebServer start(Path db, ServerConfig config, Supplier<Analyzer> analyzers) {
    if (!Files.isRegularFile(db)) {
      throw new OrbitException("no store at " + db + ": run ./orbit ingest or ./orbit demo first, or give --db FILE");
    }
    Store store = config.ingests() ? Store.open(StoreConfig.file(db)) : Store.openReadOnly(StoreConfig.file(db));
    Readers readers = new Readers(store, CONNECTIONS);
    IngestQueue writer = config.ingests() ? new IngestQueue(store.duplicate(), analyzers) : null;
    Javalin app = OrbitServer.create(readers, config, writer).start(config.host(), config.port());
    return new WebServer(store, readers, writer, app, config.host());
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
    if (writer != null) {
      writer.close();
    }
    readers.close();
    store.close();
  }
}
