package orbit.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import orbit.core.actors.CountryTable;
import orbit.core.doc.Article;
import orbit.core.event.Event;
import orbit.nlp.Analysis;
import orbit.nlp.SharedData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * PETRARCH-2's GSR validation records (real actors, real CAMEO codes) coded with Orbit's own
 * lexicon and actors: precision and recall of (source country, target country, root). Records
 * whose expected actors fall outside the country/IGO scope are skipped with the reason printed.
 */
class PetrarchGsrTest {
  /** PETRARCH's international-body codes that name an Orbit actor. */
  private static final Map<String, String> BODIES = Map.of("IGOEUREEC", "EUR", "IGOUNO", "UNO", "IGONAT", "NAT");

  private static final CountryTable COUNTRIES = CountryTable.load();

  record Expected(String source, String target, String root) {}

  @Test
  void scoresAtRootLevelWithCountries() throws IOException {
    Path file = SharedData.path("data/petrarch/PETR2_GSR_validation.xml");
    Document xml = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
    Analysis analysis = Analysis.full();
    int matched = 0, expectedTotal = 0, coded = 0, records = 0;
    for (Element sentence : xml.select("Sentence")) {
      List<Expected> expected = new ArrayList<>();
      String skip = null;
      Element text = null;
      for (Element e = sentence.nextElementSibling(); e != null && !e.tagName().equals("Sentence"); e = e.nextElementSibling()) {
        if (e.tagName().equals("EventCoding")) {
          String s = scope(e.attr("sourcecode"));
          String t = scope(e.attr("targetcode"));
          if (s == null || t == null) {
            skip = "actor outside scope: " + e.attr("sourcecode") + " -> " + e.attr("targetcode");
          } else {
            expected.add(new Expected(s, t, e.attr("eventcode").substring(0, 2)));
          }
        } else if (e.tagName().equals("Text")) {
          text = e;
        }
      }
      if (text == null || (expected.isEmpty() && skip == null)) {
        continue;
      }
      if (skip != null) {
        System.out.println("skip " + sentence.attr("id") + ": " + skip);
        continue;
      }
      records++;
      String day = sentence.attr("date");
      LocalDate date = LocalDate.parse(day.length() == 6 ? "20" + day : day, DateTimeFormatter.BASIC_ISO_DATE);
      List<Event> events = analysis.analyze(new Article(sentence.attr("id"), date, null, null, null,
          text.wholeText().strip().replaceAll("\\s+", " "))).events();
      coded += events.size();
      expectedTotal += expected.size();
      List<Expected> open = new ArrayList<>(expected);
      for (Event e : events) {
        Expected key = new Expected(e.source() == null ? null : e.source().country(), e.target().country(), e.root());
        if (open.remove(key)) {
          matched++;
        } else {
          System.out.println("extra " + sentence.attr("id") + ": " + key + "\t" + e.evidence());
        }
      }
      for (Expected x : open) {
        System.out.println("missed " + sentence.attr("id") + ": " + x + "\t" + text.wholeText().strip());
      }
    }
    double precision = coded == 0 ? 0 : (double) matched / coded;
    double recall = (double) matched / expectedTotal;
    System.out.printf("PETR2 GSR: %d records, %d expected, %d coded, %d matched: precision %.3f recall %.3f f1 %.3f%n",
        records, expectedTotal, coded, matched, precision, recall, 2 * precision * recall / (precision + recall));
    // guards the figure reached (see the coder issue's closing note); raise them as the coder improves. The
    // records code a stated future act as the act ("will supply arms to Israel" 07, "said they will attack
    // Iraq" 01); Orbit follows CAMEO's modality conventions (modality.tsv: 033, 138), which these count as
    // misses and extras, so the bars sit below the figures reached before Orbit adopted them (0.57, 0.19).
    assertThat(precision).isGreaterThanOrEqualTo(0.43);
    assertThat(recall).isGreaterThanOrEqualTo(0.16);
  }

  /** The country (or Orbit body) code a PETRARCH actor code names, or null when outside scope. */
  private static String scope(String code) {
    for (Map.Entry<String, String> body : BODIES.entrySet()) {
      if (code.startsWith(body.getKey())) {
        return body.getValue();
      }
    }
    String country = code.length() >= 3 ? code.substring(0, 3) : "";
    return COUNTRIES.country(country).isPresent() ? country : null;
  }
}
