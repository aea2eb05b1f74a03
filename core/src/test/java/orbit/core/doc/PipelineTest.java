package orbit.core.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import orbit.core.OrbitException;
import org.junit.jupiter.api.Test;

class PipelineTest {
  private static Stage stage(String name, Set<Layer> requires, Set<Layer> provides) {
    return new Stage() {
      public String name() { return name; }
      public Set<Layer> requires() { return requires; }
      public Set<Layer> provides() { return provides; }
      public ArticleDoc apply(ArticleDoc doc) { return doc.withSentences(doc.sentences(), provides); }
    };
  }

  @Test
  void rejectsStagesOutOfOrderWhenBuilt() {
    Stage tokens = stage("tokenize", Set.of(), Set.of(Layer.TOKENS));
    Stage parse = stage("parse", Set.of(Layer.TOKENS, Layer.POS), Set.of(Layer.DEPENDENCIES));
    assertThatThrownBy(() -> Pipeline.of(tokens, parse))
        .isInstanceOf(OrbitException.class)
        .hasMessageContaining("'parse' requires [POS]");
  }

  @Test
  void runsStagesInOrderAndAccumulatesLayers() {
    Pipeline pipeline = Pipeline.of(stage("tokenize", Set.of(), Set.of(Layer.TOKENS, Layer.POS)),
        stage("parse", Set.of(Layer.TOKENS, Layer.POS), Set.of(Layer.DEPENDENCIES)));
    ArticleDoc doc = pipeline.apply(new Article("a1", LocalDate.of(2025, 7, 24), null, null, null, "Text."));
    assertThat(doc.layers()).containsExactlyInAnyOrder(Layer.TOKENS, Layer.POS, Layer.DEPENDENCIES);
    assertThat(pipeline.names()).isEqualTo(List.of("tokenize", "parse"));
  }

  @Test
  void startsFromTheLayersADocArrivesWith() {
    Stage parse = stage("parse", Set.of(Layer.TOKENS, Layer.POS), Set.of(Layer.DEPENDENCIES));
    Pipeline pipeline = Pipeline.after(Set.of(Layer.TOKENS, Layer.POS), List.of(parse));
    Article a = new Article("a1", LocalDate.of(2025, 7, 24), null, null, null, "Text.");
    ArticleDoc tagged = ArticleDoc.of(a).withSentences(List.of(), Set.of(Layer.TOKENS, Layer.POS));
    assertThat(pipeline.apply(tagged).layers()).contains(Layer.DEPENDENCIES);
    assertThatThrownBy(() -> pipeline.apply(ArticleDoc.of(a))).hasMessageContaining("runs on docs with");
    assertThatThrownBy(() -> Pipeline.after(Set.of(Layer.TOKENS), List.of(parse)))
        .hasMessageContaining("'parse' requires [POS]");
  }
}
