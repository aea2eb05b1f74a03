package orbit.nlp.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import orbit.core.doc.Dependency;

/**
 * CoreNLP's neural UD parser (Chen and Manning's arc-standard network, CoreNLP's model and features)
 * with its scoring loop written for throughput. CoreNLP scores a transition with one dot product per
 * output row, each a chain of dependent additions that the CPU cannot overlap, and recomputes the hidden
 * layer of most words it meets; this loop advances four rows at once, each summed in CoreNLP's own order,
 * and keeps far more words' slices, so every score, and so every parse, is bit for bit CoreNLP's
 * ({@code UdParserTest} compares them). The model's internals are read by reflection: CoreNLP keeps them private.
 */
final class UdParser {
  /**
   * Hidden-layer slices of the features the model did not precompute (rarer words at each position), 4 KB
   * each: a direct-mapped cache, where a new slice replaces the one in its place, so it keeps the vocabulary
   * of recent news without bound on memory and without a lock. A news corpus meets tens of thousands.
   */
  private static final int SLICES = 1 << 15;

  private record Slice(int key, float[] values) {}

  private final ArcStandard system;
  private final List<String> transitions;
  private final MethodHandle features;
  private final MethodHandle relation;
  private final MethodHandle structure;
  /** The hidden weights by feature position, each block hidden unit by embedding dimension, contiguous. */
  private final float[][] w1;
  private final int hiddenSize;
  /** The output weights widened to double once: the products are the same, the loop does not convert. */
  private final double[][] w2;
  private final float[][] embeddings;
  private final float[] b1;
  private final Map<Integer, Integer> precomputedIndex;
  private final double[][] precomputed;
  private final int featureCount;
  private final AtomicReferenceArray<Slice> slices = new AtomicReferenceArray<>(SLICES);

  @SuppressWarnings("unchecked")
  UdParser(DependencyParser parser) {
    try {
      ParsingSystem parsing = (ParsingSystem) read(DependencyParser.class, "system", parser);
      if (!(parsing instanceof ArcStandard arcStandard)) {
        throw new IllegalStateException("not an arc-standard parser model: " + parsing.getClass().getName());
      }
      this.system = arcStandard;
      this.transitions = (List<String>) read(ParsingSystem.class, "transitions", parsing);
      this.features = method(parser, "getFeatureArray", Configuration.class);
      this.relation = method(parser, "makeGrammaticalRelation", String.class);
      this.structure = method(parser, "makeGrammaticalStructure", List.class, TreeGraphNode.class);
      Classifier classifier = (Classifier) read(DependencyParser.class, "classifier", parser);
      this.precomputedIndex = (Map<Integer, Integer>) read(Classifier.class, "preMap", classifier);
      this.precomputed = (double[][]) read(Classifier.class, "saved", classifier);
      this.hiddenSize = classifier.getW1().length;
      this.w1 = byPosition(classifier.getW1(), classifier.getE()[0].length);
      this.w2 = widened(classifier.getW2());
      this.embeddings = classifier.getE();
      this.b1 = classifier.getb1();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this CoreNLP's parser does not have the internals Orbit reads", e);
    }
    this.featureCount = w1.length;
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

  private static MethodHandle method(DependencyParser parser, String name, Class<?>... parameters)
      throws ReflectiveOperationException {
    Method method = DependencyParser.class.getDeclaredMethod(name, parameters);
    method.setAccessible(true);
    return MethodHandles.lookup().unreflect(method).bindTo(parser);
  }

  private static Object read(Class<?> owner, String name, Object of) throws ReflectiveOperationException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return field.get(of);
  }

  /** The UD basic dependencies of a tagged sentence, in the order of their dependents. */
  List<Dependency> parse(CoreMap sentence) {
    Configuration c = system.initialConfiguration(sentence);
    while (!system.isTerminal(c)) {
      String forced = onlyValid(c);
      if (forced != null) {
        system.apply(c, forced); // the network would choose it whatever it scored
        continue;
      }
      double[] scores = scores(featuresOf(c));
      double best = Double.NEGATIVE_INFINITY;
      String chosen = null;
      for (int j = 0; j < scores.length; j++) {
        if (scores[j] > best && system.canApply(c, transitions.get(j))) {
          best = scores[j];
          chosen = transitions.get(j);
        }
      }
      system.apply(c, chosen);
    }
    return dependencies(structure(c, sentence.get(CoreAnnotations.TokensAnnotation.class)));
  }

  /**
   * The parse as CoreNLP's grammatical structure, built as {@code DependencyParser.predict} builds it:
   * building it applies CoreNLP's corrections of the UD conversion (a passive's subject is nsubj:pass).
   */
  private GrammaticalStructure structure(Configuration c, List<CoreLabel> words) {
    IndexedWord root = new IndexedWord(new Word("ROOT"));
    root.set(CoreAnnotations.IndexAnnotation.class, 0);
    List<TypedDependency> arcs = new ArrayList<>(words.size());
    try {
      for (int k = 1; k <= c.getSentenceSize(); k++) {
        int head = c.getHead(k);
        arcs.add(new TypedDependency(head == 0 ? GrammaticalRelation.ROOT : (GrammaticalRelation) relation.invokeExact(c.getLabel(k)),
            head == 0 ? root : new IndexedWord(words.get(head - 1)), new IndexedWord(words.get(k - 1))));
      }
      return (GrammaticalStructure) structure.invokeExact(arcs, new TreeGraphNode(root));
    } catch (Throwable e) {
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  /** CoreNLP's typed dependencies as Orbit's arcs. */
  static List<Dependency> dependencies(GrammaticalStructure parse) {
    List<Dependency> arcs = new ArrayList<>();
    for (TypedDependency d : parse.typedDependencies()) {
      int governor = d.gov().index() - 1; // CoreNLP counts from 1, its root is 0
      arcs.add(new Dependency(governor < 0 ? Dependency.ROOT : governor, d.dep().index() - 1, d.reln().toString()));
    }
    arcs.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    return arcs;
  }

  /** The one transition that can apply here (a shift onto a stack of the root and one word), else null. */
  private String onlyValid(Configuration c) {
    String valid = null;
    for (String t : transitions) {
      if (system.canApply(c, t)) {
        if (valid != null) {
          return null;
        }
        valid = t;
      }
    }
    return valid;
  }

  private int[] featuresOf(Configuration c) {
    try {
      return (int[]) features.invokeExact(c);
    } catch (Throwable e) {
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  /** CoreNLP's forward pass: the hidden layer from the feature slices, cubed, then the output rows. */
  private double[] scores(int[] feature) {
    double[] h = new double[hiddenSize];
    for (int j = 0; j < feature.length; j++) {
      Integer saved = precomputedIndex.get(feature[j] * featureCount + j);
      if (saved != null) {
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
