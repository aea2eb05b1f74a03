package orbit.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import orbit.core.event.Quote;
import org.junit.jupiter.api.Test;

/** Quote shapes beyond the seed, on news-style sentences: where the speaker stands, marks, paragraphs. */
class QuoteShapesTest {
  private static List<Quote> quotes(String text) {
    return Annotated.quotes(text).quotes();
  }

  private static String speaker(Quote q) {
    return q.speaker() == null ? null : q.speaker().name();
  }

  @Test
  void speakerAfterTheQuoteByNameOrPronoun() {
    List<Quote> found = quotes("Russian Foreign Minister Sergei Lavrov spoke to reporters in Moscow on Monday. "
        + "“We have never threatened Kazakhstan and we are not going to,” Lavrov said. "
        + "“Our partners in Astana know this very well,” he added.");
    assertThat(found).extracting(QuoteShapesTest::speaker).containsExactly("Sergei Lavrov", "Sergei Lavrov");
    assertThat(found.get(0).speaker().role()).isEqualTo("Foreign Minister");
    assertThat(found.get(0).speaker().country()).isEqualTo("RUS");
    assertThat(found.get(0).mentions()).containsExactly("KAZ");
  }

  @Test
  void speakerAfterAStraightQuoteWithTheVerbFirst() {
    List<Quote> found = quotes("\"Sanctions will not change our policy toward Ukraine,\" said Dmitry Peskov, "
        + "the Kremlin spokesman.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("Sanctions will not change our policy toward Ukraine");
    assertThat(found.get(0).speaker().name()).isEqualTo("Dmitry Peskov");
    assertThat(found.get(0).speaker().role()).isEqualTo("Kremlin spokesman");
  }

  @Test
  void speakerBeforeTheQuoteAndInsideIt() {
    List<Quote> found = quotes("Ilham Aliyev, the president of Azerbaijan, was blunt: “We will not accept "
        + "any pressure from Moscow.” Armenian Prime Minister Nikol Pashinyan struck a softer tone. "
        + "“We are ready to sign the agreement,” Pashinyan said, “but only on the basis of the Alma-Ata declaration.”");
    assertThat(found).extracting(QuoteShapesTest::speaker)
        .containsExactly("Ilham Aliyev", "Nikol Pashinyan", "Nikol Pashinyan");
    assertThat(found.get(0).speaker().role()).isEqualTo("president");
    assertThat(found.get(0).speaker().affiliation()).isEqualTo("Azerbaijan");
    assertThat(found.get(0).mentions()).containsExactly("RUS");
    assertThat(found.get(2).text()).startsWith("but only on the basis");
  }

  @Test
  void aQuoteThatRunsOverTwoParagraphsIsOneQuote() {
    String text = "Kazakh President Kassym-Jomart Tokayev addressed the forum in Astana on Tuesday. "
        + "“Our country will keep its own course in foreign policy.\n"
        + "“We respect our partners in Russia and China, but we will decide for ourselves,” he said.";
    List<Quote> found = quotes(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).startsWith("Our country will keep").endsWith("decide for ourselves");
    assertThat(found.get(0).text()).contains("\n“We respect");
    assertThat(speaker(found.get(0))).contains("Tokayev");
    assertThat(found.get(0).mentions()).containsExactly("RUS", "CHN");
  }

  @Test
  void nestedQuotesStayInsideTheOuterQuote() {
    List<Quote> found = quotes("Arkady Dubnov, a political analyst based in Moscow, sees little change. "
        + "“When the Kremlin says ‘partnership’, it means obedience,” the analyst said.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("When the Kremlin says ‘partnership’, it means obedience");
    assertThat(speaker(found.get(0))).isEqualTo("Arkady Dubnov");
    assertThat(found.get(0).speaker().affiliation()).isEqualTo("Moscow");
  }

  @Test
  void indirectSpeechAfterAccordingToAndThat() {
    List<Quote> found = quotes("According to Ilham Aliyev, the talks in Abu Dhabi were constructive. "
        + "Nikol Pashinyan told parliament that Armenia would freeze its participation in the CSTO.");
    assertThat(found).extracting(Quote::direct).containsExactly(false, false);
    assertThat(found).extracting(QuoteShapesTest::speaker).containsExactly("Ilham Aliyev", "Nikol Pashinyan");
    assertThat(found.get(0).text()).isEqualTo("the talks in Abu Dhabi were constructive");
  }

  @Test
  void scareQuotesAndNamesAreNoQuotes() {
    List<Quote> found = quotes("Moscow calls the war a “special military operation” and rejects talk of "
        + "an “occupation.” The group calls itself the \"Russian Community.\"");
    assertThat(found).isEmpty();
  }

  @Test
  void theMinisterResolvesToTheLastMinisterNamed() {
    List<Quote> found = quotes("Annalena Baerbock, Germany’s foreign minister, met Ararat Mirzoyan in Berlin. "
        + "“Germany stands by Armenia,” the minister said.");
    assertThat(found).hasSize(1);
    assertThat(speaker(found.get(0))).isEqualTo("Annalena Baerbock");
    assertThat(found.get(0).speaker().country()).isEqualTo("DEU");
    assertThat(found.get(0).tone()).containsEntry("ARM", 0.0);
  }

  @Test
  void aQuotedPhraseInsideReportedSpeechIsAPartialQuoteUnlessItIsALabel() {
    List<Quote> found = quotes("Pyotr Tolstoy, a deputy speaker of the State Duma, has said that Kazakhstan could "
        + "become Russia’s “next problem” after Ukraine. Maria Zakharova said Moscow had long backed an "
        + "“all for all” exchange of prisoners.");
    assertThat(found).filteredOn(Quote::direct).extracting(Quote::text, QuoteShapesTest::speaker)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("next problem", "Pyotr Tolstoy"));
    Quote reported = found.stream().filter(q -> !q.direct()).findFirst().orElseThrow();
    assertThat(reported.text()).isEqualTo("Kazakhstan could become Russia’s “next problem” after Ukraine");
    assertThat(reported.speaker().role()).isEqualTo("deputy speaker");
    assertThat(reported.speaker().affiliation()).isEqualTo("State Duma");
  }

  @Test
  void onlyAnAttributionNextToTheQuoteCounts() {
    List<Quote> found = quotes("Chinese President Xi Jinping met Vladimir Putin in Beijing on Tuesday. Xi told Putin "
        + "that their relations “have withstood the test of international changes” and said Beijing was ready to "
        + "work with Moscow.\n"
        + "“Such measures are not in line with accepted norms,” spokesman Dmitry Peskov said. Rossiya Segodnya, "
        + "the parent company of Sputnik, also spoke out. “We call on the authorities to release our colleagues,” "
        + "it said.");
    assertThat(found).filteredOn(Quote::direct).extracting(QuoteShapesTest::speaker)
        .containsExactly("Xi Jinping", "Dmitry Peskov", null);
  }
}
