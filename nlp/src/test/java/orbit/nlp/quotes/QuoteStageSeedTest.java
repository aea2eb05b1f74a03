package orbit.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import orbit.core.Json;
import orbit.core.doc.ArticleDoc;
import orbit.core.event.Quote;
import orbit.core.event.Speaker;
import orbit.nlp.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bar on the seed article and its gold file: quotes found, speakers, scare quotes, profiles. */
class QuoteStageSeedTest {
  private static ArticleDoc seed;
  private static JsonNode gold;

  @BeforeAll
  static void run() throws IOException {
    gold = Json.mapper().readTree(SharedData.path("gold/seed-article.json").toFile());
    seed = Annotated.quotes(SharedData.seed());
    seed.quotes().forEach(q -> System.out.println(q.direct() + " " + (q.speaker() == null ? null : q.speaker().name())
        + " | " + q.text().substring(0, Math.min(60, q.text().length())) + " | " + q.mentions() + " " + q.tone()));
  }

  private static String plain(String s) {
    return s.replace('’', '\'');
  }

  private static Quote direct(String opening) {
    return seed.quotes().stream().filter(q -> q.direct() && plain(q.text()).startsWith(plain(opening)))
        .findFirst().orElse(null);
  }

  @Test
  void findsAllGoldQuotesAndAttributesAtLeastTwelve() {
    List<String> missing = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    int attributed = 0;
    for (JsonNode g : gold.get("quotes")) {
      Quote q = direct(g.get("startsWith").asText());
      if (q == null) {
        missing.add(g.get("startsWith").asText());
      } else if (q.speaker() != null && q.speaker().name().equals(g.get("speaker").asText())) {
        attributed++;
      } else {
        wrong.add(g.get("startsWith").asText() + " -> " + q.speaker());
      }
    }
    System.out.printf("seed quotes: %d gold, %d found, %d attributed%n", gold.get("quotes").size(),
        gold.get("quotes").size() - missing.size(), attributed);
    assertThat(missing).as("gold quotes not found").isEmpty();
    assertThat(attributed).as("attributed to the right speaker; wrong: " + wrong).isGreaterThanOrEqualTo(12);
  }

  @Test
  void reportsNoScareQuotes() {
    for (JsonNode not : gold.get("notQuotes")) {
      String text = not.asText();
      assertThat(seed.quotes()).noneMatch(q -> q.text().strip().equals(text) || q.text().startsWith(text));
    }
    assertThat(seed.quotes().stream().filter(Quote::direct)).hasSize(gold.get("quotes").size());
  }

  @Test
  void extractsTheSpeakersRolesAndAffiliations() {
    for (JsonNode g : gold.get("speakers")) {
      Speaker s = seed.quotes().stream().map(Quote::speaker)
          .filter(sp -> sp != null && sp.name().equals(g.get("name").asText())).findFirst().orElseThrow();
      assertThat(s.role()).as(s.name()).isEqualTo(g.get("role").asText());
      assertThat(s.affiliation()).as(s.name()).isEqualTo(g.get("affiliation").asText());
    }
  }

  @Test
  void statesTheSpeakersCountryWhereTheArticleDoes() {
    assertThat(direct("There is no hostility").speaker().country()).isEqualTo("TJK");
    assertThat(direct("Even public opinion surveys").speaker().country()).isEqualTo("TJK");
    assertThat(direct("Because Azerbaijan isn't tethered").speaker().country()).isNull();
  }

  @Test
  void quotesCarryProvenance() {
    for (Quote q : seed.quotes()) {
      assertThat(q.article()).isEqualTo("seed-000");
      assertThat(seed.text().substring(q.start(), q.end())).isEqualTo(q.text());
      var s = seed.sentences().get(q.sentence());
      assertThat(q.start()).isBetween(s.begin(), s.end());
    }
  }
}
