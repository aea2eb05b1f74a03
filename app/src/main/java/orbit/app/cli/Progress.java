package orbit.app.cli;

import java.io.PrintWriter;
import java.text.DecimalFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import me.tongfei.progressbar.ProgressState;

/**
 * The progress line of a run over items, redrawn on stderr (progressbar): a bar with the percentage, the count out of
 * the total and the time left when the total is known beforehand; else a turning mark with the count, the rate and
 * the time so far, never a bar against an unknown total ("? %", "0/?").
 */
final class Progress {
  private static final String FRAMES = "|/-\\";
  private static final int FRAME_MILLIS = 250;

  private Progress() {}

  /**
   * A progress line for {@code task} on {@code err}; close it to draw the last state and end the line. Its extra
   * message is drawn right after the rest: start it with a space.
   */
  static ProgressBar start(String task, OptionalLong total, PrintWriter err) {
    ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task).setUnit(" items", 1)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(FRAME_MILLIS).showSpeed(new DecimalFormat("0.0#")).setConsumer(new Line(err));
    if (total.isPresent()) {
      builder.setInitialMax(total.getAsLong());
    } else {
      builder.setInitialMax(-1).setRenderer(Progress::spinner);
    }
    return builder.build();
  }

  /** "ingest / 1,234 items  12.5 items/s  0:01:39 ok" (the extra message last): the mark turns once a second. */
  static String spinner(ProgressState state, int maxLength) {
    Duration elapsed = state.getTotalElapsed();
    long current = state.getCurrent();
    double seconds = Math.max(1, elapsed.toMillis()) / 1000.0;
    String line = String.format(Locale.ROOT, "%s %c %,d items  %.1f items/s  %d:%02d:%02d%s", state.getTaskName(),
        FRAMES.charAt((int) (elapsed.toMillis() / FRAME_MILLIS % FRAMES.length())), current, current / seconds,
        elapsed.toHours(), elapsed.toMinutesPart(), elapsed.toSecondsPart(), state.getExtraMessage());
    return line.length() > maxLength ? line.substring(0, maxLength) : line;
  }

  /** Redraws the line on a command's stderr (not System.err: tests and nested commands give their own). */
  private static final class Line extends DelegatingProgressBarConsumer {
    private final PrintWriter err;

    Line(PrintWriter err) {
      super(text -> {
        err.print('\r' + text);
        err.flush();
      });
      this.err = err;
    }

    @Override
    public void close() {
      err.println();
      err.flush();
    }
  }
}
