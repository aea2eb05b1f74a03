package orbit.nlp.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import orbit.nlp.SharedData;
import orbit.nlp.code.EventLexicon;
import org.junit.jupiter.api.Test;

/** A dictionaries directory replaces Orbit's lexicon, or merges with it. */
class DictionariesTest {
  @Test
  void replaceCodesWithTheDictionariesAloneAndMergeWithBoth() {
    Path dir = SharedData.path("data/petrarch/ud-petr-validate");
    Dictionaries.Sources sources = Dictionaries.find(dir);
    assertThat(sources.verbs()).extracting(p -> p.getFileName().toString()).containsExactly("PETR_Validate_verbs_2_02.txt");
    assertThat(sources.discards()).hasSize(1);
    Set<String> own = EventLexicon.standard().codes();
    Set<String> replace = Dictionaries.load(sources, Dictionaries.Mode.REPLACE).lexicon().codes();
    Set<String> merge = Dictionaries.load(sources, Dictionaries.Mode.MERGE).lexicon().codes();
    assertThat(replace).contains("1121", "042", "043");
    Set<String> onlyOrbit = new TreeSet<>(own);
    onlyOrbit.removeAll(replace);
    assertThat(onlyOrbit).isNotEmpty();
    assertThat(merge).containsAll(own).containsAll(replace);
  }
}
