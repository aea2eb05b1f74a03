package orbit.analytics;

import static orbit.analytics.Facts.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import orbit.store.FactEvent;
import org.junit.jupiter.api.Test;

class DyadSeriesTest {
  static final List<FactEvent> FACTS = List.of(
      fact("a1#0", 1, "2025-06-03", "RUS", "AZE", -5.0, 4),
      fact("a2#0", 1, "2025-06-04", "RUS", "AZE", -5.0, 4),    // the same real-world event, reported again
      fact("a2#1", 2, "2025-06-10", "RUS", "AZE", -2.0, 3),
      fact("a3#0", 3, "2025-06-20", "RUS", "AZE", 3.0, 1),
      fact("a3#1", 4, "2025-06-21", "RUS", "TUR", 3.0, 1),     // another dyad
      fact("a4#0", 5, "2025-07-02", "AZE", "RUS", -4.0, 3));
  static final Map<LocalDate, Long> ARTICLES = Map.of(
      LocalDate.parse("2025-06-03"), 1L, LocalDate.parse("2025-06-04"), 1L, LocalDate.parse("2025-06-20"), 2L,
      LocalDate.parse("2025-07-02"), 2L, LocalDate.parse("2025-08-01"), 9L);

  @Test
  void eachFigureOfAMonthFollowsItsFormula() {
    List<DyadPeriod> rows = DyadSeries.of(FACTS, ARTICLES, "RUS", "AZE", Granularity.month);
    assertThat(rows).extracting(r -> r.source() + " " + r.period())
        .containsExactly("RUS 2025-06-01", "RUS 2025-07-01", "AZE 2025-06-01", "AZE 2025-07-01");
    DyadPeriod june = rows.get(0);
    assertThat(june.events()).isEqualTo(3);                       // distinct clusters, not mentions
    assertThat(june.goldsteinSum()).isEqualTo(-4.0);               // -5 - 2 + 3, one value per cluster
    assertThat(june.goldsteinMean()).isCloseTo(-4.0 / 3, within(1e-9));
    assertThat(List.of(june.quad1(), june.quad2(), june.quad3(), june.quad4())).containsExactly(1, 0, 1, 1);
    assertThat(june.conflictShare()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(june.articles()).isEqualTo(4);
    assertThat(june.eventsPer100Articles()).isEqualTo(75.0);       // 100 × 3 / 4
    // 95 % intervals from the Poisson bootstrap of the month's three events
    assertThat(june.eventsLow()).isLessThan(3).isGreaterThanOrEqualTo(0);
    assertThat(june.eventsHigh()).isGreaterThan(3);
    assertThat(june.conflictShareLow()).isLessThan(2.0 / 3).isGreaterThanOrEqualTo(0);
    assertThat(june.conflictShareHigh()).isEqualTo(1.0);
    assertThat(june.goldsteinMeanLow()).isEqualTo(-5.0);
    assertThat(june.goldsteinMeanHigh()).isGreaterThan(-4.0 / 3).isLessThanOrEqualTo(3.0);
    assertThat(june.eventsPer100ArticlesHigh()).isEqualTo(june.eventsHigh() * 25);

    DyadPeriod quietJuly = rows.get(1);
    assertThat(quietJuly.events()).isZero();
    assertThat(quietJuly.goldsteinMean()).isZero();
    assertThat(quietJuly.conflictShare()).isZero();
    assertThat(quietJuly.articles()).isEqualTo(2);
    assertThat(List.of(quietJuly.eventsLow(), quietJuly.eventsHigh(), quietJuly.conflictShareHigh())).containsOnly(0.0);

    DyadPeriod back = rows.get(3);
    assertThat(back.target()).isEqualTo("RUS");
    assertThat(back.events()).isEqualTo(1);
    assertThat(back.conflictShare()).isEqualTo(1.0);
    assertThat(back.eventsPer100Articles()).isEqualTo(50.0);
    // one event: its share is 1 in every resample that has it (why influence asks for a minimum of events)
    assertThat(List.of(back.conflictShareLow(), back.conflictShareHigh())).containsOnly(1.0);
    assertThat(back.eventsLow()).isZero();
  }

  @Test
  void weeksStartOnMondayAndEmptyWeeksAreKept() {
    List<DyadPeriod> rows = DyadSeries.of(FACTS, ARTICLES, "AZE", "RUS", Granularity.week);
    assertThat(rows.get(0).period()).isEqualTo(LocalDate.parse("2025-06-02"));
    assertThat(rows).filteredOn(r -> r.source().equals("AZE")).extracting(DyadPeriod::events)
        .containsExactly(0, 0, 0, 0, 1);   // 2, 9, 16, 23 and 30 June
  }

  @Test
  void aDyadWithoutEventsHasNoRows() {
    assertThat(DyadSeries.of(FACTS, ARTICLES, "ARM", "GEO", Granularity.day)).isEmpty();
  }

  @Test
  void sparklineScalesFromZeroToTheMaximum() {
    assertThat(Sparkline.of(new double[] {0, 1, 2, 4})).isEqualTo("▁▃▅█");
    assertThat(Sparkline.of(new double[] {0, 0})).isEqualTo("▁▁");
    assertThat(Sparkline.of(new double[0])).isEmpty();
  }
}
