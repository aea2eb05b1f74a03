package orbit.nlp.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import orbit.core.OrbitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** words.tsv and roots.tsv: read as documented, and malformed rows refused with their file. */
class PolicyTablesTest {
  @Test
  void rootPoliciesTakeTheLongestPrefix() {
    RootPolicies roots = RootPolicies.STANDARD;
    assertThat(roots.of("042").destination()).isTrue();
    assertThat(roots.of("0421").destination()).isTrue();
    assertThat(roots.of("043").destination()).isFalse();
    assertThat(roots.of("043").mutual()).isTrue();
    assertThat(roots.of("14").implicit())
        .containsExactlyInAnyOrder(RootPolicies.Implicit.PLACE, RootPolicies.Implicit.GOVERNMENT);
    assertThat(roots.of("13").states()).isEqualTo(RootPolicies.States.THREAT);
    assertThat(roots.of("07").partner()).isTrue();
    assertThat(roots.of("09").partner()).isFalse();
    assertThat(roots.of("0813").implicit()).containsExactly(RootPolicies.Implicit.OWN);
    assertThat(roots.of("081").implicit()).isEmpty();
    assertThat(roots.of("10").partner()).isFalse();
  }

  @Test
  void wordClassesKeepTheirRowOrder() {
    assertThat(Words.STANDARD.of(Words.Kind.EVENT_PLACE)).containsExactly("in", "at");
    assertThat(Words.STANDARD.is(Words.Kind.RECIPROCAL, "each other")).isTrue();
    assertThat(Words.STANDARD.is(Words.Kind.QUANTITY, "hundreds")).isTrue();
  }

  @Test
  void orbitEntriesTakeMutualRootsFromTheTableAndDictionariesOnlyFromTheirMark(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("lexicon.tsv");
    Files.writeString(file, "036\tverb\tmeet\t-\n");
    LexiconEntry meet = EventLexicon.read(file.toUri().toURL()).verbs("meet").get(0);
    assertThat(meet.roles()).isSameAs(OrbitRoles.INSTANCE);
    assertThat(OrbitRoles.INSTANCE.mutual(meet)).isTrue();
    assertThat(PetrarchRoles.INSTANCE.mutual(meet)).isFalse();
    assertThat(PetrarchRoles.INSTANCE.byForm()).isTrue();
    assertThat(OrbitRoles.INSTANCE.infersTargets()).isTrue();
  }

  @Test
  void malformedTablesAreRefused(@TempDir Path dir) throws Exception {
    Path words = dir.resolve("words.tsv");
    Files.writeString(words, "# a comment\nquantity\thundred\nflavour\tsweet\n");
    assertThatThrownBy(() -> Words.read(words.toUri().toURL()))
        .isInstanceOf(OrbitException.class).hasMessageContaining("'flavour' is not a word class");
    Path roots = dir.resolve("roots.tsv");
    Files.writeString(roots, "code\tpartner\tmutual\trequest\timplicit\tstates\tdestination\n01\tmaybe\t-\t-\t-\t-\t-\n");
    assertThatThrownBy(() -> RootPolicies.read(roots.toUri().toURL()))
        .isInstanceOf(OrbitException.class).hasMessageContaining("'partner' is 'yes' or '-'");
  }
}
