package orbit.app.web;

import io.javalin.Javalin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.core.doc.Article;
import orbit.ingest.PhraseAnalyzer;
import orbit.store.IngestRecord;
import orbit.store.IngestStatus;
import orbit.store.Outcome;
import orbit.store.Store;

/** A small in-memory store for the web tests, written through the store's own ingest API. */
final class WebFixture {
  /** Text that must never reach a page as markup. */
  static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=\"alert(1)\">";

  static final List<Article> ARTICLES = List.of(
      new Article("wire-001", LocalDate.of(2025, 6, 2), "Baku recalls envoy", "https://example.org/1", "Wire",
          "Azerbaijan recalled its ambassador from Moscow on Monday. Officials condemned the raids. A spokesman told"
              + " reporters that ties were under strain."),
      new Article("wire-002", LocalDate.of(2025, 7, 1), "Raids in Yekaterinburg", "https://example.org/2", "Wire",
          "Russian police detained six Azerbaijani men in Yekaterinburg. Two of them died."),
      new Article("wire-003", LocalDate.of(2024, 3, 5), "Hostile " + HOSTILE, "https://example.org/3", "Blog",
          "Russian police detained a blogger " + HOSTILE + " in Moscow. The ministry told reporters \" onmouseover="
              + "\"alert(2) that nothing happened."));

  private static Store shared;
  private static Readers readers;

  private WebFixture() {}

  /** Connections to one seeded in-memory store shared by the web tests of this JVM (read-only use). */
  static synchronized Readers readers() {
    if (readers == null) {
      shared = seeded();
      readers = new Readers(shared, 2);
    }
    return readers;
  }

  /** The server over {@link #readers()}, on any free port. */
  static Javalin app() {
    return OrbitServer.create(readers(), ServerConfig.of("127.0.0.1", 0));
  }

  static long events() {
    return shared.count(Store.Table.EVENTS);
  }

  static Store seeded() {
    Store store = Store.inMemory();
    PhraseAnalyzer analyzer = new PhraseAnalyzer();
    List<Outcome> batch = new ArrayList<>();
    for (int i = 0; i < ARTICLES.size(); i++) {
      Article a = ARTICLES.get(i);
      batch.add(new Outcome(new IngestRecord("fixture.jsonl", "line " + (i + 1), IngestStatus.OK, null), a,
          "hash-" + a.id(), "en", analyzer.analyze(a)));
    }
    store.write(batch);
    return store;
  }
}
