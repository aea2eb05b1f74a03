package orbit.ingest;

import java.util.List;
import java.util.stream.Stream;
import orbit.core.doc.Article;

/** What the readers made of their inputs, as the tests check it: one line per item, and the articles read. */
record ReadLog(List<String> outcomes, List<Article> stored) {
  /** The items as "position ok" or "position failed reason" lines, and the articles of the ok ones. */
  static ReadLog of(Stream<Parsed> items) {
    List<Parsed> all;
    try (items) {
      all = items.toList();
    }
    return new ReadLog(all.stream().map(p -> p.position() + (p.isOk() ? " ok" : " failed " + p.failure())).toList(),
        all.stream().filter(Parsed::isOk).map(Parsed::article).toList());
  }
}
