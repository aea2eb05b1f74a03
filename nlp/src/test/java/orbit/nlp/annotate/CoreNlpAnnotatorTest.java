package orbit.nlp.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Dependency;
import orbit.core.doc.Layer;
import orbit.core.doc.Sentence;
import orbit.core.doc.Timex;
import orbit.core.doc.Token;
import orbit.nlp.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CoreNlpAnnotatorTest {
  private static CoreNlpAnnotator annotator;
  private static ArticleDoc seed;

  @BeforeAll
  static void annotateSeed() {
    annotator = new CoreNlpAnnotator(NlpConfig.standard(),
        tokens -> tokens.stream().anyMatch(t -> Set.of("kill", "down", "hold", "call").contains(t.lemma())));
    seed = annotator.apply(ArticleDoc.of(SharedData.seed()));
  }

  private static Sentence containing(String words) {
    return seed.sentences().stream().filter(s -> s.text(seed.text()).contains(words)).findFirst().orElseThrow();
  }

  @Test
  void tokensCarryOffsetsIntoTheArticleText() {
    assertThat(seed.layers()).contains(Layer.TOKENS, Layer.POS, Layer.ENTITIES, Layer.DEPENDENCIES);
    for (Sentence s : seed.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(seed.text().substring(t.begin(), t.end())).isEqualTo(t.word());
      }
    }
  }

  @Test
  void headlinesOnTheirOwnLineAreSentences() {
    assertThat(seed.sentences()).anySatisfy(s -> assertThat(s.text(seed.text())).isEqualTo("Red lines blurred"));
  }

  @Test
  void parsesOnlySelectedSentences() {
    Sentence killed = containing("law enforcement in Yekaterinburg killed");
    assertThat(killed.isParsed()).isTrue();
    Token kill = killed.tokens().stream().filter(t -> t.word().equals("killed")).findFirst().orElseThrow();
    List<String> fromKill = killed.dependencies().stream().filter(d -> d.governor() == kill.index())
        .map(Dependency::relation).toList();
    assertThat(fromKill).contains("nsubj", "obj");
    assertThat(containing("Baku accuses").isParsed()).isFalse();
  }

  @Test
  void aVerbInsideAnOrganisationsNameIsPartOfTheName() {
    ArticleDoc doc = annotator.apply(ArticleDoc.of(new Article("cpj", LocalDate.of(2024, 5, 3),
        null, null, null, "The Committee to Protect Journalists called on Azerbaijan on Friday to free seven reporters.")));
    Sentence s = doc.sentences().get(0);
    int root = s.dependencies().stream().filter(d -> d.governor() == Dependency.ROOT).findFirst().orElseThrow().dependent();
    assertThat(s.tokens().get(root).word()).isEqualTo("called");
    assertThat(s.tokens().get(3).pos()).isEqualTo("NNP");
  }

  @Test
  void normalisesDatesAgainstTheArticleDate() {
    assertThat(containing("In December 2024").timexes()).extracting(Timex::value).contains("2024-12");
    assertThat(containing("on July 10").timexes()).extracting(Timex::value).contains("2025-07-10");
    assertThat(containing("Moscow's diminishing reach").timexes()).isEmpty();
  }
}
