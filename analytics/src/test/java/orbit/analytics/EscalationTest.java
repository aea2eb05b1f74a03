package orbit.analytics;

import static orbit.analytics.Facts.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.store.FactEvent;
import org.junit.jupiter.api.Test;

class EscalationTest {
  @Test
  void cusumFollowsItsRecursion() {
    Cusum.Step[] steps = new Cusum(1.0, 1.5, 2).run(new double[] {0, 0, 3, 4, 0});
    assertThat(steps[1].s()).isZero();
    assertThat(steps[2].mean()).isZero();
    assertThat(steps[2].s()).isEqualTo(2.0);                   // 0 + (3 - 0) / 1 - 1
    assertThat(steps[2].alarm()).isTrue();                     // and S restarts at 0
    assertThat(steps[3].mean()).isEqualTo(1.5);                // mean of the 2 previous months
    assertThat(steps[3].sigma()).isCloseTo(Math.sqrt(1.5), within(1e-9));
    assertThat(steps[3].s()).isCloseTo((4 - 1.5) / Math.sqrt(1.5) - 1, within(1e-9));
    assertThat(steps[4].s()).isZero();
  }

  @Test
  void aSpikeAlertsWithTheEventsThatDroveIt() {
    List<FactEvent> facts = new ArrayList<>(quiet("AZE", "RUS"));
    facts.add(fact("s0#0", 100, "2025-06-29", "AZE", "RUS", -2.0, 3));
    facts.add(fact("s1#0", 101, "2025-06-30", "AZE", "RUS", -6.5, 4));
    facts.add(fact("s2#0", 102, "2025-07-02", "AZE", "RUS", -5.0, 4));
    facts.add(fact("s3#0", 103, "2025-07-02", "AZE", "RUS", -2.0, 3));
    facts.add(fact("s4#0", 103, "2025-07-03", "AZE", "RUS", -2.0, 3));   // a second report of s3
    facts.add(fact("s5#0", 104, "2025-07-05", "AZE", "RUS", 3.0, 1));    // cooperation does not count
    facts.sort(java.util.Comparator.comparing(FactEvent::day).thenComparing(FactEvent::id));
    List<Alert> alerts = new Escalation(Cusum.STANDARD).alerts(facts);
    assertThat(alerts).singleElement().satisfies(a -> {
      assertThat(a.source() + "→" + a.target()).isEqualTo("AZE→RUS");
      assertThat(a.period()).isEqualTo(LocalDate.parse("2025-07-01"));
      assertThat(a.conflict()).isEqualTo(2.0);
      assertThat(a.excess()).isEqualTo(a.conflict() - a.baseline());
      assertThat(a.events()).extracting(FactEvent::id).containsExactly("s0#0", "s1#0", "s2#0", "s3#0");
      assertThat(a.events().get(0).evidence()).isEqualTo("evidence of s0#0");
      assertThat(a.cusum()).isGreaterThanOrEqualTo(Cusum.STANDARD.h());
    });
  }

  @Test
  void aFlatSeriesDoesNotAlert() {
    List<FactEvent> facts = new ArrayList<>();
    for (int m = 1; m <= 24; m++) {
      LocalDate day = LocalDate.of(2024, 1, 10).plusMonths(m - 1);
      facts.add(fact("f" + m + "#0", m, day.toString(), "RUS", "UKR", -10.0, 4));
      facts.add(fact("f" + m + "#1", 100 + m, day.plusDays(1).toString(), "RUS", "UKR", -2.0, 3));
    }
    assertThat(new Escalation(Cusum.STANDARD).alerts(facts)).isEmpty();
    assertThat(Escalation.dyads(facts)).isEqualTo(1);
  }

  @Test
  void oneConflictEventInAQuietDyadDoesNotAlert() {
    List<FactEvent> facts = new ArrayList<>(quiet("ARM", "GEO"));
    facts.add(fact("x1#0", 200, "2025-05-05", "ARM", "GEO", -2.0, 3));
    assertThat(new Escalation(Cusum.STANDARD).alerts(facts)).isEmpty();
  }

  @Test
  void alertsAreScoredAgainstLabels() {
    List<FactEvent> e = List.of(fact("e#0", 1, "2025-06-01", "RUS", "AZE", -5, 4));
    Alert inLabel = new Alert("AZE", "RUS", LocalDate.parse("2025-07-01"), 4, 0.3, 3.7, 3.5, e);
    Alert outside = new Alert("RUS", "UKR", LocalDate.parse("2025-09-01"), 2, 0, 2, 1, e);
    List<AlertEvaluation.Label> labels = List.of(
        new AlertEvaluation.Label("AZE", "RUS", "2025-06", "2025-07", "crisis"),
        new AlertEvaluation.Label("AZE", "ARM", "2022-09", "2022-09", "shelling"));
    AlertEvaluation eval = AlertEvaluation.of(List.of(inLabel, outside), labels, 40);
    assertThat(eval.detected()).extracting(AlertEvaluation.Label::note).containsExactly("crisis");
    assertThat(eval.missed()).extracting(AlertEvaluation.Label::note).containsExactly("shelling");
    assertThat(eval.falseAlarms()).containsExactly(outside);
    assertThat(eval.falseAlarmRate()).isEqualTo(1.0 / 40);
  }

  @Test
  void theSampleLabelsRead() {
    java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("orbit.root", ".."), "corpus/sample/escalations.csv");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(file), "no corpus here");
    assertThat(AlertEvaluation.read(file)).hasSize(6).first()
        .satisfies(l -> assertThat(l.source() + l.target() + l.from() + l.to()).isEqualTo("RUSAZE2025-062025-07"));
  }

  @Test
  void badParametersAreRefused() {
    assertThatThrownBy(() -> new Cusum(1, 0, 12)).hasMessageContaining("h > 0");
  }

  /** A year of cooperation, one event a month from 2024-07 to 2025-05. */
  private static List<FactEvent> quiet(String source, String target) {
    List<FactEvent> facts = new ArrayList<>();
    for (int m = 0; m < 11; m++) {
      facts.add(fact("q" + m + "#0", 10 + m, LocalDate.of(2024, 7, 15).plusMonths(m).toString(), source, target, 1.0, 1));
    }
    return facts;
  }
}
