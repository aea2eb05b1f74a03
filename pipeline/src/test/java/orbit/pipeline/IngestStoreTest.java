package orbit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import orbit.ingest.Inputs;
import orbit.ingest.Languages;
import orbit.ingest.PhraseAnalyzer;
import orbit.ingest.SampleInputs;
import orbit.store.IngestRecord;
import orbit.store.IngestStatus;
import orbit.store.Store;
import orbit.store.Store.Table;
import orbit.store.StoreConfig;
import orbit.store.StoreRows;

class IngestStoreTest {
  private static final Languages LANGUAGES = Languages.load();
  @TempDir Path dir;

  static IngestSummary ingest(Store store, Path inputs, List<IngestRecord> log) {
    Ingestion ingestion = new Ingestion(new PhraseAnalyzer(), store, LANGUAGES, 4, log::add);
    return ingestion.run(new Inputs(SampleInputs.DATE).read(List.of(inputs)));
  }

  @Test
  void everyFormatAndEveryBadInputIsCountedAndLogged() throws IOException, SQLException {
    Path inputs = SampleInputs.write(dir.resolve("in"));
    try (Store store = Store.open(StoreConfig.file(dir.resolve("orbit.duckdb")))) {
      List<IngestRecord> log = new ArrayList<>();
      IngestSummary summary = ingest(store, inputs, log);

      assertThat(summary.read()).isEqualTo(SampleInputs.READ);
      assertThat(summary.stored()).isEqualTo(SampleInputs.OK + SampleInputs.NON_ENGLISH);
      assertThat(summary.duplicates()).isEqualTo(SampleInputs.DUPLICATES);
      assertThat(summary.failed()).isEqualTo(SampleInputs.FAILED);
      assertThat(summary.nonEnglish()).isEqualTo(SampleInputs.NON_ENGLISH);
      assertThat(summary.events()).isEqualTo(6);
      assertThat(summary.failures()).containsEntry("too large", 1L).containsEntry("malformed JSON", 1L)
          .containsEntry("truncated input", 1L).containsEntry("binary", 1L).containsEntry("empty", 1L)
          .containsEntry("invalid UTF-8", 1L).containsEntry("no text in HTML", 1L)
          .containsEntry("missing field", 1L);

      assertThat(store.count(Table.INGEST_LOG)).isEqualTo(SampleInputs.READ);
      assertThat(store.count(Table.ARTICLES)).isEqualTo(SampleInputs.OK + SampleInputs.NON_ENGLISH);
      assertThat(store.count(Table.EVENTS)).isEqualTo(6);
      assertThat(store.count(Table.QUOTES)).isEqualTo(2);
      assertThat(store.count(Table.CLUSTERS)).isEqualTo(5);
      assertThat(log).filteredOn(r -> r.status() == IngestStatus.FAILED && r.input().endsWith("wire.jsonl"))
          .extracting(IngestRecord::position).containsExactly("line 2", "line 4");
      assertThat(StoreRows.query(store, "SELECT language || ' ' || status FROM articles WHERE language <> 'en' ORDER BY 1"))
          .containsExactly("fr not-coded", "ru not-coded");
      assertThat(StoreRows.query(store, "SELECT status || ' ' || reason FROM ingest_log WHERE input LIKE '%huge.txt'"))
          .containsExactly("failed too large: 6000000 characters of text (the cap is 5000000)");
      assertThat(StoreRows.query(store, "SELECT num_mentions || ' ' || num_articles || ' ' || num_sources FROM clusters"
          + " WHERE root = '11'")).containsExactly("2 2 2");

      IngestSummary again = ingest(store, inputs, new ArrayList<>());
      assertThat(again.stored()).isZero();
      assertThat(again.duplicates()).isEqualTo(SampleInputs.OK + SampleInputs.NON_ENGLISH + SampleInputs.DUPLICATES);
      assertThat(store.count(Table.ARTICLES)).isEqualTo(SampleInputs.OK + SampleInputs.NON_ENGLISH);
      assertThat(store.count(Table.EVENTS)).isEqualTo(6);
      assertThat(store.count(Table.CLUSTERS)).isEqualTo(5);
    }
  }

  @Test
  void anArticleInALanguageTheAnalyzerCodesIsAnalysedTheOthersStoredUncoded() throws IOException, SQLException {
    Path inputs = SampleInputs.write(dir.resolve("in"));
    PhraseAnalyzer phrases = new PhraseAnalyzer();
    List<String> analysed = new ArrayList<>();
    orbit.core.doc.Analyzer russianToo = new orbit.core.doc.Analyzer() {
      @Override
      public orbit.core.doc.ArticleDoc analyze(orbit.core.doc.Article article) {
        synchronized (analysed) {
          analysed.add(article.text());
        }
        return phrases.analyze(article);
      }

      @Override
      public java.util.Set<String> languages() {
        return java.util.Set.of("en", "ru");
      }
    };
    try (Store store = Store.open(StoreConfig.file(dir.resolve("ru.duckdb")))) {
      IngestSummary summary = new Ingestion(russianToo, store, LANGUAGES, 4, r -> { })
          .run(new Inputs(SampleInputs.DATE).read(List.of(inputs)));
      assertThat(summary.nonEnglish()).isEqualTo(SampleInputs.NON_ENGLISH - 1);
      assertThat(analysed).contains(SampleInputs.RUSSIAN).doesNotContain(SampleInputs.FRENCH);
      assertThat(StoreRows.query(store, "SELECT language || ' ' || status FROM articles WHERE language <> 'en' ORDER BY 1"))
          .containsExactly("fr not-coded", "ru coded");
    }
  }

  @Test
  void aFailingAnalyzerFailsItsArticleOnlyAndATakenIdGetsTheHashAppended() throws IOException, SQLException {
    Path file = dir.resolve("same-id.jsonl");
    java.nio.file.Files.writeString(file, String.join("\n",
        "{\"id\": \"x\", \"date\": \"2025-06-01\", \"text\": \"" + SampleInputs.DETAINED_1 + "\"}",
        "{\"id\": \"x\", \"date\": \"2025-06-02\", \"text\": \"Officials said the talks on trade would resume next week.\"}",
        "{\"id\": \"boom\", \"date\": \"2025-06-02\", \"text\": \"The minister said the border would stay open.\"}"));
    orbit.core.doc.Analyzer failing = a -> {
      if (a.id().equals("boom")) {
        throw new IllegalStateException("parser crashed");
      }
      return new PhraseAnalyzer().analyze(a);
    };
    try (Store store = Store.inMemory()) {
      List<IngestRecord> log = new ArrayList<>();
      IngestSummary summary = new Ingestion(failing, store, LANGUAGES, 10, log::add)
          .run(new Inputs(null).read(List.of(file)));
      assertThat(summary.stored()).isEqualTo(2);
      assertThat(summary.failures()).containsOnlyKeys("analysis failed");
      assertThat(StoreRows.query(store, "SELECT id FROM articles ORDER BY id")).hasSize(2).first().isEqualTo("x");
      assertThat(StoreRows.query(store, "SELECT id FROM articles ORDER BY id").get(1)).matches("x~[0-9a-f]{8}");
      assertThat(StoreRows.query(store, "SELECT article FROM events")).containsExactly("x");
    }
  }
}
