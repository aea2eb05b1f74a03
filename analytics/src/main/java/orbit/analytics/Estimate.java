package orbit.analytics;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * A figure with its 95 % bootstrap interval (docs/analytics.md, "Uncertainty"): the point value from the data as
 * observed, {@code low} and {@code high} the 2.5th and 97.5th percentiles of its {@link Bootstrap} replicates, which
 * are kept (not serialised) so that figures built from this one (a change, a region's mean) get intervals too.
 */
@JsonPropertyOrder({"value", "low", "high"})
public record Estimate(double value, double low, double high, @JsonIgnore double[] replicates) {
  static final double LOWER = 0.025;
  static final double UPPER = 0.975;

  /** The figure and its interval; replicates that are NaN (the figure is undefined there) are left out of it. */
  public static Estimate of(double value, double[] replicates) {
    double[] sorted = Arrays.stream(replicates).filter(r -> !Double.isNaN(r)).sorted().toArray();
    return sorted.length == 0 ? new Estimate(value, value, value, replicates)
        : new Estimate(value, quantile(sorted, LOWER), quantile(sorted, UPPER), replicates);
  }

  /** A function of this figure, replicate by replicate. */
  Estimate map(DoubleUnaryOperator f) {
    return of(f.applyAsDouble(value), Arrays.stream(replicates).map(f).toArray());
  }

  /** This figure combined with another one replicate by replicate, e.g. a difference. */
  Estimate with(Estimate other, DoubleBinaryOperator f) {
    double[] r = new double[replicates.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = f.applyAsDouble(replicates[i], other.replicates[i]);
    }
    return of(f.applyAsDouble(value, other.value), r);
  }

  /** The mean of several figures, replicate by replicate. */
  static Estimate mean(List<Estimate> figures) {
    double[] r = new double[figures.get(0).replicates.length];
    for (Estimate e : figures) {
      for (int i = 0; i < r.length; i++) {
        r[i] += e.replicates[i] / figures.size();
      }
    }
    return of(figures.stream().mapToDouble(Estimate::value).average().orElseThrow(), r);
  }

  /** Whether the interval leaves zero out, i.e. the sign of the figure is not an accident of which events were reported. */
  public boolean excludesZero() {
    return low > 0 || high < 0;
  }

  /** "0.732±0.210": the value and half the width of its interval (the exact bounds are in {@link #interval()}). */
  public String plusMinus(String format) {
    return String.format(Locale.ROOT, format, value) + String.format(Locale.ROOT, "±%.2f", (high - low) / 2);
  }

  /** "[-0.72, 0.10]". */
  public String interval() {
    return String.format(Locale.ROOT, "[%.2f, %.2f]", low, high);
  }

  /** Linear interpolation between the closest ranks (R's type 7). */
  private static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int i = (int) Math.floor(h);
    return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Estimate e && e.value == value && e.low == low && e.high == high;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value) * 31 + Double.hashCode(low) * 17 + Double.hashCode(high);
  }

  @Override
  public String toString() {
    return plusMinus("%.3f") + " " + interval();
  }
}
