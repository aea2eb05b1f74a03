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
import orbit.core.doc.Dependency;

/**
 * CoreNLP's neural UD parser (Chen and Manning's arc-standard network, CoreNLP's model and features)
 * with its scoring loop written for throughput. CoreNLP scores a transition with one dot product per
 * output row, each a chain of dependent additions that the CPU cannot overlap, and recomputes the hidden
 * layer of most words it meets; this loop advances four rows at once, each summed in CoreNLP's own order,
 * and keeps far more words' slices ({@link UdNetwork}), so every score, and so every parse, is bit for bit
 * CoreNLP's ({@code UdParserTest} compares them). The model's internals are read by reflection: CoreNLP keeps them
 * private.
 */
final class UdParser {
  private final ArcStandard system;
  private final List<String> transitions;
  private final MethodHandle features;
  private final MethodHandle relation;
  private final MethodHandle structure;
  private final UdNetwork network;
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
      this.network = new UdNetwork(classifier, (Map<Integer, Integer>) read(Classifier.class, "preMap", classifier),
          (double[][]) read(Classifier.class, "saved", classifier));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this CoreNLP's parser does not have the internals Orbit reads", e);
    }
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
      double[] scores = network.scores(featuresOf(c));
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


}
