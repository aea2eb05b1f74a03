package orbit.analytics;

import java.util.Locale;

/**
 * A surprise detector with a Poisson–Gamma (negative-binomial) baseline (docs/analytics.md, "Detectors"): the
 * rate of conflict events per unit of exposure has a Gamma(a, b) prior ({@code priorEvents} events over
 * {@code priorExposure} units), updated with the {@code baseline} previous periods; the month's count then has a
 * negative-binomial predictive distribution for its exposure, and the month alarms when its upper tail
 * P(X ≥ x_t) is below {@code alpha}. The statistic is −log10 of that tail.
 */
public record PoissonGamma(double alpha, double priorEvents, double priorExposure, int baseline) implements Detector {
  /** The default of {@code orbit alerts} (docs/analytics.md: α chosen on the labelled dyad-months). */
  public static final PoissonGamma STANDARD = new PoissonGamma(0.1, 1, 2, 12);

  public PoissonGamma {
    if (alpha <= 0 || alpha >= 1 || priorEvents <= 0 || priorExposure <= 0 || baseline < 1) {
      throw new IllegalArgumentException("the Poisson-Gamma detector needs 0 < alpha < 1, a positive prior and a"
          + " baseline of at least 1 period, not alpha=" + alpha + " prior " + priorEvents + "/" + priorExposure
          + " baseline=" + baseline);
    }
  }

  @Override
  public Step[] run(double[] xs, double[] exposure) {
    Step[] steps = new Step[xs.length];
    for (int t = 0; t < xs.length; t++) {
      double[] window = Detector.trailing(xs, exposure, t, baseline);
      double shape = priorEvents + window[0];
      double rate = priorExposure + window[1];
      double tail = upperTail((int) xs[t], shape, rate / (rate + exposure[t]));
      steps[t] = new Step(xs[t], exposure[t] * shape / rate, -Math.log10(Math.max(tail, 1e-15)), tail < alpha);
    }
    return steps;
  }

  @Override
  public String label() {
    return String.format(Locale.ROOT, "Poisson-Gamma(alpha=%s)", alpha);
  }

  /** P(X ≥ x) for X ~ NegBin(r, p) counting failures, P(X = j) = Γ(r + j) / (j! Γ(r)) p^r (1 − p)^j. */
  static double upperTail(int x, double r, double p) {
    double pmf = Math.pow(p, r);
    double below = 0;
    for (int j = 0; j < x; j++) {
      below += pmf;
      pmf *= (r + j) / (j + 1) * (1 - p);
    }
    return Math.max(0, 1 - below);
  }
}
