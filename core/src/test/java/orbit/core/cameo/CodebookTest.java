package orbit.core.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import orbit.core.OrbitException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CodebookTest {
  static final Set<String> PLOVER_CATEGORIES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
      "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

  private final Codebook codebook = Codebook.standard();

  static Stream<CameoCode> codes() {
    return Codebook.standard().all().stream();
  }

  @Test
  void loadsEveryCodeOnceInCodebookOrder() {
    List<CameoCode> all = codebook.all();
    assertThat(all).hasSize(311);
    assertThat(all.get(0).code()).isEqualTo("01");
    assertThat(all.get(all.size() - 1).code()).isEqualTo("2042");
    assertThat(all.stream().filter(CameoCode::isRoot).map(CameoCode::code))
        .containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10",
            "11", "12", "13", "14", "15", "16", "17", "18", "19", "20");
    assertThat(Codebook.standard()).isSameAs(codebook);
  }

  @Test
  void looksUpACodeWithItsWeightsAndCategories() {
    assertThat(codebook.get("190"))
        .isEqualTo(new CameoCode("190", "Use conventional military force, not specified below", -10.0, 4, "ASSAULT"));
    assertThat(codebook.get("0871").plover()).isEqualTo("RETREAT");
    assertThat(codebook.get("0841").plover()).isEqualTo("RETREAT");
    assertThat(codebook.get("0831").plover()).isEqualTo("CONCEDE");
    assertThat(codebook.get("010").plover()).isNull();
    assertThat(codebook.find("999")).isEmpty();
  }

  @Test
  void walksUpAndDownTheHierarchy() {
    assertThat(codebook.get("1823").root()).isEqualTo("18");
    assertThat(codebook.root("1823").name()).isEqualTo("Assault");
    assertThat(codebook.parent("1823")).map(CameoCode::code).contains("182");
    assertThat(codebook.parent("182")).map(CameoCode::code).contains("18");
    assertThat(codebook.parent("18")).isEmpty();
    assertThat(codebook.children("182")).extracting(CameoCode::code).containsExactly("1821", "1822", "1823");
    assertThat(codebook.children("1823")).isEmpty();
  }

  @Test
  void selectsCodesInTheOrderAskedAndAllWhenNoneAreAsked() {
    assertThat(codebook.select(List.of("190", "04"))).extracting(CameoCode::code).containsExactly("190", "04");
    assertThat(codebook.select(List.of())).isEqualTo(codebook.all());
  }

  @Test
  void anUnknownCodeNamesItselfAndTheValidCodesNearIt() {
    assertThatThrownBy(() -> codebook.select(List.of("190", "1999")))
        .isInstanceOf(OrbitException.class)
        .hasMessageStartingWith("unknown CAMEO code '1999': codes under 19 are 190, 191,")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> codebook.get("99")).hasMessageContaining("the roots are 01, 02,");
    assertThatThrownBy(() -> codebook.get("0441")).hasMessageContaining("044 has no finer codes");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void everyCodeSitsUnderItsRootAndParent(CameoCode code) {
    assertThat(code.code()).matches("\\d{2,4}");
    assertThat(codebook.find(code.root())).as("root of %s", code.code()).isPresent();
    if (!code.isRoot()) {
      assertThat(codebook.parent(code.code())).as("parent of %s", code.code()).isPresent();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void everyCodeFollowsTheQuadClassRuleAndHasANameWeightAndCategory(CameoCode code) {
    int root = Integer.parseInt(code.root());
    assertThat(root).isBetween(1, 20);
    int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    assertThat(code.quad()).as("QuadClass of %s", code.code()).isEqualTo(quad);
    assertThat(code.name()).as("name of %s", code.code()).isNotBlank();
    assertThat(code.goldstein()).as("Goldstein of %s", code.code()).isBetween(-10.0, 10.0);
    if (code.root().equals("01")) {
      assertThat(code.plover()).as("PLOVER of %s", code.code()).isNull();
    } else {
      assertThat(code.plover()).as("PLOVER of %s", code.code()).isIn(PLOVER_CATEGORIES);
    }
  }
}
