package orbit.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import orbit.core.Json;
import orbit.core.doc.Article;
import orbit.core.event.Event;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: an article's events (every field) do not depend on which articles were coded before it or beside
 * it. SUTime kept what one article taught it: b21's "would resume on Friday" made every later bare "Friday"
 * resolve forward, so b25's "summoned ... on Friday" lost its news peg and "The two sides expressed readiness"
 * took the article date, or not, by order and thread timing.
 */
class CodingDeterminismTest {
  private static final List<String> IDS = List.of("sample-b25", "sample-b21", "sample-a01");

  @Test
  void eventsOfAnArticleDoNotDependOnOrderOrThreads() throws Exception {
    List<Article> articles = sample(IDS);
    Analysis analysis = Analysis.full();
    // the reference: the listed order on one thread, b25 first (before anything could teach SUTime about Friday)
    List<List<Event>> first = code(analysis, articles, 1);
    Map<String, List<Event>> reference = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      reference.put(articles.get(i).id(), first.get(i));
    }
    assertThat(reference.get("sample-b25")).extracting(Event::evidence).contains("The two sides expressed readiness");

    List<Article> reversed = new ArrayList<>(articles);
    Collections.reverse(reversed);
    List<Article> twice = new ArrayList<>(reversed);
    twice.addAll(articles);
    // one thread: a leak from the articles before; two threads: also from the article coded at the same time
    for (Map.Entry<List<Article>, Integer> run : List.of(Map.entry(reversed, 1), Map.entry(twice, 2))) {
      List<Article> order = run.getKey();
      List<List<Event>> events = code(analysis, order, run.getValue());
      for (int i = 0; i < order.size(); i++) {
        assertThat(events.get(i)).as("%s coded in order %s on %d threads", order.get(i).id(),
            order.stream().map(Article::id).toList(), run.getValue()).isEqualTo(reference.get(order.get(i).id()));
      }
    }
  }

  private static List<List<Event>> code(Analysis analysis, List<Article> articles, int threads) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Event>>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> analysis.analyze(a).events()));
      }
      List<List<Event>> events = new ArrayList<>();
      for (Future<List<Event>> f : futures) {
        events.add(f.get());
      }
      return events;
    } finally {
      pool.shutdown();
    }
  }

  private static List<Article> sample(List<String> ids) throws IOException {
    Path file = Path.of(System.getProperty("orbit.root", "..")).resolve("corpus/sample/articles.jsonl");
    Map<String, Article> byId = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      Article a = Json.mapper().readValue(line, Article.class);
      byId.put(a.id(), a);
    }
    assertThat(byId).containsKeys(ids.toArray(String[]::new));
    return ids.stream().map(byId::get).toList();
  }
}
