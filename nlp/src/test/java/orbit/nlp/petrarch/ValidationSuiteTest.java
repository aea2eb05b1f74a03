package orbit.nlp.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import orbit.nlp.ReadmeFigures;
import orbit.nlp.SharedData;
import orbit.nlp.petrarch.Validation.Outcome;
import orbit.nlp.petrarch.Validation.Score;
import orbit.nlp.petrarch.ValidationRecords.Record;
import org.junit.jupiter.api.Test;

/**
 * UD-PETRARCH's own validation suite, with its own dictionaries and its records' CoNLL-U parses,
 * coded by Orbit's coder and scored in UD-PETRARCH's measure (it published 68.27% found, 22.95%
 * extra events per record).
 */
class ValidationSuiteTest {
  @Test
  void codesTheSuiteBetterThanUdPetrarch() {
    ValidationRecords file = ValidationRecords.read(
        SharedData.path("data/petrarch/ud-petr-validate/PETR_Validate_records_2_02.xml"));
    Dictionaries dictionaries = Dictionaries.load(file.dictionaries(), Dictionaries.Mode.REPLACE);
    Validation validation = Validation.of(dictionaries, Validation.Parse.CONLLU);
    List<Outcome> outcomes = new ArrayList<>();
    for (Record r : file.records()) {
      if (r.evaluate() && file.include().contains(r.category())) {
        Outcome o = validation.run(r);
        outcomes.add(o);
        if (!o.missed().isEmpty() || !o.extra().isEmpty()) {
          System.out.println(r.id() + " missed " + o.missed() + " extra " + o.extra() + "\t" + r.text());
        }
      }
    }
    List<Score> scores = Validation.scores(outcomes);
    scores.forEach(s -> System.out.printf("%-9s %3d records %3d found %3d missed %3d extra  %.2f%% found  %.2f%% extra%n",
        s.category(), s.records(), s.found(), s.missed(), s.extra(), 100 * s.foundShare(), 100 * s.extraPerRecord()));
    Score total = scores.get(scores.size() - 1);
    assertThat(total.records()).isEqualTo(245);
    // guards the figures reached (81.97% found, 14.69% extra; docs/petrarch.md): raise them as the coder improves
    assertThat(total.foundShare()).isGreaterThanOrEqualTo(0.81);
    assertThat(total.extraPerRecord()).isLessThanOrEqualTo(0.15);
    ReadmeFigures.assertHolds(ReadmeFigures.row("UD-PETRARCH validation suite (245 records)",
        String.format(java.util.Locale.ROOT, "%.2f %% found, %.2f %% extra per record", 100 * total.foundShare(),
            100 * total.extraPerRecord()), "`./orbit validate-petrarch ../shared/data/petrarch/ud-petr-validate/PETR_Validate_records_2_02.xml`"));
  }
}
