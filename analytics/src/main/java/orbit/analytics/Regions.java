package orbit.analytics;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import orbit.core.OrbitException;

/** Named groups of countries, from {@code orbit/analytics/regions.csv}; or a comma-separated list of codes. */
public final class Regions {
  private final Map<String, List<String>> byName;
  private final List<Name> names;

  private Regions(Map<String, List<String>> byName, List<Name> names) {
    this.byName = byName;
    this.names = names;
  }

  record Row(String region, String country) {}

  /** A name of a region in prose ({@code region-names.csv}), as a case-insensitive whole-words pattern. */
  private record Name(String region, String name, Pattern pattern) {}

  record NameRow(String region, String name) {}

  public static Regions standard() {
    Map<String, List<String>> byName = new LinkedHashMap<>();
    read("regions.csv", Row.class, (Row r) -> byName.computeIfAbsent(r.region(), k -> new ArrayList<>()).add(r.country()));
    byName.replaceAll((k, v) -> List.copyOf(v));
    List<Name> names = new ArrayList<>();
    read("region-names.csv", NameRow.class, (NameRow r) -> names.add(new Name(r.region(), r.name(),
        Pattern.compile("\\b" + Pattern.quote(r.name()) + "\\b", Pattern.CASE_INSENSITIVE))));
    names.sort(Comparator.comparingInt((Name n) -> n.name().length()).reversed());
    return new Regions(Map.copyOf(byName), List.copyOf(names));
  }

  private static <T> void read(String resource, Class<T> type, Consumer<T> sink) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.ALLOW_COMMENTS).build();
    try (InputStream in = Regions.class.getResourceAsStream(resource);
         MappingIterator<T> rows = csv.readerFor(type).with(schema).readValues(in)) {
      rows.forEachRemaining(sink);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The region a text names ("Central Asia", "the former Soviet states"), the longest name first; else empty. */
  public Optional<String> named(String text) {
    return names.stream().filter(n -> n.pattern().matcher(text).find()).map(Name::region).findFirst();
  }

  /** Whether a country belongs to some named region, i.e. can be a client in the influence index. */
  public boolean isMember(String country) {
    return byName.values().stream().anyMatch(c -> c.contains(country));
  }

  /** The countries of a named region, or of a list such as "ARM,AZE,GEO". */
  public List<String> countries(String region) {
    List<String> named = byName.get(region.toLowerCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    List<String> codes = List.of(region.toUpperCase(Locale.ROOT).split("\\s*,\\s*"));
    if (codes.stream().anyMatch(c -> !c.matches("[A-Z]{3}"))) {
      throw new OrbitException("unknown region " + region + ": use one of " + String.join(", ", new java.util.TreeSet<>(byName.keySet()))
          + " or a list of country codes such as ARM,AZE,GEO");
    }
    return codes;
  }
}
