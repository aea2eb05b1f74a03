package orbit.nlp.code;

import static orbit.nlp.code.CoderCasesTest.CASES;
import static orbit.nlp.code.CoderCasesTest.dyad;
import static org.assertj.core.api.Assertions.assertThat;

import orbit.core.event.DatePrecision;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import org.junit.jupiter.api.Test;

/**
 * Fast twins of {@link EventCoderTest}'s cases of factuality, stated intentions, dates and places, on the
 * hand-written parses of {@code coder-cases.conllu}, coded without loading CoreNLP.
 */
class CoderStatesCasesTest {
  @Test
  void negatedEventsAreMarkedNotFacts() {
    assertThat(CASES.code("negated-not"))
        .isNotEmpty().allSatisfy(e -> assertThat(e.factuality()).isEqualTo(Factuality.NEGATED));
    assertThat(CASES.code("negated-never"))
        .isNotEmpty().allSatisfy(e -> assertThat(e.factuality()).isEqualTo(Factuality.NEGATED));
  }

  @Test
  void modalsAndHedgesMakeEventsHypothetical() {
    assertThat(CASES.code("modal"))
        .isNotEmpty().allSatisfy(e -> assertThat(e.factuality()).isEqualTo(Factuality.HYPOTHETICAL));
  }

  @Test
  void aStatedIntentionIsAnEventOfItsOwnDatedWhenStated() {
    assertThat(CASES.code("intention-trip")).singleElement().satisfies(e -> {
      assertThat(dyad(e)).isEqualTo("CHN>RUS:03");
      assertThat(e.cameo()).isEqualTo("036");
      assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
      assertThat(e.datePrecision()).isEqualTo(DatePrecision.ARTICLE);
    });
    assertThat(CASES.code("intention-continue")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("032");
      assertThat(e.factuality().isFact()).isTrue();
    });
    assertThat(CASES.code("intention-coordinated")).extracting(CoderCasesTest::dyad)
        .containsExactlyInAnyOrder("JPN>TUR:03", "KOR>TUR:03");
  }

  @Test
  void aThreatIsOneEventCodedByWhatItThreatens() {
    assertThat(CASES.code("threat-warned")).singleElement().satisfies(e -> {
      assertThat(dyad(e)).isEqualTo("PRK>KOR:13");
      assertThat(e.cameo()).isEqualTo("138");
    });
    assertThat(CASES.code("threat-conditional")).singleElement().satisfies(e -> assertThat(e.cameo()).isEqualTo("134"));
    assertThat(CASES.code("threat-agreed")).singleElement().satisfies(e -> assertThat(dyad(e)).isEqualTo("EUR>IRN:16"));
  }

  @Test
  void hedgesNegationsAndOthersForecastsAreNoStatements() {
    assertThat(CASES.code("hedge-could-agree"))
        .isNotEmpty().allSatisfy(e -> assertThat(e.factuality()).isEqualTo(Factuality.HYPOTHETICAL));
    assertThat(CASES.code("hedge-forecast"))
        .isNotEmpty().allSatisfy(e -> assertThat(e.factuality()).isEqualTo(Factuality.HYPOTHETICAL));
    assertThat(CASES.code("hedge-negated-plan"))
        .isNotEmpty().allSatisfy(e -> assertThat(e.factuality()).isEqualTo(Factuality.NEGATED));
  }

  @Test
  void embeddedClaimsAreAllegedAndAttributed() {
    assertThat(CASES.code("embedded-claim")).anySatisfy(e -> {
      assertThat(dyad(e)).isEqualTo("RUS>GEO:18");
      assertThat(e.factuality()).isEqualTo(Factuality.ALLEGED);
      assertThat(e.attributedTo()).isEqualTo("Georgia");
    });
  }

  @Test
  void reportedlyMarksAnEventAsReported() {
    assertThat(CASES.code("reportedly"))
        .singleElement().satisfies(e -> assertThat(e.factuality()).isEqualTo(Factuality.REPORTED));
  }

  @Test
  void undatedPastEventsTakeTheLeadsDayWhenItIsTheNewsPeg() {
    assertThat(CASES.code("lead-day")).filteredOn(e -> e.root().equals("19")).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo("2025-07-21");
      assertThat(e.datePrecision()).isEqualTo(DatePrecision.DAY);
    });
  }

  @Test
  void aWeekdayOfAPastEventLiesBeforeTheArticleDate() {
    // the tagger resolves "Tuesday" forward to 2025-04-22; the article of Saturday 19 April reports a past meeting
    assertThat(CASES.code("past-weekday")).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2025-04-15"));
  }

  @Test
  void datesAndPlacesComeFromTheSentence() {
    assertThat(CASES.code("dates-places")).singleElement().satisfies(e -> {
      assertThat(e.root()).isEqualTo("04");
      assertThat(e.date()).isEqualTo("2025-06-03");
      assertThat(e.datePrecision()).isEqualTo(DatePrecision.DAY);
      assertThat(e.location().name()).isEqualTo("Doha");
      assertThat(e.location().country()).isEqualTo("QAT");
    });
    assertThat(CASES.code("last-month")).singleElement().satisfies(e -> {
      assertThat(e.date()).isEqualTo("2025-06");
      assertThat(dyad(e)).startsWith("EST>BLR");
    });
  }
}
