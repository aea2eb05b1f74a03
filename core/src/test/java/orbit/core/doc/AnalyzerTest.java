package orbit.core.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
  private static Article article(int i) {
    return new Article("a" + i, LocalDate.of(2025, 7, 24), null, null, null, "x".repeat(i));
  }

  /** Sleeps longer on earlier articles, so that later ones finish first, and fails on "a3". */
  private static final Analyzer SLOW_FIRST = a -> {
    if (a.id().equals("a3")) {
      throw new IllegalArgumentException("bad " + a.id());
    }
    try {
      Thread.sleep(20 - a.text().length());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return ArticleDoc.of(a);
  };

  @Test
  void keepsTheInputOrderAndReturnsFailuresInPlace() {
    List<Analyzed> out;
    try (Stream<Analyzed> all = SLOW_FIRST.analyzeAll(IntStream.range(0, 10).mapToObj(AnalyzerTest::article), 3)) {
      out = all.toList();
    }
    assertThat(out).extracting(a -> a.article().id())
        .containsExactlyElementsOf(IntStream.range(0, 10).mapToObj(i -> "a" + i).toList());
    assertThat(out.get(3).failure()).hasMessage("bad a3");
    assertThat(out.get(3).doc()).isNull();
    assertThat(out.get(4).orThrow().article().id()).isEqualTo("a4");
  }

  @Test
  void readsOnlyAFewArticlesAheadOfItsReader() {
    AtomicInteger read = new AtomicInteger();
    Stream<Article> endless = Stream.iterate(0, i -> i + 1).peek(i -> read.incrementAndGet()).map(i -> article(1));
    try (Stream<Analyzed> all = ((Analyzer) ArticleDoc::of).analyzeAll(endless, 2)) {
      assertThat(all.limit(3).count()).isEqualTo(3);
    }
    assertThat(read.get()).isLessThanOrEqualTo(3 + 4);
  }
}
