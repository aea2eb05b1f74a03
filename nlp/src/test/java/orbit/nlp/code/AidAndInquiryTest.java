package orbit.nlp.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import orbit.core.doc.Article;
import orbit.core.event.Event;
import orbit.nlp.Analysis;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, roots 07 to 09: goods and money given to another country, a state yielding at home with no one
 * named, and inquiries into an actor.
 */
class AidAndInquiryTest {
  private static final Analysis ANALYSIS = Analysis.full();

  private static List<String> dyads(String text) {
    return ANALYSIS.analyze(new Article("t", LocalDate.of(2025, 7, 24), null, null, null, text)).events().stream()
        .map(AidAndInquiryTest::dyad).toList();
  }

  private static String dyad(Event e) {
    return e.source().country() + ">" + e.target().country() + ":" + e.cameo();
  }

  @Test
  void goodsHandedToAnAgencyAreAid() {
    assertThat(dyads("Finland handed Estonia's border guard twelve patrol boats on Monday."))
        .containsExactly("FIN>EST:070");
  }

  @Test
  void moneyPaidToACountryIsEconomicAid() {
    assertThat(dyads("Norway paid Moldova 40 million euros in budget support on Tuesday."))
        .containsExactly("NOR>MDA:071");
  }

  @Test
  void anInquiryIntoAnActorTargetsIt() {
    assertThat(dyads("Latvian prosecutors opened an investigation into the Belarusian border guards on Friday."))
        .singleElement().asString().startsWith("LVA>BLR:09");
  }

  @Test
  void aDomesticInquiryKeepsItsTarget() {
    assertThat(dyads("Chilean prosecutors opened a criminal case into Chile's former interior minister."))
        .singleElement().asString().startsWith("CHL>CHL:09");
  }

  @Test
  void aStateYieldingAtHomeYieldsToItsOwnCountry() {
    assertThat(dyads("Armenia's prime minister resigned on Tuesday.")).containsExactly("ARM>ARM:0831");
    assertThat(dyads("Kenyan doctors called off their strike on Wednesday.")).containsExactly("KEN>KEN:082");
  }

  @Test
  void tradeRestrictionsLiftedNameNoOwnTarget() {
    assertThat(dyads("Japan lifted its restrictions on exports of chemicals to South Korea."))
        .noneMatch(d -> d.startsWith("JPN>JPN"));
  }
}
