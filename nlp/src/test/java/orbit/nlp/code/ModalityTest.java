package orbit.nlp.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import orbit.core.OrbitException;
import orbit.core.cameo.Codebook;
import orbit.core.event.Factuality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data tables of CAMEO's modality conventions: modality.tsv and the precedence rows of cues.tsv. */
class ModalityTest {
  private static final Modality STANDARD = Modality.standard(Codebook.standard());

  @Test
  void theLongestListedPrefixOfTheStatedActDecides() {
    assertThat(STANDARD.stated("0841", Modality.Kind.INTENDED)).isEqualTo("0353");
    assertThat(STANDARD.stated("042", Modality.Kind.INTENDED)).isEqualTo("036");
    assertThat(STANDARD.stated("163", Modality.Kind.THREATENED)).isEqualTo("1312");
    assertThat(STANDARD.stated("163", Modality.Kind.DECIDED)).isEqualTo("163");
    assertThat(STANDARD.stated("195", Modality.Kind.INTENDED)).isEqualTo("1384");
    assertThat(STANDARD.stated("010", Modality.Kind.INTENDED)).isNull();
    assertThat(STANDARD.stated("0841", Modality.Kind.REFUSED)).isEqualTo("1243");
    assertThat(STANDARD.stated("195", Modality.Kind.REFUSED)).isNull();
  }

  @Test
  void aTableNamingNoCameoCodeIsRefused(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("modality.tsv");
    Files.writeString(tsv, "# test\n04\t036\t-\t036\t125\n19\t1399\t138\tsame\t-\n");
    assertThatThrownBy(() -> Modality.read(tsv.toUri().toURL(), Codebook.standard()))
        .isInstanceOf(OrbitException.class).hasMessageContaining("'1399' is not a CAMEO code");
  }

  @Test
  void precedenceIsTheCueFilesRankRows(@TempDir Path dir) throws IOException {
    Cues cues = Cues.standard();
    assertThat(cues.stronger(Factuality.DENIED, Factuality.HYPOTHETICAL)).isTrue();
    assertThat(cues.stronger(Factuality.NEGATED, Factuality.DENIED)).isTrue();
    assertThat(cues.stronger(Factuality.HYPOTHETICAL, Factuality.ALLEGED)).isTrue();
    assertThat(cues.stronger(Factuality.REPORTED, Factuality.ASSERTED)).isTrue();
    Path tsv = dir.resolve("cues.tsv");
    Files.writeString(tsv, "say\tverb\treported\nwill\tmodal\tintended\n1\trank\treported\n");
    assertThatThrownBy(() -> Cues.read(tsv.toUri().toURL()))
        .isInstanceOf(OrbitException.class).hasMessageContaining("every factuality needs a rank row");
  }
}
