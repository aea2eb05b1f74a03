package orbit.core.dedup;

import static orbit.core.dedup.Strikes.KHARKIV;
import static orbit.core.dedup.Strikes.RUSSIA;
import static orbit.core.dedup.Strikes.UKRAINE;
import static orbit.core.dedup.Strikes.strike;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import orbit.core.event.DatePrecision;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import orbit.core.event.Location;

/** The de-duplication rule of docs/dedup.md on hand-made events. */
class ClusterKeyTest {
  static ClusterKey key(String cameo, String date, DatePrecision precision) {
    return ClusterKey.of(strike(cameo, date, precision, KHARKIV, Factuality.ASSERTED));
  }

  @Test
  void dayPrecisionEventsWithinThreeDaysMatch() {
    ClusterKey first = key("190", "2025-06-10", DatePrecision.DAY);
    assertThat(first.compatible(key("190", "2025-06-13", DatePrecision.DAY))).isTrue();
    assertThat(first.compatible(key("190", "2025-06-14", DatePrecision.DAY))).isFalse();
    assertThat(first.compatible(key("190", "2025-06-07", DatePrecision.DAY))).isTrue();
  }

  @Test
  void coarserDatesMatchWhenTheirPeriodHoldsTheDay() {
    ClusterKey day = key("195", "2025-06-30", DatePrecision.DAY);
    assertThat(day.compatible(key("195", "2025-06", DatePrecision.MONTH))).isTrue();
    assertThat(day.compatible(key("195", "2025-07", DatePrecision.MONTH))).isFalse();
    assertThat(day.compatible(key("195", "2025", DatePrecision.YEAR))).isTrue();
    assertThat(key("195", "2025-06", DatePrecision.MONTH).compatible(key("195", "2025-07", DatePrecision.MONTH))).isFalse();
  }

  @Test
  void articleDatedEventsCoverTheArticleDayAndTheDayBefore() {
    ClusterKey reported = key("190", "2025-06-12", DatePrecision.ARTICLE);
    assertThat(reported.compatible(key("190", "2025-06-08", DatePrecision.DAY))).isTrue();
    assertThat(reported.compatible(key("190", "2025-06-07", DatePrecision.DAY))).isFalse();
  }

  @Test
  void codesMustRefineOneAnother() {
    assertThat(ClusterKey.compatibleCodes("190", "193")).isTrue();
    assertThat(ClusterKey.compatibleCodes("182", "1823")).isTrue();
    assertThat(ClusterKey.compatibleCodes("181", "182")).isFalse();
    assertThat(ClusterKey.compatibleCodes("18", "186")).isTrue();
    assertThat(key("181", "2025-06-10", DatePrecision.DAY).compatible(key("182", "2025-06-10", DatePrecision.DAY)))
        .isFalse();
  }

  @Test
  void directionCountryLocationAndFactualityMustAgree() {
    ClusterKey base = key("190", "2025-06-10", DatePrecision.DAY);
    Event reversed = new Event("a", 0, 0, 1, "x", null, UKRAINE, RUSSIA, "190", "19", "ASSAULT", -10, 4, "2025-06-10",
        DatePrecision.DAY, KHARKIV, Factuality.ASSERTED, null, 0.9);
    assertThat(base.compatible(ClusterKey.of(reversed))).isFalse();
    assertThat(base.compatible(ClusterKey.of(strike("190", "2025-06-10", DatePrecision.DAY, null, Factuality.REPORTED))))
        .isTrue();
    assertThat(base.compatible(ClusterKey.of(strike("190", "2025-06-10", DatePrecision.DAY,
        new Location("Belgorod", "RUS", null, null), Factuality.ASSERTED)))).isFalse();
    assertThat(base.compatible(ClusterKey.of(strike("190", "2025-06-10", DatePrecision.DAY, KHARKIV,
        Factuality.DENIED)))).isFalse();
  }

  @Test
  void eventsOfOneGroupShareDyadRootAndFactStanding() {
    assertThat(key("190", "2025-06-10", DatePrecision.DAY).group()).isEqualTo("RUS|UKR|19|true");
    assertThat(ClusterKey.of(strike("190", "2025-06-10", DatePrecision.DAY, KHARKIV, Factuality.DENIED)).group())
        .isEqualTo("RUS|UKR|19|false");
    assertThat(key("190", "sometime", DatePrecision.DAY).group()).isNull();
    assertThat(ClusterKey.of(new Event("a", 0, 0, 1, "x", null, RUSSIA, null, "190", null, "ASSAULT", -10, 4, "2025-06-10",
        DatePrecision.DAY, null, null, null, 0.9)).group()).isNull();
  }
}
