package orbit.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import orbit.core.Json;

/** How a command prints records: TSV with a header line, or JSON Lines (one object a line). */
enum OutputFormat {
  tsv, json;

  private static final CsvMapper CSV = new CsvMapper();

  /** Writes the rows with Jackson, columns in the record's property order; leaves {@code out} open. */
  <T> void write(List<T> rows, Class<T> type, PrintWriter out) throws IOException {
    if (this == tsv) {
      CsvSchema schema = CSV.schemaFor(type).withHeader().withColumnSeparator('\t').withoutQuoteChar();
      ObjectWriter writer = CSV.writer(schema).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      try (SequenceWriter sequence = writer.writeValues(out)) {
        sequence.writeAll(rows);
      }
    } else {
      ObjectWriter writer = Json.mapper().writerFor(type);
      for (T row : rows) {
        out.write(writer.writeValueAsString(row));
        out.write('\n');
      }
    }
    out.flush();
  }
}
