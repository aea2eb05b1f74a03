package orbit.core.actors;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import orbit.core.OrbitException;

/**
 * Reads Orbit's tab-separated data files: a header row names the columns, '#' starts a comment
 * line, lists inside a cell are separated by '|'. One reader for every file of the knowledge base.
 */
final class Tsv {
  /** Jackson's streaming CSV parser: the tables have ~40,000 rows, and databind costs more than the reading. */
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
      .enable(CsvParser.Feature.ALLOW_COMMENTS)
      .build();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema()
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

  /** Each line is an array of cells; the first names the columns, and a row finds its cells by their index. */
  private static List<Row> read(URL url, String name) {
    List<Row> rows = new ArrayList<>();
    Map<String, Integer> columns = null;
    List<String> cells = new ArrayList<>();
    int line = 0;
    try (InputStream in = url.openStream(); CsvParser parser = FACTORY.createParser(in)) {
      parser.setSchema(SCHEMA);
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          line = cells.isEmpty() ? parser.currentTokenLocation().getLineNr() : line;
          cells.add(parser.getText());
        } else if (token == JsonToken.END_ARRAY) {
          if (columns == null) {
            columns = header(cells);
          } else {
            rows.add(new Row(name, line, columns, cells.toArray(String[]::new)));
          }
          cells.clear();
        }
      }
    } catch (IOException | RuntimeException e) {
      throw new OrbitException(name + ": " + e.getMessage(), e);
    }
    return rows;
  }

  private static Map<String, Integer> header(List<String> cells) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      columns.put(cells.get(i).strip(), i);
    }
    return Map.copyOf(columns);
  }

  /** One row: cells by column name (the header's index); blank or missing cells read as null. */
  record Row(String file, int line, Map<String, Integer> columns, String[] cells) {
    String get(String column) {
      Integer i = columns.get(column);
      String value = i == null || i >= cells.length ? null : cells[i];
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
