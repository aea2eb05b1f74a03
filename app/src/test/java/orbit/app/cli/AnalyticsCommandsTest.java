package orbit.app.cli;

import static orbit.app.cli.StoreCommandsTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import orbit.app.cli.StoreCommandsTest.Run;
import orbit.ingest.Inputs;
import orbit.ingest.Languages;
import orbit.ingest.PhraseAnalyzer;
import orbit.ingest.SampleInputs;
import orbit.pipeline.Ingestion;
import orbit.store.Store;
import orbit.store.StoreConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dyad, alerts, indicators and influence commands, in-process, on a store of the sample inputs. */
class AnalyticsCommandsTest {
  @TempDir static Path dir;
  static String db;

  @BeforeAll
  static void aCodedStore() throws IOException {
    Path coded = dir.resolve("coded.duckdb");
    try (Store store = Store.open(StoreConfig.file(coded))) {
      new Ingestion(new PhraseAnalyzer(), store, Languages.load(), 10, r -> { })
          .run(new Inputs(SampleInputs.DATE).read(List.of(SampleInputs.write(dir.resolve("samples")))));
    }
    db = coded.toString();
  }

  @Test
  void dyadPrintsBothDirectionsAsTableCsvAndJson() {
    Run table = run("dyad", "rus", "aze", "--db", db);
    assertThat(table.exit()).isZero();
    assertThat(table.out()).contains("RUS → AZE", "AZE → RUS", "CONFLICT", "± is half the 95 % bootstrap interval")
        .containsPattern("\\d±\\d");
    Run csv = run("dyad", "RUS", "AZE", "--db", db, "--format", "csv");
    assertThat(csv.out().lines().findFirst().orElseThrow()).startsWith("source,target,period,events,eventsLow,eventsHigh,goldsteinSum");
    Run json = run("dyad", "RUS", "AZE", "--db", db, "--format", "json", "--by", "day");
    assertThat(json.out().lines()).allSatisfy(l -> assertThat(l).startsWith("{\"source\":"));
    assertThat(run("dyad", "ARM", "GEO", "--db", db).out()).contains("no fact events between ARM and GEO");
  }

  @Test
  void alertsRunAndRefuseABadThreshold() {
    Run alerts = run("alerts", "--db", db);
    assertThat(alerts.exit()).isZero();
    assertThat(alerts.out()).containsPattern("\\d+ alerts? over \\d+ directed dyads");
    assertThat(run("alerts", "--db", db, "--h", "0").exit()).isEqualTo(2);
  }

  @Test
  void indicatorsLoadThenInfluenceShowsBothParts() throws IOException {
    Path csv = dir.resolve("ind.csv");
    Files.writeString(csv, "country,partner,year,indicator,value,unit,source,url,note\n"
        + "AZE,RUS,2024,trade_share,17,%,test,https://example.org,\n");
    Run load = run("indicators", "load", csv.toString(), "--db", db);
    assertThat(load.exit()).isZero();
    assertThat(load.out()).contains("1 indicator rows loaded");
    Run influence = run("influence", "RUS", "--region", "caucasus", "--db", db);
    assertThat(influence.exit()).isZero();
    // the sample inputs have no RUS–AZE event in 2024: AZE is shown but not scored
    assertThat(influence.out()).contains("CLIENT", "AZE", "trade_share=0.34", "-1.000±0.00", "insufficient")
        .contains("RUS's influence: insufficient evidence (none of 3 clients has 3 or more RUS–client events");
    assertThat(run("influence", "RUS", "--region", "caucasus", "--min-events", "0", "--db", db).exit()).isEqualTo(1);
    assertThat(run("influence", "RUS", "--region", "atlantis", "--db", db).exit()).isEqualTo(1);
  }

  @Test
  void reportWritesOneSelfContainedHtmlFile() throws IOException {
    Path html = dir.resolve("brief.html");
    Run report = run("report", "--patron", "RUS", "--region", "caucasus", "--db", db, "--out", html.toString());
    assertThat(report.exit()).isZero();
    assertThat(report.out()).contains("wrote", "(3 clients)");
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<svg", "Escalation alerts")
        .doesNotContain("<script", "<link");
  }

  @Test
  void reportReadsThePatronAndTheClientsFromTheQuestion() throws IOException {
    Path html = dir.resolve("question.html");
    Run caucasus = run("report", "--question", "Is Moscow losing its grip on the South Caucasus?", "--db", db,
        "--out", html.toString());
    assertThat(caucasus.exit()).as(caucasus.err()).isZero();
    assertThat(caucasus.out()).contains("understood: patron RUS (named); clients caucasus = ARM AZE GEO (region named)",
        "(3 clients)");
    assertThat(Files.readString(html)).contains("Question: <q>Is Moscow losing its grip on the South Caucasus?</q>");
    // no patron named: Azerbaijan's most frequent partner in the store (the sample inputs are about Russia and Azerbaijan)
    Run azerbaijan = run("report", "--question", "Could Baku keep pushing back?", "--db", db, "--out", html.toString());
    assertThat(azerbaijan.out()).contains("understood: patron RUS (the clients' most frequent partner); clients AZE");
    assertThat(run("report", "--question", "Why?", "--patron", "RUS", "--db", db).exit()).isEqualTo(2);
  }

  @Test
  void theCountriesOfRealQuestionsAreResolvedInOrder() {
    assertThat(ReportCommand.countriesNamed("Is Moscow losing its grip on Central Asia?")).containsExactly("RUS");
    assertThat(ReportCommand.countriesNamed("Could Kazakhstan push back like Azerbaijan?")).containsExactly("KAZ", "AZE");
    assertThat(ReportCommand.countriesNamed("Is China replacing Russia as Uzbekistan's main partner?"))
        .containsExactly("CHN", "RUS", "UZB");
    assertThat(ReportCommand.countriesNamed("Will the Kremlin learn from Yerevan's turn to Washington and Paris?"))
        .containsExactly("RUS", "ARM", "USA", "FRA");
    assertThat(ReportCommand.countriesNamed("Is anyone listening?")).isEmpty();
  }
}
