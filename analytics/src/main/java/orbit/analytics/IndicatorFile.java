package orbit.analytics;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import orbit.core.OrbitException;
import orbit.store.Indicator;

/** Reads an indicators CSV (header: country,partner,year,indicator,value,unit,source,url,note; RFC 4180). */
public final class IndicatorFile {
  private IndicatorFile() {}

  public static List<Indicator> read(Path file) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    List<Indicator> rows = new ArrayList<>();
    try (MappingIterator<Indicator> it = new CsvMapper().readerFor(Indicator.class).with(schema).readValues(file.toFile())) {
      while (it.hasNextValue()) {
        Indicator i = it.nextValue();
        if (blank(i.country()) || blank(i.partner()) || blank(i.indicator()) || blank(i.source())) {
          throw new OrbitException(file + " line " + (rows.size() + 2) + ": country, partner, indicator and source are required");
        }
        rows.add(new Indicator(i.country().toUpperCase(Locale.ROOT), i.partner().toUpperCase(Locale.ROOT), i.year(),
            i.indicator(), i.value(), i.unit(), i.source(), i.url(), i.note()));
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof OrbitException o) {
        throw o;
      }
      throw new OrbitException("cannot read indicators from " + file + ": " + e.getMessage(), e);
    }
    return rows;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
