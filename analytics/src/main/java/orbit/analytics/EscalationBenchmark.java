package orbit.analytics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import orbit.store.FactEvent;

/**
 * Detectors scored on labelled dyad-months (corpus/escalations/labels.tsv, docs/analytics.md): an escalation is
 * detected when its dyad alarms in the labelled month or the next one, with the lag from its onset to the day
 * the alarm would have been raised (the first day whose events, counted as they arrive, make the month alarm);
 * a false alarm is an alarm in a quiet-labelled dyad-month, counted per dyad-year of quiet labels; the other
 * alarms (in no labelled month) are counted per watched dyad-year (directed dyads with a fact event × months / 12).
 */
public final class EscalationBenchmark {
  private EscalationBenchmark() {}

  /** An alarm on source → target in {@code month}, raised on {@code day}. */
  public record Alarm(String source, String target, YearMonth month, LocalDate day) {}

  /** The scores of one detector on the labels. */
  public record Result(String detector, boolean normalised, int escalations, int detected, List<Long> lags,
                       int quietMonths, int falseAlarms, int otherAlarms, double watchedDyadYears) {
    public double detectionRate() {
      return escalations == 0 ? 0 : (double) detected / escalations;
    }

    /** False alarms per dyad-year of quiet-labelled months. */
    public double falseAlarmsPerDyadYear() {
      return quietMonths == 0 ? 0 : falseAlarms / (quietMonths / 12.0);
    }

    /** Alarms in no labelled month, per watched dyad-year. */
    public double otherAlarmsPerDyadYear() {
      return watchedDyadYears == 0 ? 0 : otherAlarms / watchedDyadYears;
    }

    /** The median lag in days (alarm day − onset), empty when nothing was detected. */
    public Optional<Long> medianLag() {
      List<Long> sorted = lags.stream().sorted().toList();
      return sorted.isEmpty() ? Optional.empty() : Optional.of(sorted.get((sorted.size() - 1) / 2));
    }
  }

  /** Every alarm of the detector over the facts, raw counts or normalised by the articles about the pair. */
  public static List<Alarm> alarms(List<FactEvent> facts, Detector detector, boolean normalised) {
    List<Alarm> alarms = new ArrayList<>();
    if (facts.isEmpty()) {
      return alarms;
    }
    DyadMonths series = new DyadMonths(facts);
    for (String dyad : series.conflicts.keySet()) {
      double[] exposure = normalised ? series.articleCounts(dyad, null) : series.ones();
      Detector.Step[] steps = detector.run(series.conflictCounts(dyad, null), exposure);
      String[] st = dyad.split(" ");
      for (int t = 0; t < steps.length; t++) {
        if (steps[t].alarm()) {
          alarms.add(new Alarm(st[0], st[1], series.months.get(t), raisedOn(series, dyad, t, detector, normalised)));
        }
      }
    }
    return alarms;
  }

  /** Scores the detector on the labels. */
  public static Result evaluate(List<FactEvent> facts, List<EscalationLabel> labels, Detector detector,
                                boolean normalised) {
    List<Alarm> alarms = alarms(facts, detector, normalised);
    Map<String, List<Alarm>> byDyad = alarms.stream().collect(Collectors.groupingBy(a -> a.source() + " " + a.target()));
    Function<EscalationLabel, Stream<Alarm>> of = l -> byDyad.getOrDefault(l.source() + " " + l.target(), List.of())
        .stream().filter(a -> labelled(l, a));
    List<Long> lags = new ArrayList<>();
    int escalations = 0;
    int quiet = 0;
    int falseAlarms = 0;
    for (EscalationLabel l : labels) {
      if (l.escalation()) {
        escalations++;
        of.apply(l).findFirst().ifPresent(a -> lags.add(ChronoUnit.DAYS.between(l.onsetDay(), a.day())));
      } else {
        quiet++;
        falseAlarms += (int) of.apply(l).count();
      }
    }
    long other = alarms.stream().filter(a -> labels.stream().noneMatch(l -> labelled(l, a))).count();
    double dyadYears = facts.isEmpty() ? 0 : Escalation.dyads(facts) * new DyadMonths(facts).months.size() / 12.0;
    return new Result(detector.label(), normalised, escalations, lags.size(), lags, quiet, falseAlarms, (int) other,
        dyadYears);
  }

  /** Whether the alarm falls in the label's dyad-month (or the month after, for an escalation). */
  private static boolean labelled(EscalationLabel l, Alarm a) {
    YearMonth m = l.yearMonth();
    return l.source().equals(a.source()) && l.target().equals(a.target())
        && (a.month().equals(m) || l.escalation() && a.month().equals(m.plusMonths(1)));
  }

  /**
   * The day the alarm of month {@code t} would have been raised: the first day of the dyad's conflict events that
   * month at which the month, counted up to that day, already alarms (its last conflict day otherwise).
   */
  private static LocalDate raisedOn(DyadMonths series, String dyad, int t, Detector detector, boolean normalised) {
    YearMonth month = series.months.get(t);
    List<LocalDate> days = series.conflicts.get(dyad).stream().map(FactEvent::day)
        .filter(d -> YearMonth.from(d).equals(month)).distinct().toList();
    for (LocalDate day : days) {
      double[] xs = Arrays.copyOf(series.conflictCounts(dyad, null), t + 1);
      double[] exposure = Arrays.copyOf(normalised ? series.articleCounts(dyad, null) : series.ones(), t + 1);
      xs[t] = series.conflictCounts(dyad, day)[t];
      if (normalised) {
        exposure[t] = series.articleCounts(dyad, day)[t];
      }
      if (detector.run(xs, exposure)[t].alarm()) {
        return day;
      }
    }
    return days.get(days.size() - 1);
  }
}
