package orbit.nlp.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import orbit.core.OrbitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneRulesTest {
  @TempDir Path dir;

  @Test
  void theStandardTableGivesAgentsByCodePrefixAndScenesBySector() {
    SceneRules rules = SceneRules.standard();
    assertThat(rules.agent("1731")).isEqualTo("COP");
    assertThat(rules.agent("116")).isEqualTo("JUD");
    assertThat(rules.agent("190")).isNull();
    assertThat(rules.takesScene("COP", "riot police")).isTrue();
    assertThat(rules.takesScene("MIL", "troops")).isFalse();
    assertThat(rules.takesScene("MIL", "security forces")).isTrue();
    assertThat(rules.takesScene("", "country")).isTrue();
    assertThat(rules.placed()).contains("18", "19").doesNotContain("17");
  }

  @Test
  void aBadRowIsAnErrorNamingTheFileAndRow() throws IOException {
    Path bad = Files.writeString(dir.resolve("scene.tsv"), "# kinds\nsector\tCOP\nagent\t173\n");
    assertThatThrownBy(() -> SceneRules.read(bad.toUri().toURL())).isInstanceOf(OrbitException.class)
        .hasMessageContaining("scene.tsv").hasMessageContaining("actor type exactly when it is an agent");
    Path unknown = Files.writeString(dir.resolve("kinds.tsv"), "colour\tred\n");
    assertThatThrownBy(() -> SceneRules.read(unknown.toUri().toURL())).hasMessageContaining("'colour' is not a kind");
  }
}
