package orbit.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import orbit.core.Json;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Sentence;
import orbit.core.event.Quote;
import orbit.core.event.Speaker;
import orbit.nlp.SharedData;
import orbit.nlp.eval.Gold;
import orbit.nlp.eval.Score;
import orbit.nlp.eval.Scorer;
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
  }

  private static Quote direct(String opening) {
    return seed.quotes().stream().filter(q -> q.direct() && q.text().replace('’', '\'').startsWith(opening))
        .findFirst().orElseThrow();
  }

  @Test
  void findsAllGoldQuotesAttributesAtLeastTwelveAndNoScareQuote() {
    Score score = Scorer.score(Gold.read(SharedData.path("gold/seed-article.json")), seed);
    System.out.printf("seed quotes: %d gold, %d found, %d attributed, %d scare quotes reported%n", score.quotesGold(),
        score.quotesFound(), score.speakersRight(), score.notQuotesReported());
    assertThat(score.quotesFound()).as("found; misses: " + score.lines()).isEqualTo(13);
    assertThat(score.speakersRight()).as("attributed; misses: " + score.lines()).isGreaterThanOrEqualTo(12);
    assertThat(score.notQuotesReported()).as("scare quotes reported").isZero();
  }

  @Test
  void reportsNoOtherDirectQuotes() {
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
  void findsIndirectSpeechWithItsSpeaker() {
    assertThat(seed.quotes()).filteredOn(q -> !q.direct()).extracting(q -> q.speaker().name() + ": " + q.text())
        .contains("Saifullo Safarov: Central Asian states do, in fact, stand up for their interests",
            "Parviz Mullojanov: there is no real sign of policy change in Moscow",
            "Parviz Mullojanov: the contradictions in Russia’s policy toward migrant workers");
  }

  @Test
  void mentionsAndToneComeFromTheQuoteItself() {
    Quote noHostility = direct("There is no hostility");
    assertThat(noHostility.mentions()).isEmpty();
    Quote indifferent = direct("The Kremlin appears indifferent");
    assertThat(indifferent.mentions()).containsExactly("RUS");
    assertThat(indifferent.tone().get("RUS")).isNegative();
    assertThat(direct("For countries like Tajikistan").mentions()).containsExactly("TJK", "KGZ", "RUS");
  }

  @Test
  void quotesCarryProvenance() {
    for (Quote q : seed.quotes()) {
      assertThat(q.article()).isEqualTo("seed-000");
      assertThat(seed.text().substring(q.start(), q.end())).isEqualTo(q.text());
      Sentence s = seed.sentences().get(q.sentence());
      assertThat(q.start()).isBetween(s.begin(), s.end());
    }
  }
}
