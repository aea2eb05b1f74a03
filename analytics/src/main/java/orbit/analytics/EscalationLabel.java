package orbit.analytics;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import orbit.core.OrbitException;

/**
 * A labelled dyad-month of corpus/escalations/labels.tsv: the directed dyad source → target in {@code month} was
 * an escalation (its first escalating act by the source on {@code onset}) or quiet (a month of cooperation, the
 * cited event on {@code onset}), with the checked source and the fact in Orbit's words.
 */
@JsonPropertyOrder({"source", "target", "month", "kind", "onset", "url", "fact"})
public record EscalationLabel(String source, String target, String month, String kind, String onset, String url,
                              String fact) {
  public boolean escalation() {
    return "escalation".equals(kind);
  }

  public YearMonth yearMonth() {
    return YearMonth.parse(month);
  }

  public LocalDate onsetDay() {
    return LocalDate.parse(onset);
  }

  /** Reads the labels: tab-separated with a header line, '#' starts a comment line. */
  public static List<EscalationLabel> read(Path file) {
    CsvMapper tsv = CsvMapper.builder().enable(CsvParser.Feature.ALLOW_COMMENTS).build();
    CsvSchema schema = tsv.schemaFor(EscalationLabel.class).withHeader().withColumnSeparator('\t').withoutQuoteChar();
    try (MappingIterator<EscalationLabel> rows = tsv.readerFor(EscalationLabel.class).with(schema)
        .readValues(file.toFile())) {
      List<EscalationLabel> labels = rows.readAll();
      for (EscalationLabel l : labels) {
        if (!l.escalation() && !"quiet".equals(l.kind())) {
          throw new IllegalArgumentException("kind must be escalation or quiet, not " + l.kind());
        }
        if (!YearMonth.from(l.onsetDay()).equals(l.yearMonth())) {
          throw new IllegalArgumentException(l.source() + "→" + l.target() + " " + l.month() + ": onset "
              + l.onset() + " outside the month");
        }
      }
      return labels;
    } catch (IOException | RuntimeException e) {
      throw new OrbitException("cannot read escalation labels from " + file + ": " + e.getMessage(), e);
    }
  }
}
