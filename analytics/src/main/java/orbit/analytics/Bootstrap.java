package orbit.analytics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ObjIntConsumer;

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

  /**
   * Calls {@code replicate} with each replicate's number (0 … REPLICATES - 1) and its Poisson(1) weights, one per
   * item. The array is refilled for the next replicate, so that a large bootstrap holds one row, not a thousand.
   */
  static void replicates(int items, String key, ObjIntConsumer<int[]> replicate) {
    SplittableRandom random = new SplittableRandom(SEED * 31 + key.hashCode());
    int[] w = new int[items];
    for (int r = 0; r < REPLICATES; r++) {
      for (int i = 0; i < items; i++) {
        w[i] = poisson(random);
      }
      replicate.accept(w, r);
    }
  }

  /** A count of {@code n} events with its interval: in each replicate the sum of their weights. */
  public static Estimate count(int n, String key) {
    double[] replicates = new double[REPLICATES];
    replicates(n, key, (w, r) -> replicates[r] = Arrays.stream(w).sum());
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
