package orbit.app.cli;

import static orbit.app.cli.StoreCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import orbit.analytics.Cusum;
import orbit.analytics.EscalationBenchmark;
import orbit.analytics.EscalationLabel;
import orbit.analytics.PoissonGamma;
import orbit.app.cli.StoreCommandsTest.Run;
import orbit.store.FactEvent;
import orbit.store.Store;
import orbit.store.StoreConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The escalation detectors on corpus/escalations (docs/analytics.md): the articles coded by Orbit's own coder
 * (about four minutes on two cores), scored against the labelled dyad-months. Prints the comparison table and
 * pins the default detector's figures, which docs/analytics.md quotes.
 */
@Tag("slow")
class EscalationCorpusTest {
  static final Path CORPUS = SampleCorpusAnalyticsTest.CORPUS.resolve("escalations");
  @TempDir static Path dir;
  static String db;
  static List<FactEvent> facts;
  static List<EscalationLabel> labels;

  @BeforeAll
  static void codeTheCorpus() {
    db = dir.resolve("escalations.duckdb").toString();
    Run ingest = run("ingest", CORPUS.resolve("articles.jsonl").toString(), "--db", db);
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    try (Store s = Store.open(StoreConfig.file(Path.of(db)))) {
      facts = s.analytics().facts(null);
    }
    labels = EscalationLabel.read(CORPUS.resolve("labels.tsv"));
  }

  @Test
  void theDefaultDetectorFindsFourInFiveEscalationsWithOneFalseAlarmInFortyQuietMonths() {
    Run table = run("alerts", "--benchmark", CORPUS.resolve("labels.tsv").toString(), "--db", db);
    assertThat(table.exit()).as(table.err()).isZero();
    System.out.print(table.out());
    assertThat(table.out().lines()).hasSize(6);

    EscalationBenchmark.Result standard = EscalationBenchmark.evaluate(facts, labels, PoissonGamma.STANDARD, false);
    assertThat(standard.escalations()).isEqualTo(41);
    assertThat(standard.quietMonths()).isEqualTo(40);
    assertThat(standard.detected()).isEqualTo(35);
    assertThat(standard.falseAlarms()).isEqualTo(1);
    assertThat(standard.detectionRate()).isGreaterThanOrEqualTo(0.8);
    assertThat(standard.falseAlarmsPerDyadYear()).isLessThanOrEqualTo(0.5);
    assertThat(standard.medianLag()).contains(0L);

    EscalationBenchmark.Result cusum = EscalationBenchmark.evaluate(facts, labels, Cusum.STANDARD, false);
    assertThat(cusum.detected()).isEqualTo(19);
    assertThat(cusum.falseAlarms()).isZero();
  }

  @Test
  void theDefaultAlertsNameTheLabelledEscalations() {
    Run alerts = run("alerts", "--db", db, "--since", "2025-06-01");
    assertThat(alerts.exit()).as(alerts.err()).isZero();
    assertThat(alerts.out()).contains("AZE→RUS  2025-06", "KHM→THA  2025-07")
        .contains("Poisson-Gamma(alpha=0.1) on raw counts");
  }
}
