package orbit.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import orbit.core.doc.Token;
import orbit.core.event.Speaker;
import org.junit.jupiter.api.Test;

/** The resource files load, and the rules built on them read the seed's shapes. */
class LexiconsTest {
  private static final LocaleCountryLookup COUNTRIES = LocaleCountryLookup.standard();

  private static Token token(int i, String word, String ner) {
    return new Token(i, 0, 0, word, word, "NNP", ner);
  }

  @Test
  void countriesByNameDemonymAndAlias() {
    assertThat(COUNTRIES.code("Tajikistan")).isEqualTo("TJK");
    assertThat(COUNTRIES.code("Tajik")).isEqualTo("TJK");
    assertThat(COUNTRIES.code("Azerbaijani")).isEqualTo("AZE");
    assertThat(COUNTRIES.code("Russians")).isEqualTo("RUS");
    assertThat(COUNTRIES.code("Ukrainian")).isEqualTo("UKR");
    assertThat(COUNTRIES.code("Iraqi")).isEqualTo("IRQ");
    assertThat(COUNTRIES.code("Kyrgyz")).isEqualTo("KGZ");
    assertThat(COUNTRIES.code("the Kremlin")).isEqualTo("RUS");
    assertThat(COUNTRIES.code("Turkiye")).isEqualTo("TUR");
    assertThat(COUNTRIES.code("United Arab Emirates")).isEqualTo("ARE");
    assertThat(COUNTRIES.code("European Union")).isEqualTo("EUR");
    assertThat(COUNTRIES.code("Carnegie Center")).isNull();
  }

  @Test
  void mentionsTakeTheLongestNameAndSkipPersonNames() {
    List<Token> tokens = List.of(token(0, "United", "LOCATION"), token(1, "Arab", "LOCATION"),
        token(2, "Emirates", "LOCATION"), token(3, "anti-Russian", "O"), token(4, "Georgia", "PERSON"),
        token(5, "Smith", "PERSON"));
    assertThat(COUNTRIES.mentions(tokens)).containsExactly(new CountryLookup.Mention(0, "ARE"),
        new CountryLookup.Mention(3, "RUS"));
  }

  @Test
  void speechVerbsAndSpeakerNouns() {
    SpeechLexicon lexicon = SpeechLexicon.standard();
    assertThat(lexicon.isVerb("Says")).isTrue();
    assertThat(lexicon.takesObject("highlights")).isTrue();
    assertThat(lexicon.takesObject("says")).isFalse();
    assertThat(lexicon.isSpeakerNoun("analyst")).isTrue();
  }

  @Test
  void toneCountsWordsAndFlipsNegatedOnes() {
    ToneLexicon tone = ToneLexicon.standard();
    List<Token> noHostility = List.of(token(0, "There", "O"), token(1, "is", "O"), token(2, "no", "O"),
        token(3, "hostility", "O"));
    assertThat(tone.score(noHostility)).containsExactly(1, 1);
    assertThat(ToneLexicon.tone(-2, 3)).isEqualTo(-0.67);
  }

  @Test
  void profilesFromTheSeedAppositions() {
    assertThat(Profiles.parse("Parviz Mullojanov", "a political analyst from Tajikistan", COUNTRIES))
        .isEqualTo(new Speaker("Parviz Mullojanov", "political analyst", "Tajikistan", "TJK"));
    assertThat(Profiles.parse("Saifullo Safarov",
        "a political analyst and former deputy head of Tajikistan’s Center for Strategic Studies", COUNTRIES))
        .isEqualTo(new Speaker("Saifullo Safarov", "political analyst, former deputy head",
            "Center for Strategic Studies (Tajikistan)", "TJK"));
    assertThat(Profiles.parse("Temur Umarov", "a fellow at the Carnegie Center in Berlin", COUNTRIES))
        .isEqualTo(new Speaker("Temur Umarov", "fellow", "Carnegie Center, Berlin", null));
    assertThat(Profiles.parse("Ann Linde", "Sweden’s foreign minister", COUNTRIES))
        .isEqualTo(new Speaker("Ann Linde", "foreign minister", null, "SWE"));
    assertThat(Profiles.parse("Jane Roe", "a professor of international relations at Moscow State University",
        COUNTRIES)).isEqualTo(new Speaker("Jane Roe", "professor of international relations",
        "Moscow State University", null));
  }
}
