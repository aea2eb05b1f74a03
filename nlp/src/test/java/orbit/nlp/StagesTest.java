package orbit.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import orbit.core.OrbitException;
import orbit.nlp.petrarch.ConlluParse;
import org.junit.jupiter.api.Test;

/** The registry's pipelines are checked when built (no CoreNLP model loads here). */
class StagesTest {
  private final Stages stages = Stages.standard();

  @Test
  void theCoderNeedsTheLayersItReadsBeforeIt() {
    assertThatThrownBy(() -> stages.pipeline("code")).isInstanceOf(OrbitException.class)
        .hasMessageContaining("'code' requires").hasMessageContaining("QUOTES").hasMessageContaining("TIMEXES");
    assertThatThrownBy(() -> stages.pipeline(ConlluParse.LAYERS, "code")).hasMessageContaining("requires [QUOTES]");
  }

  @Test
  void aGivenParseTakesTheAnnotatorsPlace() {
    assertThat(stages.pipeline(ConlluParse.LAYERS, "quotes", "code").names()).containsExactly("quotes", "code");
  }

  @Test
  void anUnknownNameListsTheStages() {
    assertThatThrownBy(() -> stages.pipeline("parse")).isInstanceOf(OrbitException.class)
        .hasMessageContaining("no stage named 'parse'").hasMessageContaining("[corenlp, tagger, quotes, code, russian]");
  }
}
