package orbit.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTest {
  static final Regions REGIONS = Regions.standard();

  @Test
  void aNamedRegionGivesTheClientsAndTheCountryNamedOutsideItThePatron() {
    Question q = Question.read("Is Moscow losing its grip on Central Asia?", List.of("RUS"), REGIONS, "post-soviet",
        InfluenceTest.FACTS);
    assertThat(q.patron()).isEqualTo("RUS");
    assertThat(q.patronHow()).isEqualTo("named");
    assertThat(q.region()).isEqualTo("central-asia");
    assertThat(q.clients()).containsExactly("KAZ", "KGZ", "TJK", "TKM", "UZB");
    assertThat(q.regionHow()).isEqualTo("region named");
    // the longest name wins: "South Caucasus" is the caucasus, "former Soviet" the post-Soviet space
    assertThat(REGIONS.named("What is left of Russia's role in the South Caucasus?")).contains("caucasus");
    assertThat(REGIONS.named("Will the FORMER SOVIET republics drift west?")).contains("post-soviet");
    assertThat(REGIONS.named("Is Asia centralising?")).isEmpty();
  }

  @Test
  void countriesOfARegionAreClientsAndOthersThePatronInTheirOrder() {
    Question q = Question.read("Is China replacing Russia in Kazakhstan?", List.of("CHN", "RUS", "KAZ"), REGIONS,
        "post-soviet", List.of());
    assertThat(q.patron()).isEqualTo("CHN");
    assertThat(q.region()).isEqualTo("KAZ");
    assertThat(q.clients()).containsExactly("KAZ");
    assertThat(q.regionHow()).isEqualTo("countries named");
  }

  @Test
  void withoutAPatronNamedTheClientsMostFrequentPartnerInTheDataIsThePatron() {
    // AZE's partners in the hand-made facts: RUS 4 events (the raid's second report counts once), ARM 2, TUR 2
    Question q = Question.read("Could Azerbaijan push back further?", List.of("AZE"), REGIONS, "post-soviet",
        InfluenceTest.FACTS);
    assertThat(q.patron()).isEqualTo("RUS");
    assertThat(q.patronHow()).isEqualTo("the clients' most frequent partner");
    assertThat(Question.topPartner(List.of("GEO"), InfluenceTest.FACTS)).isNull();
    assertThat(Question.topPartner(List.of("TUR"), InfluenceTest.FACTS)).isEqualTo("AZE");
  }

  @Test
  void aQuestionNamingNoClientTakesTheDefaultRegion() {
    Question q = Question.read("Will Russia learn?", List.of("RUS"), REGIONS, "caucasus", List.of());
    assertThat(q.patron()).isEqualTo("RUS");
    assertThat(q.clients()).containsExactly("ARM", "AZE", "GEO");
    assertThat(q.regionHow()).isEqualTo("default");
  }
}
