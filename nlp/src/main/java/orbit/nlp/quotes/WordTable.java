package orbit.nlp.quotes;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import orbit.core.OrbitException;

/** Reads a tab-separated resource of this package ('#' starts a comment line) into rows of cells. */
public final class WordTable {
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.ALLOW_COMMENTS).enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

  private WordTable() {}

  public static List<String[]> read(String resource) {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar();
    try (InputStream in = WordTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new OrbitException("resource " + resource + " is missing from the orbit-nlp jar: rebuild it");
      }
      List<String[]> rows = new ArrayList<>();
      try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(schema).readValues(in)) {
        it.forEachRemaining(row -> rows.add(trim(row)));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static String[] trim(String[] row) {
    String[] out = new String[row.length];
    for (int i = 0; i < row.length; i++) {
      out[i] = row[i].strip();
    }
    return out;
  }
}
