package orbit.core.actors;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import orbit.core.OrbitException;

/**
 * Reads Orbit's tab-separated data files: a header row names the columns, '#' starts a comment
 * line, lists inside a cell are separated by '|'. One reader for every file of the knowledge base.
 */
final class Tsv {
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .enable(CsvParser.Feature.ALLOW_COMMENTS)
      .build();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withHeader()
      .withColumnSeparator('\t').withoutQuoteChar().withComments();

  private Tsv() {}

  /** The rows of a resource under {@code /orbit/actors/}. */
  static List<Row> resource(String name) {
    URL url = Tsv.class.getResource("/orbit/actors/" + name);
    if (url == null) {
      throw new OrbitException("missing resource /orbit/actors/" + name + ": rebuild Orbit");
    }
    return read(url, name);
  }

  static List<Row> file(Path path) {
    try {
      return read(path.toUri().toURL(), path.toString());
    } catch (IOException e) {
      throw new OrbitException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static List<Row> read(URL url, String name) {
    List<Row> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
             MAPPER.readerForMapOf(String.class).with(SCHEMA).readValues(url)) {
      while (it.hasNextValue()) {
        rows.add(new Row(name, it.getCurrentLocation().getLineNr(), it.nextValue()));
      }
    } catch (IOException | RuntimeException e) {
      throw new OrbitException(name + ": " + e.getMessage(), e);
    }
    return rows;
  }

  /** One row: cells by column name; blank cells read as null. */
  record Row(String file, int line, Map<String, String> cells) {
    String get(String column) {
      String value = cells.get(column);
      return value == null || value.isBlank() ? null : value.strip();
    }

    String required(String column) {
      String value = get(column);
      if (value == null) {
        throw new OrbitException(file + " line " + line + ": column '" + column + "' is empty");
      }
      return value;
    }

    List<String> list(String column, char separator) {
      String value = get(column);
      if (value == null) {
        return List.of();
      }
      List<String> items = new ArrayList<>();
      int start = 0;
      for (int i = 0; i <= value.length(); i++) {
        if (i == value.length() || value.charAt(i) == separator) {
          String item = value.substring(start, i).strip();
          if (!item.isEmpty()) {
            items.add(item);
          }
          start = i + 1;
        }
      }
      return List.copyOf(items);
    }

    List<String> list(String column) {
      return list(column, '|');
    }
  }
}
