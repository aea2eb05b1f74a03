package orbit.analytics;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import orbit.core.OrbitException;

/**
 * Alerts scored against labelled escalations (docs/analytics.md): which labels alerted, which alerts
 * fall outside every label (false alarms), and the false-alarm rate = directed dyads with a false
 * alarm / directed dyads watched.
 */
public record AlertEvaluation(List<Label> detected, List<Label> missed, List<Alert> falseAlarms, long dyads,
                              long dyadsWithFalseAlarms) {
  /** An escalation on source → target in the months {@code from} … {@code to}, both included. */
  public record Label(String source, String target, String from, String to, String note) {
    boolean covers(Alert a) {
      YearMonth month = YearMonth.from(a.period());
      return a.source().equals(source) && a.target().equals(target)
          && !month.isBefore(YearMonth.parse(from)) && !month.isAfter(YearMonth.parse(to));
    }
  }

  public double falseAlarmRate() {
    return dyads == 0 ? 0 : (double) dyadsWithFalseAlarms / dyads;
  }

  public static AlertEvaluation of(List<Alert> alerts, List<Label> labels, long dyads) {
    List<Label> detected = new ArrayList<>();
    List<Label> missed = new ArrayList<>();
    for (Label l : labels) {
      (alerts.stream().anyMatch(l::covers) ? detected : missed).add(l);
    }
    List<Alert> falseAlarms = alerts.stream().filter(a -> labels.stream().noneMatch(l -> l.covers(a))).toList();
    long dyadsWithFalse = falseAlarms.stream().map(a -> a.source() + " " + a.target()).distinct().count();
    return new AlertEvaluation(detected, missed, falseAlarms, dyads, dyadsWithFalse);
  }

  /** Reads labels from CSV (header source,target,from,to,note; '#' starts a comment line). */
  public static List<Label> read(Path file) {
    CsvMapper csv = CsvMapper.builder().enable(CsvParser.Feature.ALLOW_COMMENTS).build();
    try (MappingIterator<Label> rows = csv.readerFor(Label.class).with(CsvSchema.emptySchema().withHeader())
        .readValues(file.toFile())) {
      List<Label> labels = rows.readAll();
      labels.forEach(l -> {
        YearMonth.parse(l.from());
        YearMonth.parse(l.to());
      });
      return labels;
    } catch (IOException | RuntimeException e) {
      throw new OrbitException("cannot read escalation labels from " + file + ": " + e.getMessage(), e);
    }
  }
}
