package orbit.nlp.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import orbit.core.doc.Dependency;
import org.junit.jupiter.api.Test;

/** Orbit's scoring loop must give CoreNLP's own parses, arc for arc and label for label. */
class UdParserTest {
  private static final String MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  @Test
  void parsesEverySentenceOfTheSampleCorpusAsCoreNlpDoes() throws Exception {
    NlpConfig config = NlpConfig.standard();
    StanfordCoreNLP tagger = new StanfordCoreNLP(config.tagger());
    DependencyParser coreNlp = DependencyParser.loadFromModelFile(MODEL, config.parser());
    UdParser orbit = new UdParser(DependencyParser.loadFromModelFile(MODEL, config.parser()));
    Annotation corpus = new Annotation(Files.readString(Path.of("../corpus/sample/articles.jsonl")));
    tagger.annotate(corpus);
    List<CoreMap> sentences = corpus.get(CoreAnnotations.SentencesAnnotation.class);
    assertThat(sentences).hasSizeGreaterThan(200);
    boolean passive = false;
    for (CoreMap s : sentences) {
      List<Dependency> expected = UdParser.dependencies(coreNlp.predict(s));
      List<Dependency> parsed = orbit.parse(s);
      assertThat(parsed).as(s.toString()).containsExactlyInAnyOrderElementsOf(expected);
      passive |= parsed.stream().anyMatch(d -> d.relation().equals("nsubj:pass"));
    }
    assertThat(passive).as("CoreNLP's corrections of the conversion apply").isTrue();
  }
}
