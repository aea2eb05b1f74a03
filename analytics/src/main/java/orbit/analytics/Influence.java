package orbit.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import orbit.store.FactEvent;
import orbit.store.Indicator;

/**
 * The influence index of a patron over clients (docs/influence.md): index = W_RELATIONAL × (relational
 * + 1) / 2 + W_STRUCTURAL × structural, each part 0 … 1; where one part is missing the other alone. A client-span
 * with fewer than {@code minEvents} client–patron events is "insufficient evidence": no index, no change.
 */
public final class Influence {
  public static final double W_RELATIONAL = 0.5;
  public static final double W_STRUCTURAL = 0.5;
  /** A change of the index smaller than this is "steady" even when its interval excludes zero. */
  public static final double STEADY = 0.02;
  /** The default minimum of client–patron events (clusters) in each span for a client to be scored. */
  public static final int MIN_EVENTS = 3;
  public static final String INSUFFICIENT = "insufficient evidence";
  static final int DRIVERS = 3;
  /** How many of the client's other cooperation partners get their strongest event shown. */
  static final int OTHERS = 2;

  private final List<FactEvent> clusters;
  private final List<Indicator> indicators;
  private final int minEvents;

  /** {@code facts} sorted by day then id; they are de-duplicated here. */
  public Influence(List<FactEvent> facts, List<Indicator> indicators, int minEvents) {
    if (minEvents < 1) {
      throw new orbit.core.OrbitException("the minimum of events must be at least 1, not " + minEvents);
    }
    this.clusters = Clusters.representatives(facts);
    this.indicators = List.copyOf(indicators);
    this.minEvents = minEvents;
  }

  public Influence(List<FactEvent> facts, List<Indicator> indicators) {
    this(facts, indicators, MIN_EVENTS);
  }

  /** Each client's influence in the baseline years {@code fromYear} … {@code toYear − 1} against {@code toYear}. */
  public List<ClientInfluence> clients(String patron, List<String> clients, int fromYear, int toYear) {
    if (fromYear >= toYear) {
      throw new orbit.core.OrbitException("the baseline must start before the year compared: " + fromYear + " is not before " + toYear);
    }
    List<ClientInfluence> rows = new ArrayList<>();
    for (String c : clients) {
      if (!c.equals(patron)) {
        rows.add(client(patron, c, fromYear, toYear));
      }
    }
    return rows;
  }

  ClientInfluence client(String patron, String client, int fromYear, int toYear) {
    Relational.Part r0 = Relational.estimate(clusters, client, patron, fromYear, toYear - 1);
    Relational.Part r1 = Relational.estimate(clusters, client, patron, toYear, toYear);
    Double s0 = Structural.of(indicators, client, patron, toYear - 1).value();
    Structural.Score s1 = Structural.of(indicators, client, patron, toYear);
    Estimate rel0 = enough(r0);
    Estimate rel1 = enough(r1);
    Estimate i0 = rel0 == null ? null : rel0.map(r -> index(r, s0));
    Estimate i1 = rel1 == null ? null : rel1.map(r -> index(r, s1.value()));
    double structuralChange = s0 == null || s1.value() == null ? 0 : W_STRUCTURAL * (s1.value() - s0);
    Estimate change = rel0 == null || rel1 == null ? null
        : rel0.with(rel1, (a, b) -> W_RELATIONAL * (b - a) / 2 + structuralChange);
    Comparator<FactEvent> push = Comparator.comparingDouble(FactEvent::goldstein);
    boolean up = change != null && change.value() > 0;
    List<FactEvent> drivers = clusters.stream()
        .filter(e -> e.day().getYear() == toYear && Relational.involves(e, client) && Relational.involves(e, patron))
        .sorted(up ? push.reversed() : push).limit(DRIVERS).toList();
    // whom else the client cooperated with: the strongest event with each of its largest other partners
    List<FactEvent> others = r1.score().cooperation().keySet().stream().filter(p -> !p.equals(patron)).limit(OTHERS)
        .flatMap(p -> clusters.stream().filter(e -> e.day().getYear() == toYear && Relational.involves(e, client)
            && Relational.involves(e, p)).max(push.thenComparing(FactEvent::id, Comparator.reverseOrder())).stream())
        .toList();
    return new ClientInfluence(client, patron, fromYear, toYear, minEvents, rel0, rel1, s0, s1.value(), i0, i1, change,
        trend(change), r0.score().withPatron(), r1.score().withPatron(), s1.components(), drivers, r0.score(),
        r1.score(), new ClientInfluence.PatronShares(r0.cooperationShare(), r0.conflictShare()),
        new ClientInfluence.PatronShares(r1.cooperationShare(), r1.conflictShare()), others);
  }

  /** The relational part of a span with enough client–patron events, else null. */
  private Estimate enough(Relational.Part part) {
    return part.score().withPatron() >= minEvents ? part.value() : null;
  }

  /** Falling or rising only when the change is not negligible and its interval excludes zero. */
  static String trend(Estimate change) {
    if (change == null) {
      return INSUFFICIENT;
    }
    if (!change.excludesZero() || Math.abs(change.value()) < STEADY) {
      return "steady";
    }
    return change.value() < 0 ? "falling" : "rising";
  }

  /** The combined index from the two parts, null when both are missing. */
  static Double index(Double relational, Double structural) {
    if (relational == null && structural == null) {
      return null;
    }
    if (relational == null) {
      return structural;
    }
    double rel = (relational + 1) / 2;
    return structural == null ? rel : W_RELATIONAL * rel + W_STRUCTURAL * structural;
  }

  /**
   * The region's verdict: the mean change over the clients with enough evidence in both spans, with its interval
   * (the clients' replicates averaged), and how many of them fall or rise.
   */
  public record Summary(String patron, int clients, int enough, int minEvents, int falling, int rising,
                        Estimate meanChange, String trend) {
    public String line() {
      if (enough == 0) {
        return String.format(java.util.Locale.ROOT, "%s's influence: %s (none of %d client%s has %d or more %s–client"
            + " events in both periods)", patron, INSUFFICIENT, clients, clients == 1 ? "" : "s", minEvents, patron);
      }
      return String.format(java.util.Locale.ROOT,
          "%s's influence is %s here: mean change %+.3f %s over the %d of %d clients with enough evidence (%d or more"
              + " %s–client events in both periods; %d falling, %d rising)",
          patron, trend, meanChange.value(), meanChange.interval(), enough, clients, minEvents, patron, falling, rising);
    }
  }

  public static Summary summary(String patron, List<ClientInfluence> rows) {
    List<Estimate> changes = rows.stream().map(ClientInfluence::change).filter(Objects::nonNull).toList();
    int minEvents = rows.isEmpty() ? MIN_EVENTS : rows.get(0).minEvents();
    int falling = (int) rows.stream().filter(r -> r.trend().equals("falling")).count();
    int rising = (int) rows.stream().filter(r -> r.trend().equals("rising")).count();
    Estimate mean = changes.isEmpty() ? null : Estimate.mean(changes);
    return new Summary(patron, rows.size(), changes.size(), minEvents, falling, rising, mean, trend(mean));
  }
}
