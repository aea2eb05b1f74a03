package orbit.core.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CountryTableTest {
  private static final CountryTable TABLE = CountryTable.load();

  @Test
  void everyIsoCountryOfTheJdkIsInTheTable() {
    Set<String> missing = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    TABLE.countries().forEach(c -> missing.remove(c.code()));
    assertThat(missing).as("ISO 3166-1 alpha-3 codes missing from countries.tsv").isEmpty();
    assertThat(TABLE.countries()).hasSizeGreaterThanOrEqualTo(249);
  }

  @Test
  void knownCodesAreCountriesBodiesAndTransnationalActors() {
    assertThat(TABLE.isKnown("AZE")).isTrue();
    assertThat(TABLE.isKnown("EUR")).isTrue();
    assertThat(TABLE.isKnown("IGOWSTNAT")).isTrue();
    assertThat(TABLE.isKnown("NGOHRI")).isTrue();
    assertThat(TABLE.isKnown("XYZ")).isFalse();
    assertThat(TABLE.isKnown("aze")).isFalse();
  }

  @Test
  void alpha2CodesAgreeWithTheJdk() {
    for (Country c : TABLE.countries()) {
      if (c.status().equals("iso")) {
        assertThat(new Locale("", c.iso2()).getISO3Country()).as(c.name()).isEqualTo(c.code());
      }
    }
  }

  @Test
  void namesAliasesAndDemonymsOfTheCaucasus() {
    Country aze = TABLE.country("AZE").orElseThrow();
    assertThat(aze.adjectives()).contains("Azerbaijani", "Azeri");
    assertThat(aze.people()).contains("Azerbaijanis");
    assertThat(aze.capitals()).containsExactly("Baku");
    assertThat(TABLE.code("Turkey")).contains("TUR");
    assertThat(TABLE.code("Türkiye")).contains("TUR");
    assertThat(TABLE.code("Turkiye")).contains("TUR");
    assertThat(TABLE.code("Kyrgyz Republic")).contains("KGZ");
    assertThat(TABLE.code("the U.S.")).contains("USA");
    assertThat(TABLE.code("Britain")).contains("GBR");
    assertThat(TABLE.code("Soviet Union")).contains("SUN");
    assertThat(TABLE.code("Kosovo")).contains("XKX");
  }

  @Test
  void internationalBodiesHaveCodesAndMembers() {
    assertThat(TABLE.code("European Union")).contains("EUR");
    assertThat(TABLE.code("NATO")).contains("IGOWSTNAT");
    assertThat(TABLE.code("CSTO")).contains("IGOCASCSTO");
    assertThat(TABLE.igo("EUR").orElseThrow().members()).hasSize(27);
    assertThat(TABLE.igo("IGOWSTNAT").orElseThrow().members()).hasSize(32).contains("TUR", "FIN", "SWE");
    assertThat(TABLE.igo("IGOUNO").orElseThrow().open()).isTrue();
    assertThat(TABLE.memberships("ARM")).extracting(Igo::code)
        .contains("IGOCASCSTO", "IGOCASCIS", "IGOCASEEU", "IGOEURCOE", "IGOEUROSC");
    for (Igo igo : TABLE.igos()) {
      for (String member : igo.members()) {
        assertThat(TABLE.country(member).isPresent() || TABLE.igo(member).isPresent())
            .as(igo.name() + " member " + member).isTrue();
      }
    }
  }
}
