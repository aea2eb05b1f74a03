package orbit.nlp.annotate;

import edu.stanford.nlp.parser.nndep.Classifier;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The forward pass of CoreNLP's UD parser network, written for throughput ({@link UdParser}): four output rows
 * at a time, each summed in CoreNLP's own order, the precomputed features in a flat table and the others' hidden
 * slices in a cache, so every score is bit for bit CoreNLP's. Thread-safe: the cache takes no lock.
 */
final class UdNetwork {
  /**
   * Hidden-layer slices of the features the model did not precompute (rarer words at each position), 4 KB
   * each: a direct-mapped cache, where a new slice replaces the one in its place, so it keeps the vocabulary
   * of recent news without bound on memory and without a lock. A news corpus meets tens of thousands.
   */
  private static final int SLICES = 1 << 15;

  private record Slice(int key, float[] values) {}

  /** The hidden weights by feature position, each block hidden unit by embedding dimension, contiguous. */
  private final float[][] w1;
  private final int hiddenSize;
  /** The output weights widened to double once: the products are the same, the loop does not convert. */
  private final double[][] w2;
  private final float[][] embeddings;
  private final float[] b1;
  /** The row of {@code precomputed} of each feature at each position (feature × positions + position), -1 for none. */
  private final int[] precomputedAt;
  private final double[][] precomputed;
  private final int featureCount;
  private final AtomicReferenceArray<Slice> slices = new AtomicReferenceArray<>(SLICES);

  UdNetwork(Classifier classifier, Map<Integer, Integer> precomputedIndex, double[][] precomputed) {
    this.precomputed = precomputed;
    this.hiddenSize = classifier.getW1().length;
    this.w1 = byPosition(classifier.getW1(), classifier.getE()[0].length);
    this.w2 = widened(classifier.getW2());
    this.embeddings = classifier.getE();
    this.b1 = classifier.getb1();
    this.featureCount = w1.length;
    this.precomputedAt = indexed(precomputedIndex, embeddings.length * featureCount);
    if (hiddenSize % 4 != 0) {
      throw new IllegalStateException("the parser's hidden layer is not a multiple of 4 units: " + hiddenSize);
    }
  }

  private static float[][] byPosition(float[][] w1, int width) {
    float[][] blocks = new float[w1[0].length / width][w1.length * width];
    for (int i = 0; i < w1.length; i++) {
      for (int c = 0; c < w1[i].length; c++) {
        blocks[c / width][i * width + c % width] = w1[i][c];
      }
    }
    return blocks;
  }

  /**
   * CoreNLP's map of precomputed features as a flat table (15 MB for the English model): the forward pass looks
   * up 48 features a transition, and the map boxed each key and chased its nodes.
   */
  private static int[] indexed(Map<Integer, Integer> rows, int keys) {
    int[] at = new int[keys];
    Arrays.fill(at, -1);
    rows.forEach((key, row) -> at[key] = row);
    return at;
  }

  private static double[][] widened(float[][] rows) {
    double[][] wide = new double[rows.length][];
    for (int j = 0; j < rows.length; j++) {
      wide[j] = new double[rows[j].length];
      for (int i = 0; i < rows[j].length; i++) {
        wide[j][i] = rows[j][i];
      }
    }
    return wide;
  }

  /** CoreNLP's forward pass: the hidden layer from the feature slices, cubed, then the output rows. */
  double[] scores(int[] feature) {
    double[] h = new double[hiddenSize];
    for (int j = 0; j < feature.length; j++) {
      int saved = precomputedAt[feature[j] * featureCount + j];
      if (saved >= 0) {
        double[] slice = precomputed[saved];
        for (int i = 0; i < hiddenSize; i++) {
          h[i] += slice[i];
        }
      } else {
        float[] slice = cachedSlice(feature[j], j);
        for (int i = 0; i < hiddenSize; i++) {
          h[i] += slice[i];
        }
      }
    }
    for (int i = 0; i < hiddenSize; i++) {
      double x = h[i] + b1[i];
      h[i] = x * x * x;
    }
    return outputs(h);
  }

  private float[] cachedSlice(int feature, int position) {
    int key = feature * featureCount + position;
    int place = Math.floorMod(key * 0x9E3779B9, SLICES);
    Slice kept = slices.get(place);
    if (kept != null && kept.key() == key) {
      return kept.values();
    }
    float[] values = slice(embeddings[feature], position);
    slices.set(place, new Slice(key, values));
    return values;
  }

  /**
   * One feature's contribution to the hidden layer, rounded to float as CoreNLP's cache keeps it; four
   * hidden units at a time, each summed in CoreNLP's order.
   */
  private float[] slice(float[] embedding, int position) {
    float[] block = w1[position];
    int width = embedding.length;
    float[] slice = new float[hiddenSize];
    for (int i = 0; i < hiddenSize; i += 4) {
      int b = i * width;
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (int k = 0; k < width; k++) {
        float e = embedding[k];
        s0 += block[b + k] * e;
        s1 += block[b + width + k] * e;
        s2 += block[b + 2 * width + k] * e;
        s3 += block[b + 3 * width + k] * e;
      }
      slice[i] = (float) s0;
      slice[i + 1] = (float) s1;
      slice[i + 2] = (float) s2;
      slice[i + 3] = (float) s3;
    }
    return slice;
  }

  /** The output layer, four rows at a time: four independent sums keep the CPU's adders busy. */
  private double[] outputs(double[] h) {
    double[] scores = new double[w2.length];
    int j = 0;
    for (; j + 3 < w2.length; j += 4) {
      double[] r0 = w2[j];
      double[] r1 = w2[j + 1];
      double[] r2 = w2[j + 2];
      double[] r3 = w2[j + 3];
      double s0 = 0;
      double s1 = 0;
      double s2 = 0;
      double s3 = 0;
      for (int i = 0; i < h.length; i++) {
        double x = h[i];
        s0 += x * r0[i];
        s1 += x * r1[i];
        s2 += x * r2[i];
        s3 += x * r3[i];
      }
      scores[j] = s0;
      scores[j + 1] = s1;
      scores[j + 2] = s2;
      scores[j + 3] = s3;
    }
    for (; j < w2.length; j++) {
      double s = 0;
      for (int i = 0; i < h.length; i++) {
        s += h[i] * w2[j][i];
      }
      scores[j] = s;
    }
    return scores;
  }
}
