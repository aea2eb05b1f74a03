package orbit.nlp.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import orbit.core.doc.Article;
import orbit.core.event.Event;
import orbit.nlp.Analysis;
import org.junit.jupiter.api.Test;

/** Issue 17, lexicon breadth: how lexicon entries match real news wording, coded through the full pipeline. */
class LexiconBreadthTest {
  private static final Analysis ANALYSIS = Analysis.full();

  private static List<String> dyads(String text) {
    return ANALYSIS.analyze(new Article("t", LocalDate.of(2025, 7, 24), null, null, null, text)).events().stream()
        .map(LexiconBreadthTest::dyad).toList();
  }

  private static String dyad(Event e) {
    return e.source().country() + ">" + e.target().country() + ":" + e.cameo();
  }

  @Test
  void aQuantityNamesWhatItCounts() {
    assertThat(dyads("Russia sent hundreds of troops to Belarus on Monday.")).containsExactly("RUS>BLR:154");
  }

  @Test
  void aNounModifyingAnotherIsNoEvent() {
    assertThat(dyads("Lithuania handed a protest note to Belarus's charge d'affaires on Friday."))
        .containsExactly("LTU>BLR:114");
    assertThat(dyads("Israeli riot police dispersed Palestinian worshippers at the mosque."))
        .containsExactly("ISR>PSE:175");
  }

  @Test
  void aVerbsModifierConstraintReadsItsObject() {
    assertThat(dyads("Russian troops shot dead two Ukrainian civilians near Kharkiv.")).containsExactly("RUS>UKR:1823");
  }

  @Test
  void informingAnotherActorIsAStatementToIt() {
    assertThat(dyads("Iran informed the International Atomic Energy Agency on Friday that it would install new "
        + "centrifuges.")).first().asString().startsWith("IRN>").endsWith(":010");
  }

  @Test
  void pausingDeliveriesReducesRelations() {
    assertThat(dyads("The United States paused a shipment of bombs to Israel.")).singleElement().asString()
        .startsWith("USA>ISR:16");
  }

  @Test
  void drivingPeopleFromTheirHomesIsForcedDisplacement() {
    assertThat(dyads("Azerbaijani forces drove thousands of Armenians from their homes in the region last week."))
        .containsExactly("AZE>ARM:201");
    assertThat(dyads("Serbian militias forced hundreds of Bosnian families from their villages."))
        .containsExactly("SRB>BIH:201");
    assertThat(dyads("Protesters forced their way into the Kenyan parliament.")).isEmpty();
  }
}
