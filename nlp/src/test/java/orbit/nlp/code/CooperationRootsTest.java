package orbit.nlp.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import orbit.core.doc.Article;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import orbit.nlp.Analysis;
import org.junit.jupiter.api.Test;

/** Constructions of CAMEO roots 01-06 (statements, appeals, intentions, consultation, cooperation), coded whole. */
class CooperationRootsTest {
  private static final Analysis ANALYSIS = Analysis.full();
  private static final LocalDate DATE = LocalDate.of(2025, 5, 14);

  private static List<String> coded(String text) {
    return ANALYSIS.analyze(new Article("t", DATE, null, null, null, text)).events().stream()
        .map(CooperationRootsTest::dyad).toList();
  }

  private static String dyad(Event e) {
    return (e.source() == null ? "?" : e.source().country()) + ">" + e.target().country() + ":" + e.cameo();
  }

  @Test
  void anIntentionAnnouncedByTheOtherPartyIsStillAnIntention() {
    // the host's office announcing the visit: a party's word, so 036, not a hypothetical visit
    assertThat(coded("Indian Prime Minister Narendra Modi will travel to Japan next week, the office of Japan's "
        + "prime minister said on Tuesday.")).containsExactly("IND>JPN:036");
    // an onlooker saying so leaves the visit hypothetical, as it is not yet a fact
    assertThat(ANALYSIS.analyze(new Article("t", DATE, null, null, null,
        "Analysts said Indian Prime Minister Narendra Modi would travel to Japan next week.")).events())
        .singleElement().satisfies(e -> {
          assertThat(e.cameo()).isEqualTo("042");
          assertThat(e.factuality()).isEqualTo(Factuality.HYPOTHETICAL);
        });
  }

  @Test
  void hostingIsWelcomingAVisitorToAPlaceOrGreetingHimOnArrival() {
    assertThat(coded("Kazakh President Kassym-Jomart Tokayev welcomed Emmanuel Macron to Astana on Monday."))
        .containsExactly("KAZ>FRA:043");
    assertThat(coded("The Slovak prime minister landed in Beijing on Sunday evening.")).containsExactly("SVK>CHN:042");
  }

  @Test
  void sidesExchangingDataCooperateBothWays() {
    assertThat(coded("Norway and Sweden have begun exchanging radar data on air traffic.")).contains("NOR>SWE:064");
  }

  @Test
  void buyingAnotherCountrysFuelIsTradeWithIt() {
    assertThat(coded("Turkey bought Iranian gas throughout the winter.")).containsExactly("TUR>IRN:061");
  }
}
