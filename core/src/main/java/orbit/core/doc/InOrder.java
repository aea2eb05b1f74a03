package orbit.core.doc;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** A lazy, ordered parallel map: the mechanism behind {@link Analyzer#analyzeAll}. */
final class InOrder {
  /** Items in flight per thread: enough to keep every thread busy, few enough to hold little in memory. */
  private static final int AHEAD_PER_THREAD = 2;

  private InOrder() {}

  /** {@code f} over {@code input} on {@code threads} daemon threads; the results in input order, computed ahead. */
  static <T, R> Stream<R> map(Stream<T> input, int threads, Function<T, R> f) {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "orbit-analysis-" + n.incrementAndGet());
      t.setDaemon(true); // a reader that leaves the stream unclosed must not keep the JVM alive
      return t;
    });
    Iterator<T> in = input.iterator();
    Deque<Future<R>> ahead = new ArrayDeque<>();
    Iterator<R> out = new Iterator<>() {
      @Override
      public boolean hasNext() {
        fill();
        if (ahead.isEmpty()) {
          pool.shutdown();
          return false;
        }
        return true;
      }

      @Override
      public R next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return result(ahead.poll());
      }

      private void fill() {
        while (ahead.size() < AHEAD_PER_THREAD * threads && in.hasNext()) {
          T item = in.next();
          ahead.add(pool.submit(() -> f.apply(item)));
        }
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(out, Spliterator.ORDERED), false)
        .onClose(() -> {
          pool.shutdownNow();
          input.close();
        });
  }

  private static <R> R result(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for an analysis", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
