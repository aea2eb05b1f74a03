package orbit.analytics;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import orbit.core.OrbitException;

/** Named groups of countries, from {@code orbit/analytics/regions.csv}; or a comma-separated list of codes. */
public final class Regions {
  private final Map<String, List<String>> byName;

  private Regions(Map<String, List<String>> byName) {
    this.byName = byName;
  }

  record Row(String region, String country) {}

  public static Regions standard() {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.ALLOW_COMMENTS).build();
    Map<String, List<String>> byName = new LinkedHashMap<>();
    try (InputStream in = Regions.class.getResourceAsStream("regions.csv");
         MappingIterator<Row> rows = csv.readerFor(Row.class).with(schema).readValues(in)) {
      rows.forEachRemaining(r -> byName.computeIfAbsent(r.region(), k -> new ArrayList<>()).add(r.country()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read regions.csv", e);
    }
    byName.replaceAll((k, v) -> List.copyOf(v));
    return new Regions(Map.copyOf(byName));
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
