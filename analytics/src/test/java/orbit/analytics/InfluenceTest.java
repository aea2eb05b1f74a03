package orbit.analytics;

import static orbit.analytics.Facts.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import orbit.store.FactEvent;
import orbit.store.Indicator;
import org.junit.jupiter.api.Test;

class InfluenceTest {
  static final List<FactEvent> FACTS = List.of(
      // 2024: AZE cooperates with RUS only
      fact("a#0", 1, "2024-03-01", "AZE", "RUS", 4.0, 1),
      fact("a#1", 2, "2024-04-01", "TUR", "AZE", 4.0, 1),
      fact("a#2", 3, "2024-05-01", "AZE", "ARM", -2.0, 3),
      // 2025: cooperation with RUS and TUR alike, most of the conflict with RUS
      fact("b#0", 4, "2025-06-01", "RUS", "AZE", 4.0, 1),
      fact("b#1", 5, "2025-06-02", "AZE", "TUR", 4.0, 1),
      fact("b#2", 6, "2025-06-30", "RUS", "AZE", -5.0, 4),
      fact("b#3", 6, "2025-07-01", "RUS", "AZE", -5.0, 4),     // second report of the raid
      fact("b#4", 7, "2025-07-02", "AZE", "RUS", -1.0, 3),
      fact("b#5", 8, "2025-07-03", "AZE", "ARM", -2.0, 3));
  static final List<Indicator> INDICATORS = List.of(
      ind("AZE", "RUS", 2023, "trade_share", 25), ind("AZE", "RUS", 2025, "trade_share", 10),
      ind("AZE", "RUS", 2024, "alliance_csto", 0), ind("AZE", "USA", 2024, "alliance_nato", 0),
      ind("AZE", "RUS", 2024, "migrants_in_partner", 500));

  static Indicator ind(String c, String p, int year, String indicator, double value) {
    return new Indicator(c, p, year, indicator, value, "%", "test", null, null);
  }

  @Test
  void relationalIsTheCooperationShareMinusTheConflictShareWithThePatron() {
    List<FactEvent> clusters = Clusters.representatives(FACTS);
    Relational.Score y2024 = Relational.of(clusters, "AZE", "RUS", 2024);
    assertThat(y2024.cooperationShare()).isEqualTo(0.5);        // 4 of 4 + 4
    assertThat(y2024.conflictShare()).isZero();
    assertThat(y2024.value()).isEqualTo(0.5);
    Relational.Score y2025 = Relational.of(clusters, "AZE", "RUS", 2025);
    assertThat(y2025.conflictShare()).isCloseTo(6.0 / 8, within(1e-9));   // (5 + 1) of (5 + 1 + 2), raid once
    assertThat(y2025.value()).isCloseTo(0.5 - 0.75, within(1e-9));
    assertThat(y2025.withPatron()).isEqualTo(3);
    // each partner's share, largest first: whom AZE cooperated with and fought with
    assertThat(y2025.cooperation()).containsExactly(entry("RUS", 0.5), entry("TUR", 0.5));
    assertThat(y2025.conflict()).containsExactly(entry("RUS", 0.75), entry("ARM", 0.25));
    assertThat(Relational.of(clusters, "GEO", "RUS", 2025).value()).isNull();
    assertThat(Relational.of(clusters, "ARM", "RUS", 2025).value()).isNull();   // events with AZE only
  }

  @Test
  void structuralScalesEachIndicatorAndCountsNatoAgainstThePatron() {
    Structural.Score s = Structural.of(INDICATORS, "AZE", "RUS", 2024);
    assertThat(s.components()).containsEntry("trade_share", 0.5)   // 25 % of a 50 % full scale, from 2023
        .containsEntry("alliance_csto", 0.0).containsEntry("alliance_nato", 1.0).hasSize(3);
    assertThat(s.value()).isCloseTo(0.5, within(1e-9));
    assertThat(Structural.of(INDICATORS, "AZE", "RUS", 2025).components()).containsEntry("trade_share", 0.2);
    assertThat(Structural.of(INDICATORS, "AZE", "USA", 2024).components()).containsOnlyKeys("alliance_nato")
        .containsEntry("alliance_nato", 0.0);
    assertThat(Structural.of(INDICATORS, "KAZ", "RUS", 2024).value()).isNull();
  }

  @Test
  void theIndexCombinesBothPartsAndItsChangeIsExplainedByEvents() {
    // one AZE–RUS event in 2024: scored only with a minimum of one event
    ClientInfluence aze = new Influence(FACTS, INDICATORS, 1).clients("RUS", List.of("AZE", "RUS"), 2024, 2025).get(0);
    assertThat(aze.indexFrom().value()).isCloseTo(0.5 * (0.5 + 1) / 2 + 0.5 * 0.5, within(1e-9));
    double structural2025 = (0.2 + 0 + 1) / 3;
    assertThat(aze.indexTo().value()).isCloseTo(0.5 * (-0.25 + 1) / 2 + 0.5 * structural2025, within(1e-9));
    assertThat(aze.change().value()).isCloseTo(0.5 * (-0.75) / 2 + 0.5 * (structural2025 - 0.5), within(1e-9));
    assertThat(aze.drivers()).extracting(FactEvent::id).containsExactly("b#2", "b#4", "b#0");
    assertThat(aze.why()).matches("RUS's share of AZE's cooperation 0\\.50±[0-9.]+ → 0\\.50±[0-9.]+, of its conflict "
        + "0\\.00±0\\.00 → 0\\.75±[0-9.]+; 2025 cooperation: RUS 0\\.50, TUR 0\\.50; conflict: RUS 0\\.75, ARM 0\\.25");
    assertThat(aze.others()).extracting(FactEvent::id).containsExactly("b#1");   // TUR, the other partner
    // 1 → 3 events: the interval of the change is wide; whatever its sign, a trend needs it to leave zero out
    assertThat(aze.trend()).isEqualTo(aze.change().excludesZero() ? "falling" : "steady");
    assertThat(new Influence(FACTS, INDICATORS).clients("RUS", List.of("AZE"), 2024, 2025).get(0).trend())
        .isEqualTo(Influence.INSUFFICIENT);
  }

  @Test
  void aPartMissingInOneYearContributesNothingToTheIndex() {
    assertThat(Influence.index(null, null)).isNull();
    assertThat(Influence.index(1.0, null)).isEqualTo(1.0);
    assertThat(Influence.index(null, 0.4)).isEqualTo(0.4);
  }

  @Test
  void regionsAreNamedOrListed() {
    Regions regions = Regions.standard();
    assertThat(regions.countries("caucasus")).containsExactly("ARM", "AZE", "GEO");
    assertThat(regions.countries("post-soviet")).hasSize(14).contains("UKR", "EST");
    assertThat(regions.countries("kaz, uzb")).containsExactly("KAZ", "UZB");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> regions.countries("atlantis"))
        .hasMessageContaining("caucasus, central-asia, post-soviet");
  }
}
