package orbit.analytics;

import java.util.SplittableRandom;

/**
 * The Poisson bootstrap over real-world events (docs/analytics.md, "Uncertainty"): each replicate gives every
 * event a weight drawn from Poisson(1) (how many times it "was reported" in a world like ours) and recomputes the
 * figure. Unlike resampling n of n events it also varies the count of events. Seeded from a key naming the figure
 * (client, patron, span), so a figure's interval does not depend on what else was computed in the run.
 */
public final class Bootstrap {
  public static final int REPLICATES = 1000;
  private static final long SEED = 20_261_202L;
  private static final double E_INV = Math.exp(-1);

  private Bootstrap() {}

  /** REPLICATES rows of one Poisson(1) weight per item. */
  static int[][] weights(int items, String key) {
    SplittableRandom random = new SplittableRandom(SEED * 31 + key.hashCode());
    int[][] w = new int[REPLICATES][items];
    for (int[] row : w) {
      for (int i = 0; i < items; i++) {
        row[i] = poisson(random);
      }
    }
    return w;
  }

  /** A count of {@code n} events with its interval: in each replicate the sum of their weights. */
  public static Estimate count(int n, String key) {
    double[] replicates = java.util.Arrays.stream(weights(n, key)).mapToDouble(w -> java.util.Arrays.stream(w).sum())
        .toArray();
    return Estimate.of(n, replicates);
  }

  /** Knuth's multiplication method, exact for a small mean. */
  private static int poisson(SplittableRandom random) {
    int k = 0;
    double p = random.nextDouble();
    while (p > E_INV) {
      k++;
      p *= random.nextDouble();
    }
    return k;
  }
}
