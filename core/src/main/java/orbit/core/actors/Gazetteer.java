package orbit.core.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places by name: the GeoNames-derived places.tsv (the most populous place wins a shared name),
 * the ISO 3166-2 first-level subdivisions of subdivisions.tsv, regions.tsv, then every capital and metonym of the country tables (a landmark such as "the
 * Kremlin" is its country's capital as a place). Immutable.
 */
public final class Gazetteer {
  /** A city abroad this populous keeps its name against a state's or province's ("Guadalajara"). */
  private static final long FOREIGN_CITY_OVER_STATE = 500_000;
  private final Map<String, Place> byKey;
  private final Map<String, Place> capitals;
  private final int maxTokens;

  private Gazetteer(Map<String, Place> byKey, Map<String, Place> capitals) {
    this.byKey = Map.copyOf(byKey);
    this.capitals = Map.copyOf(capitals);
    int longest = 1;
    for (String key : byKey.keySet()) {
      int n = 1;
      for (int i = 0; i < key.length(); i++) {
        n += key.charAt(i) == ' ' ? 1 : 0;
      }
      longest = Math.max(longest, n);
    }
    this.maxTokens = longest;
  }

  private static boolean isTown(Place p) {
    return p.kind().equals("city") || p.kind().equals("admin");
  }

  static Gazetteer load(CountryTable countries, List<Tsv.Row> metonyms) {
    Map<String, Place> places = new HashMap<>();
    for (Tsv.Row r : Tsv.resource("places.tsv")) {
      Place p = new Place(r.required("name"), r.required("country"), Double.valueOf(r.required("lat")),
          Double.valueOf(r.required("lon")), Long.parseLong(r.required("population")), r.required("kind"));
      places.merge(Lexicon.key(p.name()), p, (a, b) -> a.population() >= b.population() ? a : b);
    }
    for (Tsv.Row r : Tsv.resource("regions.tsv")) {
      Place p = new Place(r.required("name"), r.required("country"), Double.valueOf(r.required("lat")),
          Double.valueOf(r.required("lon")), 0, "region");
      places.putIfAbsent(Lexicon.key(p.name()), p);
      for (String alias : r.list("aliases")) {
        places.putIfAbsent(Lexicon.key(alias), new Place(alias, p.country(), p.lat(), p.lon(), 0, "region"));
      }
    }
    List<Tsv.Row> subdivisions = new java.util.ArrayList<>(Tsv.resource("subdivisions.tsv"));
    subdivisions.addAll(Tsv.resource("subdivision-names.tsv"));  // English names ISO does not give ("Bavaria")
    for (Tsv.Row r : subdivisions) {
      // a state shares its name with its seat ("Lagos"): that city, with coordinates, wins; a smaller
      // city or provincial seat abroad does not ("Ontario" is the province, not the Californian city; "Florida"
      // the state, not the Uruguayan seat)
      for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(r.required("name")),
          r.list("aliases").stream()).toList()) {
        Place state = new Place(name, r.required("country"), null, null, 0, "subdivision");
        places.merge(Lexicon.key(name), state, (city, s) -> city.country().equals(s.country())
            || city.population() >= FOREIGN_CITY_OVER_STATE || !isTown(city) ? city : s);
      }
    }
    for (Country c : countries.countries()) {
      Place first = null;
      for (String capital : c.capitals()) {
        Place known = places.get(Lexicon.key(capital));
        if (known != null && known.country().equals(c.code())) {
          first = first == null ? known : first;
        }
      }
      for (String capital : c.capitals()) {
        Double lat = first == null ? null : first.lat();
        Double lon = first == null ? null : first.lon();
        places.putIfAbsent(Lexicon.key(capital), new Place(capital, c.code(), lat, lon, 0, "capital"));
      }
    }
    Map<String, Place> capitals = new HashMap<>();
    for (Country c : countries.countries()) {
      c.capitals().stream().findFirst().map(name -> places.get(Lexicon.key(name)))
          .ifPresent(p -> capitals.put(c.code(), p));
    }
    for (Tsv.Row r : metonyms) {
      String country = r.required("country");
      Place capital = capitals.get(country);
      if (countries.country(country).isPresent()) {
        // news locates "talks at the White House" in its city, as GDELT does: a landmark is named by its capital
        places.putIfAbsent(Lexicon.key(r.required("phrase")), capital == null
            ? new Place(r.required("phrase"), country, null, null, 0, "landmark")
            : new Place(capital.name(), country, capital.lat(), capital.lon(), 0, "landmark"));
      }
    }
    return new Gazetteer(places, capitals);
  }

  /** The place a key (normalised tokens joined by spaces, see {@link Lexicon#key}) names, or null. */
  public Place get(String key) {
    return byKey.get(key);
  }

  /** The place of a country's (first) capital, as the gazetteer knows it. */
  public Optional<Place> capital(String country) {
    return Optional.ofNullable(capitals.get(country));
  }

  public int maxTokens() {
    return maxTokens;
  }

  public int size() {
    return byKey.size();
  }

  /** Every key, for look-ups by similarity. */
  public java.util.Set<String> keys() {
    return byKey.keySet();
  }
}
