package orbit.nlp.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import orbit.core.doc.Dependency;
import orbit.core.doc.Sentence;
import org.junit.jupiter.api.Test;

/** A UD v1 parse as UD-PETRARCH's records give it becomes an Orbit sentence with UD v2 relations. */
class ConlluParseTest {
  private static final String TEXT = "Arnor restored ties with Gondor.";
  private static final String PARSE = String.join("\n",
      "1\tArnor\tArnor\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_",
      "2\trestored\trestore\tVERB\tVBD\tTense=Past\t0\troot\t_\t_",
      "3\tties\ttie\tNOUN\tNNS\tNumber=Plur\t2\tdobj\t_\t_",
      "4\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_",
      "5\tGondor\tGondor\tPROPN\tNNP\tNumber=Sing\t2\tnmod\t_\t_",
      "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_");

  @Test
  void readsTokensOffsetsAndRenamesRelations() {
    Sentence s = ConlluParse.sentence(PARSE, TEXT, 0, 0);
    assertThat(s.tokens()).extracting(t -> t.word() + "/" + t.lemma() + "/" + t.pos())
        .containsExactly("Arnor/Arnor/NNP", "restored/restore/VBD", "ties/tie/NNS", "with/with/IN", "Gondor/Gondor/NNP", "././.");
    assertThat(s.tokens().get(4).begin()).isEqualTo(TEXT.indexOf("Gondor"));
    assertThat(s.dependencies()).contains(new Dependency(Dependency.ROOT, 1, "root"), new Dependency(1, 2, "obj"),
        new Dependency(1, 4, "obl"), new Dependency(4, 3, "case"));
  }
}
