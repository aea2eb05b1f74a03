package orbit.app.web;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import orbit.core.OrbitException;
import orbit.store.Store;
import orbit.store.StoreConfig;

/** A running server over one store file opened read-only; closing stops the server and the store. */
public final class WebServer implements AutoCloseable {
  private static final int CONNECTIONS = 4;
  private final Store store;
  private final Readers readers;
  private final Javalin app;
  private final String host;

  private WebServer(Store store, Readers readers, Javalin app, String host) {
    this.store = store;
    this.readers = readers;
    this.app = app;
    this.host = host;
  }

  public static WebServer start(Path db, ServerConfig config) {
    if (!Files.isRegularFile(db)) {
      throw new OrbitException("no store at " + db + ": run ./orbit ingest or ./orbit demo first, or give --db FILE");
    }
    Store store = Store.openReadOnly(StoreConfig.file(db));
    Readers readers = new Readers(store, CONNECTIONS);
    Javalin app = OrbitServer.create(readers, config).start(config.host(), config.port());
    return new WebServer(store, readers, app, config.host());
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
    readers.close();
    store.close();
  }
}
