package orbit.nlp.resolve.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import orbit.nlp.SharedData;
import orbit.nlp.resolve.petrarch.VerbDictionary.Kind;
import orbit.nlp.resolve.petrarch.VerbDictionary.VerbPattern;
import org.junit.jupiter.api.Test;

/** The verbs dictionaries in ../shared: every line is read or reported with its line number. */
class VerbDictionaryTest {
  @Test
  void validationVerbsReadWithTheBadLinesReported() {
    VerbDictionary d = VerbDictionary.read(SharedData.path("data/petrarch/ud-petr-validate/PETR_Validate_verbs_2_02.txt"));
    report(d);
    assertThat(d.problems()).anySatisfy(p -> {
      // "[###]": the '#' starts a comment, so the code is cut off
      assertThat(p.line()).isEqualTo(880);
      assertThat(p.reason()).isEqualTo("pattern without a [code]");
    });
    assertThat(d.problems()).hasSizeLessThan(15);
    // LEFT [042:043]: a visit and the visit received
    assertThat(d.patterns()).filteredOn(p -> p.verb().equals("left") && p.after().isEmpty())
        .extracting(VerbPattern::code, VerbPattern::reverseCode).containsExactly(org.assertj.core.groups.Tuple.tuple("042", "043"));
    // - $ BACK + IN * [042]: a source, a word, a target and a word before the verb
    assertThat(d.patterns()).filteredOn(p -> p.before().size() == 4 && p.before().get(0).kind() == Kind.SOURCE)
        .isNotEmpty().allSatisfy(p -> assertThat(p.before().get(2).kind()).isEqualTo(Kind.TARGET));
    // +GO_THROUGH {+WENT_THROUGH …}: the verb "go" followed by "through", "went" among its forms
    assertThat(d.patterns()).filteredOn(p -> p.verb().equals("go") && p.after().size() == 1
        && p.after().get(0).alternatives().equals(List.of(List.of("through"))))
        .isNotEmpty().allSatisfy(p -> assertThat(p.forms()).contains("went"));
  }

  @Test
  void cameoVerbsReadWithTransformationsReported() {
    VerbDictionary d = VerbDictionary.read(SharedData.path("data/petrarch/petrarch2/CAMEO.2.0.txt"));
    report(d);
    assertThat(d.patterns()).hasSizeGreaterThan(15_000);
    assertThat(d.problems()).anySatisfy(p -> {
      assertThat(p.line()).isEqualTo(9178);
      assertThat(p.reason()).contains("transformation");
    });
    assertThat(d.problems()).hasSizeLessThan(25);
  }

  private static void report(VerbDictionary d) {
    System.out.println(d.patterns().size() + " patterns, " + d.problems().size() + " problems");
    d.problems().forEach(p -> System.out.println("  " + p));
  }
}
