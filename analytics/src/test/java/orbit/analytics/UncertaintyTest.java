package orbit.analytics;

import static orbit.analytics.Facts.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import orbit.store.FactEvent;
import org.junit.jupiter.api.Test;

/** Intervals, the minimum-evidence rule and trends only where the interval of the change excludes zero. */
class UncertaintyTest {
  /** Kazakhstan as on the demo store: two cooperative events with Russia in 2024, one conflict event in 2025. */
  static final List<FactEvent> KAZAKHSTAN = List.of(
      fact("k#0", 1, "2024-02-01", "KAZ", "RUS", 4.0, 1),
      fact("k#1", 2, "2024-06-01", "RUS", "KAZ", 3.0, 1),
      fact("k#2", 3, "2024-07-01", "KAZ", "CHN", 2.0, 1),
      fact("k#3", 4, "2025-03-01", "KAZ", "RUS", -4.0, 3),
      fact("k#4", 5, "2025-04-01", "KAZ", "CHN", 3.0, 1),
      fact("k#5", 6, "2025-05-01", "KAZ", "TUR", 2.0, 1));

  @Test
  void twoEventsAgainstOneAreInsufficientEvidenceNotAFall() {
    ClientInfluence kaz = new Influence(KAZAKHSTAN, List.of()).clients("RUS", List.of("KAZ"), 2024, 2025).get(0);
    assertThat(kaz.eventsFrom()).isEqualTo(2);
    assertThat(kaz.eventsTo()).isEqualTo(1);
    assertThat(kaz.relationalFrom()).isNull();
    assertThat(kaz.indexTo()).isNull();
    assertThat(kaz.change()).isNull();
    assertThat(kaz.trend()).isEqualTo(Influence.INSUFFICIENT);
    assertThat(kaz.why()).contains("RUS's share of KAZ's cooperation");   // the evidence is still shown
    Influence.Summary region = Influence.summary("RUS", List.of(kaz));
    assertThat(region.enough()).isZero();
    assertThat(region.line()).isEqualTo("RUS's influence: insufficient evidence (none of 1 client has 3 or more"
        + " RUS–client events in both periods)");
  }

  @Test
  void scoredAnywayTheTwoToOneChangeHasAnIntervalThatIncludesZero() {
    ClientInfluence kaz = new Influence(KAZAKHSTAN, List.of(), 1).clients("RUS", List.of("KAZ"), 2024, 2025).get(0);
    // relational 2024: 7 of 9 cooperation, no conflict; 2025: no cooperation, all the conflict
    assertThat(kaz.relationalFrom().value()).isCloseTo(7.0 / 9, within(1e-9));
    assertThat(kaz.relationalTo().value()).isEqualTo(-1.0);
    assertThat(kaz.change().value()).isCloseTo(0.5 * (-1 - 7.0 / 9) / 2, within(1e-9));
    // a resample without the single 2025 event gives the patron no share (relational 0): the fall is not certain
    assertThat(kaz.change().low()).isLessThan(kaz.change().value());
    assertThat(kaz.change().high()).isGreaterThanOrEqualTo(0);
    assertThat(kaz.trend()).isEqualTo("steady");
  }

  @Test
  void aFallOnManyEventsIsFallingAndTheRegionSaysHowManyClientsHadEnough() {
    List<FactEvent> facts = new ArrayList<>(KAZAKHSTAN);
    for (int i = 0; i < 12; i++) {
      facts.add(fact("a" + i + "#0", 100 + i, "2024-0" + (1 + i % 9) + "-10", "ARM", "RUS", 3.0, 1));
      facts.add(fact("b" + i + "#0", 200 + i, "2025-0" + (1 + i % 9) + "-10", "RUS", "ARM", -4.0, 4));
      facts.add(fact("c" + i + "#0", 300 + i, "2025-0" + (1 + i % 9) + "-11", "ARM", "USA", 3.0, 1));
    }
    facts.sort(java.util.Comparator.comparing(FactEvent::day).thenComparing(FactEvent::id));
    List<ClientInfluence> rows = new Influence(facts, List.of()).clients("RUS", List.of("ARM", "KAZ"), 2024, 2025);
    ClientInfluence arm = rows.get(0);
    assertThat(arm.change().value()).isEqualTo(-0.5);   // relational 1 → −1
    assertThat(arm.change().high()).isNegative();
    assertThat(arm.trend()).isEqualTo("falling");
    assertThat(arm.indexTo().low()).isLessThanOrEqualTo(arm.indexTo().value());
    assertThat(arm.indexTo().high()).isGreaterThanOrEqualTo(arm.indexTo().value());
    Influence.Summary region = Influence.summary("RUS", rows);
    assertThat(region.trend()).isEqualTo("falling");
    assertThat(region.line()).startsWith("RUS's influence is falling here: mean change -0.500 [")
        .contains("over the 1 of 2 clients with enough evidence (3 or more RUS–client events in both periods; 1 falling, 0 rising)");
  }

  @Test
  void theIntervalsAreTheSameOnEveryRun() {
    ClientInfluence first = new Influence(KAZAKHSTAN, List.of(), 1).clients("RUS", List.of("KAZ"), 2024, 2025).get(0);
    ClientInfluence again = new Influence(KAZAKHSTAN, List.of(), 1).clients("RUS", List.of("KAZ"), 2024, 2025).get(0);
    assertThat(again.change()).isEqualTo(first.change());
    assertThat(again.indexFrom()).isEqualTo(first.indexFrom());
  }

  @Test
  void percentilesAndPoissonWeights() {
    double[] replicates = new double[101];
    for (int i = 0; i <= 100; i++) {
      replicates[i] = 50 - i;   // order does not matter
    }
    Estimate e = Estimate.of(0, replicates);
    assertThat(e.low()).isCloseTo(-47.5, within(1e-9));
    assertThat(e.high()).isCloseTo(47.5, within(1e-9));
    assertThat(e.plusMinus("%.1f")).isEqualTo("0.0±47.50");
    assertThat(e.excludesZero()).isFalse();
    assertThat(e.map(x -> x + 50).excludesZero()).isTrue();
    assertThat(e.map(x -> x + 50).low()).isCloseTo(2.5, within(1e-9));
    int[][] w = new int[Bootstrap.REPLICATES][];
    Bootstrap.replicates(50, "key", (row, r) -> w[r] = row.clone());
    double mean = java.util.Arrays.stream(w).flatMapToInt(java.util.Arrays::stream).average().orElseThrow();
    assertThat(mean).isCloseTo(1.0, within(0.02));   // Poisson(1)
    Bootstrap.replicates(50, "key", (row, r) -> assertThat(row).containsExactly(w[r]));
  }
}
