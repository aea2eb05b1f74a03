package orbit.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import orbit.core.OrbitException;
import orbit.store.Store;

/**
 * A few connections to one store, shared by the request threads: a {@link Store} is not
 * thread-safe, so each query borrows a connection of its own and gives it back.
 */
public final class Readers implements AutoCloseable {
  private final BlockingQueue<Store> idle;
  private final List<Store> all = new ArrayList<>();

  public Readers(Store store, int connections) {
    idle = new ArrayBlockingQueue<>(connections);
    for (int i = 0; i < connections; i++) {
      Store s = store.duplicate();
      all.add(s);
      idle.add(s);
    }
  }

  /** Runs one read on a free connection, waiting for one if all are busy. */
  public <T> T read(Function<Store, T> query) {
    Store s;
    try {
      s = idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OrbitException("interrupted while waiting for a store connection", e);
    }
    try {
      return query.apply(s);
    } finally {
      idle.add(s);
    }
  }

  @Override
  public void close() {
    all.forEach(Store::close);
  }
}
