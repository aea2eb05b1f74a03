package orbit.app.watch;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a {@link Watcher}'s rounds, one every {@code every}, until stopped. A round that fails (the store, not a
 * feed: feed errors are logged items) is reported and the next round runs on time. Stopping never cuts a round short.
 */
public final class WatchLoop {
  private final Watcher watcher;
  private final Duration every;
  private final Consumer<Watcher.Round> report;
  private final Consumer<RuntimeException> failed;
  private final CountDownLatch stop = new CountDownLatch(1);

  public WatchLoop(Watcher watcher, Duration every, Consumer<Watcher.Round> report,
                   Consumer<RuntimeException> failed) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("the time between rounds must be positive, got " + every);
    }
    this.watcher = watcher;
    this.every = every;
    this.report = report;
    this.failed = failed;
  }

  /** Runs rounds until {@link #stop()} (or one round only); returns after the round running when stopped. */
  public void run(boolean once) {
    try {
      do {
        try {
          report.accept(watcher.round());
        } catch (RuntimeException e) {
          failed.accept(e);
        }
      } while (!once && !stop.await(every.toNanos(), TimeUnit.NANOSECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Asks the loop to end after the round running (at once when it is waiting for the next); does not wait. */
  public void stop() {
    stop.countDown();
  }
}
