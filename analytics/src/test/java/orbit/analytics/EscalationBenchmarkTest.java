package orbit.analytics;

import static orbit.analytics.Facts.fact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import orbit.store.FactEvent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class EscalationBenchmarkTest {
  @Test
  void theNegativeBinomialTailIsGeometricForShapeOne() {
    assertThat(PoissonGamma.upperTail(0, 1, 0.6)).isEqualTo(1.0);
    assertThat(PoissonGamma.upperTail(3, 1, 0.6)).isCloseTo(Math.pow(0.4, 3), within(1e-12));
    // shape 2: P(X = 0) = p², P(X = 1) = 2 p² (1 − p)
    assertThat(PoissonGamma.upperTail(2, 2, 0.5)).isCloseTo(1 - 0.25 - 0.25, within(1e-12));
  }

  @Test
  void normalisingByArticlesExpectsMoreConflictWhenThereIsMoreNews() {
    double[] xs = {1, 1, 4};
    double[] articles = {2, 2, 8};
    Cusum cusum = new Cusum(1.0, 1.5, 12);
    assertThat(cusum.steps(xs, articles)[2].mean()).isEqualTo(4.0);   // 2 events per 4 articles × 8 articles
    assertThat(cusum.run(xs, articles)[2].alarm()).isFalse();
    assertThat(cusum.run(xs)[2].mean()).isEqualTo(1.0);
    assertThat(cusum.run(xs)[2].alarm()).isTrue();                    // 0 + (4 − 1) / 1 − 1 = 2 ≥ 1.5
    PoissonGamma pg = PoissonGamma.STANDARD;
    Detector.Step perArticle = pg.run(xs, articles)[2];
    assertThat(perArticle.expected()).isCloseTo(8 * (1 + 2) / (2 + 4.0), within(1e-12));
    assertThat(perArticle.alarm()).isFalse();
  }

  @Test
  void aLabelledSpikeIsDetectedWithItsLagAndAQuietSummitIsNotAFalseAlarmPerArticle() {
    List<FactEvent> facts = new ArrayList<>();
    // AZE→ARM: one cooperative article a month for a year, then five conflict events from 13 September
    for (int m = 0; m < 12; m++) {
      facts.add(fact("b" + m + "#0", 500 + m, LocalDate.of(2021, 9, 10).plusMonths(m).toString(), "AZE", "ARM", 1, 1));
    }
    for (int i = 0; i < 5; i++) {
      facts.add(fact("s" + i + "#0", 600 + i, "2022-09-" + (13 + i), "AZE", "ARM", -10, 4));
    }
    // RUS→TUR: a month of heavy summit coverage with the usual share of friction (1 conflict event per 2 articles)
    for (int m = 0; m < 12; m++) {
      facts.add(fact("r" + m + "#0", 700 + m, LocalDate.of(2021, 8, 5).plusMonths(m).toString(), "RUS", "TUR", 3, 1));
      facts.add(fact("r" + m + "#1", 800 + m, LocalDate.of(2021, 8, 6).plusMonths(m).toString(), "RUS", "TUR",
          m % 2 == 0 ? -2 : 3, m % 2 == 0 ? 3 : 1));
    }
    for (int i = 0; i < 12; i++) {
      facts.add(fact("q" + i + "#0", 900 + i, "2022-08-0" + (1 + i % 9), "RUS", "TUR", i < 4 ? -2 : 3, i < 4 ? 3 : 1));
    }
    facts.sort(Comparator.comparing(FactEvent::day).thenComparing(FactEvent::id));
    List<EscalationLabel> labels = List.of(
        new EscalationLabel("AZE", "ARM", "2022-09", "escalation", "2022-09-13", "https://example.org/a", "shelling"),
        new EscalationLabel("RUS", "TUR", "2022-08", "quiet", "2022-08-05", "https://example.org/b", "summit"));

    EscalationBenchmark.Result raw = EscalationBenchmark.evaluate(facts, labels, Cusum.STANDARD, false);
    assertThat(raw.detected()).isEqualTo(1);
    assertThat(raw.lags()).containsExactly(2L);         // S reaches 1.5 with the third event, on 15 September
    assertThat(raw.falseAlarms()).isEqualTo(1);         // four conflict events against a baseline of 0.5
    assertThat(raw.falseAlarmsPerDyadYear()).isEqualTo(12.0);

    EscalationBenchmark.Result perArticle = EscalationBenchmark.evaluate(facts, labels, Cusum.STANDARD, true);
    assertThat(perArticle.detected()).isEqualTo(1);
    assertThat(perArticle.falseAlarms()).isZero();      // 4 events in 12 articles: the dyad's usual rate
    assertThat(perArticle.detectionRate()).isEqualTo(1.0);
    assertThat(EscalationBenchmark.alarms(facts, Cusum.STANDARD, true)).extracting(EscalationBenchmark.Alarm::month)
        .containsExactly(YearMonth.of(2022, 9));
  }

  @Test
  void theLabelledSetHasFortyOfEachKindWithASource() {
    Path file = Path.of(System.getProperty("orbit.root", ".."), "corpus/escalations/labels.tsv");
    Assumptions.assumeTrue(Files.isRegularFile(file), "no corpus here");
    List<EscalationLabel> labels = EscalationLabel.read(file);
    assertThat(labels.stream().filter(EscalationLabel::escalation).count()).isGreaterThanOrEqualTo(40);
    assertThat(labels.stream().filter(l -> !l.escalation()).count()).isGreaterThanOrEqualTo(40);
    assertThat(labels).allSatisfy(l -> {
      assertThat(l.url()).startsWith("http");
      assertThat(l.fact()).isNotBlank();
      assertThat(l.yearMonth().getYear()).isBetween(2022, 2025);
    });
  }
}
