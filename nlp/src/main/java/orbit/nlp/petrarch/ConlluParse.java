package orbit.nlp.petrarch;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoNLLUReader;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import orbit.core.OrbitException;
import orbit.core.doc.Dependency;
import orbit.core.doc.Layer;
import orbit.core.doc.Sentence;
import orbit.core.doc.Token;

/**
 * A sentence from a given CoNLL-U parse (read by CoreNLP's CoNLL-U reader) instead of Orbit's own,
 * so that a comparison with another coder isolates the coding. Tokens take the text's character
 * offsets where their words are found in it; UD v1 relations (UD-PETRARCH's files) are renamed to
 * the UD v2 ones Orbit's parser gives: dobj → obj, nsubjpass → nsubj:pass, nmod of a predicate → obl.
 */
public final class ConlluParse {
  private static final Map<String, String> V1_TO_V2 = Map.of("dobj", "obj", "nsubjpass", "nsubj:pass",
      "csubjpass", "csubj:pass", "auxpass", "aux:pass", "neg", "advmod", "name", "flat", "mwe", "fixed");
  private static final Set<String> PREDICATES = Set.of("VERB", "AUX", "ADJ");
  /**
   * The layers a doc of such sentences has. CoNLL-U carries no named entities or time expressions: every token
   * is tagged O and no sentence has a time expression, as from a tagger that found none.
   */
  public static final Set<Layer> LAYERS = Set.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES,
      Layer.TIMEXES, Layer.DEPENDENCIES);

  private ConlluParse() {}

  /** The sentence the CoNLL-U lines describe, its tokens placed in {@code text} from {@code offset} on. */
  public static Sentence sentence(String conllu, String text, int index, int offset) {
    Annotation annotation = read(conllu);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.size() != 1) {
      throw new OrbitException("a record's parse must hold one sentence, not " + (sentences == null ? 0 : sentences.size()));
    }
    CoreMap s = sentences.get(0);
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    int at = offset;
    for (CoreLabel label : labels) {
      String word = label.word();
      int found = text.indexOf(word, at);
      int begin = found >= 0 && found - at < 40 ? found : at;
      int end = found == begin ? begin + word.length() : begin;
      tokens.add(new Token(tokens.size(), begin, end, word, label.lemma() == null ? word : label.lemma(),
          label.tag() == null ? "" : label.tag(), "O"));
      at = end;
    }
    SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    List<Dependency> arcs = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      arcs.add(new Dependency(Dependency.ROOT, root.index() - 1, "root"));
    }
    for (SemanticGraphEdge e : graph.edgeListSorted()) {
      String upos = labels.get(e.getGovernor().index() - 1).get(CoreAnnotations.CoarseTagAnnotation.class);
      arcs.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1,
          relation(e.getRelation().toString(), upos)));
    }
    arcs.sort((a, b) -> Integer.compare(a.dependent(), b.dependent()));
    int end = tokens.isEmpty() ? offset : tokens.get(tokens.size() - 1).end();
    return new Sentence(index, offset, Math.max(offset, end), tokens, arcs, List.of());
  }

  private static Annotation read(String conllu) {
    try {
      CoNLLUReader reader = new CoNLLUReader(new Properties());
      CoNLLUReader.CoNLLUDocument doc = reader.new CoNLLUDocument();
      for (String line : conllu.strip().split("\\R")) {
        if (!line.isBlank()) {
          doc.lastSentence().processLine(line.strip());  // a new document starts with one empty sentence
        }
      }
      return reader.convertCoNLLUDocumentToAnnotation(doc);
    } catch (ClassNotFoundException e) {
      throw new OrbitException("CoreNLP's CoNLL-U reader is missing: " + e.getMessage(), e);
    }
  }

  /** The UD v2 name of a relation; an nmod (or nmod:tmod) of a verb or adjective is an oblique. */
  static String relation(String v1, String governorUpos) {
    String r = V1_TO_V2.getOrDefault(v1, v1);
    if ((r.equals("nmod") || r.startsWith("nmod:")) && !r.equals("nmod:poss") && PREDICATES.contains(governorUpos)) {
      return "obl" + r.substring("nmod".length());
    }
    return r;
  }
}
