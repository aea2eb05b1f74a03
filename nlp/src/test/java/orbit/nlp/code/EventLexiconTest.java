package orbit.nlp.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import orbit.core.OrbitException;
import orbit.core.cameo.Codebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLexiconTest {
  @Test
  void everyCodeIsInTheCodebookAndEveryRootIsCovered() {
    EventLexicon lexicon = EventLexicon.standard();
    Codebook codebook = Codebook.standard();
    Set<String> roots = new TreeSet<>();
    for (String code : lexicon.codes()) {
      assertThat(codebook.find(code)).as("code %s of lexicon.tsv", code).isPresent();
      roots.add(code.substring(0, 2));
    }
    assertThat(roots).hasSize(20);
  }

  @Test
  void cuesLoad() {
    assertThat(Cues.standard()).isNotNull();
  }

  @Test
  void badLinesAreReportedWithTheirLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lexicon.tsv");
    Files.writeString(file, "# test\n173\tverb\tdetain\t-\n111\tverb\tcondemn\tbogus=1\n");
    assertThatThrownBy(() -> EventLexicon.read(file.toUri().toURL()))
        .isInstanceOf(OrbitException.class).hasMessageContaining(":3: unknown constraint 'bogus'");
  }

  @Test
  void dictionaryVerbsMatchTheirRegularFormsOnly() {
    assertThat(List.of("depart", "departs", "departed", "departing"))
        .allMatch(w -> EventLexicon.isRegularForm("depart", w));
    assertThat(List.of("departes", "departx", "departted")).noneMatch(w -> EventLexicon.isRegularForm("depart", w));
    assertThat(List.of("carries", "carried", "pushes", "stopped", "stopping", "hoping", "hoped"))
        .allMatch(w -> EventLexicon.isRegularForm(w.startsWith("carr") ? "carry" : w.startsWith("push") ? "push"
            : w.startsWith("stop") ? "stop" : "hope", w));
  }
}
