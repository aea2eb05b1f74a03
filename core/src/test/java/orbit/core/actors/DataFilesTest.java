package orbit.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every row of every actor file points at codes and sectors that exist, with dates in order. */
class DataFilesTest {
  private static final ActorBase BASE = ActorBase.standard();
  private static final Set<String> SECTORS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "JRN",
      "MED", "BUS", "CVL", "LAB", "EDU", "REL", "HRI", "NGO", "IGO", "REF", "CRM", "ELI", "UAF", "HLH");

  private static boolean known(String code) {
    return code.equals("NGO") || code.equals("IMG") || BASE.countries().country(code).isPresent() || BASE.countries().igo(code).isPresent();
  }

  @Test
  void everyEntryNamesAKnownCountryOrBodyAndACameoSector() {
    for (ActorEntry e : BASE.entries()) {
      if (e.kind() == ActorEntry.Kind.SECTOR) {
        assertThat(e.sector().isEmpty() || SECTORS.contains(e.sector())).as(e.phrase()).isTrue();
        assertThat(e.phrase()).as("sector phrases are lower case").isEqualTo(e.phrase().toLowerCase());
      } else {
        assertThat(known(e.country())).as(e.phrase() + " -> " + e.country()).isTrue();
        assertThat(e.sector() == null || SECTORS.contains(e.sector())).as(e.phrase() + " " + e.sector()).isTrue();
      }
      if (e.from() != null && e.to() != null) {
        assertThat(e.from()).as(e.name()).isBefore(e.to());
      }
    }
  }

  @Test
  void thePeopleAndOrganisationsTheIssueNamesAreThere() {
    Set<String> people = BASE.names(ActorEntry.Kind.PERSON);
    assertThat(people).contains("Vladimir Putin", "Kassym-Jomart Tokayev", "Nikol Pashinyan", "Irakli Kobakhidze",
        "Gurbanguly Berdimuhamedov", "Serdar Berdimuhamedov", "Recep Tayyip Erdoğan", "Ursula von der Leyen");
    assertThat(BASE.names(ActorEntry.Kind.ORGANISATION)).contains("Sputnik", "RIA Novosti", "TASS", "RT",
        "Gazprom", "Rosneft", "SOCAR", "Wagner Group");
  }

  @Test
  void everyPlaceIsInAKnownCountryWithCoordinatesInRange() {
    Set<String> countries = new HashSet<>();
    for (Tsv.Row r : Tsv.resource("places.tsv")) {
      assertThat(known(r.required("country"))).as(r.required("name")).isTrue();
      assertThat(Double.parseDouble(r.required("lat"))).isBetween(-90.0, 90.0);
      assertThat(Double.parseDouble(r.required("lon"))).isBetween(-180.0, 180.0);
      countries.add(r.required("country"));
    }
    assertThat(countries).hasSizeGreaterThan(200);
  }

  @Test
  void metonymsAndRegionsPointAtKnownCodes() {
    for (Tsv.Row r : Tsv.resource("metonyms.tsv")) {
      assertThat(known(r.required("country"))).as(r.required("phrase")).isTrue();
    }
    for (Tsv.Row r : Tsv.resource("regions.tsv")) {
      assertThat(known(r.required("country"))).as(r.required("name")).isTrue();
    }
  }
}
