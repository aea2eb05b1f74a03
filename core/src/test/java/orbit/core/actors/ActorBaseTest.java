package orbit.core.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import orbit.core.OrbitException;
import orbit.core.actors.ActorEntry.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorBaseTest {
  private static final ActorBase BASE = ActorBase.standard();

  private static List<ActorEntry> lookup(String phrase) {
    return BASE.lexicon().get(Lexicon.key(phrase));
  }

  private static ActorEntry at(String phrase, String date) {
    LocalDate d = LocalDate.parse(date);
    return lookup(phrase).stream().filter(e -> e.holds(d)).findFirst().orElseThrow();
  }

  @Test
  void keysFoldCaseDiacriticsHyphensAndTheArticle() {
    assertThat(Lexicon.key("the Kremlin")).isEqualTo("kremlin");
    assertThat(Lexicon.key("Recep Tayyip Erdoğan")).isEqualTo("recep tayyip erdogan");
    assertThat(Lexicon.key("Nagorno-Karabakh")).isEqualTo("nagorno karabakh");
    assertThat(Lexicon.key("People's Daily")).isEqualTo("people daily");
    assertThat(Lexicon.key("İbrahim Kalın")).isEqualTo("ibrahim kalin");
  }

  @Test
  void peopleResolveByTheRoleTheyHeldOnTheDate() {
    assertThat(at("Tokayev", "2005-06-01")).extracting(ActorEntry::country, ActorEntry::sector)
        .containsExactly("KAZ", "GOV");
    assertThat(at("Tokayev", "2009-06-01").sector()).isEqualTo("LEG");
    assertThat(at("Tokayev", "2012-06-01").country()).isEqualTo("IGOUNO");
    assertThat(at("Pashinyan", "2017-06-01").sector()).isEqualTo("OPP");
    assertThat(at("Pashinyan", "2024-06-01").sector()).isEqualTo("GOV");
    assertThat(lookup("Aliyev").stream().filter(e -> e.holds(LocalDate.of(2000, 1, 1))))
        .extracting(ActorEntry::name, ActorEntry::sector)
        .contains(org.assertj.core.groups.Tuple.tuple("Heydar Aliyev", "GOV"));
    assertThat(at("Aliyev", "2020-01-01").name()).isEqualTo("Ilham Aliyev");
    assertThat(BASE.names(Kind.PERSON)).hasSizeGreaterThan(150);
  }

  @Test
  void organisationsMetonymsRegionsAndSectors() {
    assertThat(lookup("Sputnik")).extracting(ActorEntry::country, ActorEntry::sector).containsExactly(
        org.assertj.core.groups.Tuple.tuple("RUS", "MED"));
    assertThat(lookup("SOCAR").get(0).country()).isEqualTo("AZE");
    assertThat(lookup("Kremlin").get(0).sector()).isEqualTo("GOV");
    assertThat(lookup("Baku").get(0).kind()).isEqualTo(Kind.METONYM);
    assertThat(lookup("Transnistria").get(0).country()).isEqualTo("MDA");
    assertThat(lookup("law enforcement").get(0).sector()).isEqualTo("COP");
    assertThat(lookup("countries").get(0).sector()).isEmpty();
  }

  @Test
  void placesComeFromTheGazetteerRegionsAndCapitals() {
    Gazetteer places = BASE.gazetteer();
    assertThat(places.get(Lexicon.key("Yekaterinburg")).country()).isEqualTo("RUS");
    assertThat(places.get(Lexicon.key("London")).country()).isEqualTo("GBR");
    assertThat(places.get(Lexicon.key("Abu Dhabi")).lat()).isBetween(24.0, 25.0);
    assertThat(places.get(Lexicon.key("Astana")).country()).isEqualTo("KAZ");
    assertThat(places.get(Lexicon.key("Transnistria")).country()).isEqualTo("MDA");
    assertThat(places.size()).isGreaterThan(5000);
  }

  @Test
  void aUserFileOverridesOrbitsEntries(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "# my actors\nname\taliases\tcountry\tsector\tfrom\tto\trole\tkind\n"
        + "Sputnik\t\tRUS\tGOV\t\t\tcoded as the state\torganisation\n"
        + "Samvel Karapetyan\tKarapetyan\tRUS\tBUS\t\t\t\tperson\n");
    ActorBase mine = ActorBase.builder().userFile(file).build();
    assertThat(mine.lexicon().get("sputnik")).extracting(ActorEntry::sector).containsExactly("GOV");
    assertThat(mine.lexicon().get("karapetyan")).extracting(ActorEntry::country).containsExactly("RUS");
  }

  @Test
  void aBadUserFileNamesTheLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.tsv");
    Files.writeString(file, "name\taliases\tcountry\tsector\tfrom\tto\trole\nX\t\tRUS\tGOV\tsoon\t\t\n");
    assertThatThrownBy(() -> ActorBase.builder().userFile(file).build())
        .isInstanceOf(OrbitException.class).hasMessageContaining("line").hasMessageContaining("soon");
  }

  @Test
  void generatedPhoenixRowsGiveDatedRolesAndHandCuratedRowsWinOnASharedPhrase() {
    assertThat(at("Mwai Kibaki", "2005-06-01")).extracting(ActorEntry::country, ActorEntry::sector, ActorEntry::priority)
        .containsExactly("KEN", "GOV", ActorEntry.GENERATED);
    assertThat(at("al-Shabaab", "2024-01-01")).extracting(ActorEntry::country, ActorEntry::sector)
        .containsExactly("SOM", "REB");
    // Phoenix has Uribe as ALVARO_URIBE_VELEZ with an open-ended term; people.tsv ends it in 2010
    assertThat(lookup("Alvaro Uribe Velez")).isNotEmpty().allMatch(e -> e.priority() == ActorEntry.ORBIT);
    assertThat(lookup("Vladimir Putin")).allMatch(e -> e.priority() == ActorEntry.ORBIT);
    assertThat(lookup("Paradise")).as("common words are no generated names").isEmpty();
  }

  @Test
  void subdivisionsArePlacesButACityOfTheSameNameWins() {
    assertThat(BASE.gazetteer().get(Lexicon.key("Lagos State")).country()).isEqualTo("NGA");
    assertThat(BASE.gazetteer().get("lagos").kind()).isNotEqualTo("subdivision");
    assertThat(BASE.gazetteer().get("ontario")).extracting(Place::country, Place::kind)
        .containsExactly("CAN", "subdivision");
    assertThat(BASE.gazetteer().get("western")).as("generic names are left out").isNull();
  }
}
