package orbit.nlp.petrarch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import orbit.core.doc.Article;
import orbit.core.event.Event;
import orbit.nlp.Analysis;
import orbit.nlp.SharedData;
import orbit.nlp.petrarch.ValidationRecords.Record;
import org.junit.jupiter.api.Test;

/**
 * The full Phoenix dictionaries (CAMEO.2.0 verbs, country, international and non-state actors,
 * agents, discards) load, and Orbit's coder codes PETRARCH's 76 AFP GigaWord sentences with them.
 */
class PhoenixGigaWordTest {
  @Test
  void phoenixDictionariesCodeTheAfpSample() {
    Path dir = SharedData.path("data/petrarch/petrarch2");
    Dictionaries phoenix = Dictionaries.load(Dictionaries.find(dir), Dictionaries.Mode.REPLACE);
    System.out.println("Phoenix: " + phoenix.problems().size() + " dictionary lines not used");
    // every unreadable line is reported with its file and line, and they are few against ~70,000 lines
    assertThat(phoenix.problems()).isNotEmpty().hasSizeLessThan(150)
        .allSatisfy(p -> assertThat(p.line()).isPositive());
    ValidationRecords sample = ValidationRecords.read(dir.resolve("GigaWord.sample.PETR.xml"));
    assertThat(sample.records()).hasSize(76);
    Analysis analysis = Analysis.full(phoenix.lexicon(), phoenix.actors());
    int events = 0;
    for (Record r : sample.records()) {
      for (Event e : analysis.analyze(new Article(r.id(), r.date(), null, null, null, r.text())).events()) {
        System.out.println(r.id() + "\t" + e.cameo() + "\t" + e.source().code() + "\t" + e.target().code() + "\t" + e.evidence());
        events++;
      }
    }
    double perSentence = events / 76.0;
    System.out.printf("GigaWord sample with Phoenix dictionaries: %d events, %.2f per sentence%n", events, perSentence);
    assertThat(perSentence).isGreaterThan(0.3);
  }
}
