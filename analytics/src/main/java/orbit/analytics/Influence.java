package orbit.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import orbit.store.FactEvent;
import orbit.store.Indicator;

/**
 * The influence index of a patron over clients (docs/influence.md): index = W_RELATIONAL × (relational
 * + 1) / 2 + W_STRUCTURAL × structural, each part 0 … 1; where one part is missing the other alone.
 */
public final class Influence {
  public static final double W_RELATIONAL = 0.5;
  public static final double W_STRUCTURAL = 0.5;
  /** A change of the index smaller than this is "steady". */
  public static final double STEADY = 0.02;
  static final int DRIVERS = 3;
  /** How many of the client's other cooperation partners get their strongest event shown. */
  static final int OTHERS = 2;

  private final List<FactEvent> clusters;
  private final List<Indicator> indicators;

  /** {@code facts} sorted by day then id; they are de-duplicated here. */
  public Influence(List<FactEvent> facts, List<Indicator> indicators) {
    this.clusters = Clusters.representatives(facts);
    this.indicators = List.copyOf(indicators);
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
    Relational.Score r0 = Relational.of(clusters, client, patron, fromYear, toYear - 1);
    Relational.Score r1 = Relational.of(clusters, client, patron, toYear);
    Structural.Score s0 = Structural.of(indicators, client, patron, toYear - 1);
    Structural.Score s1 = Structural.of(indicators, client, patron, toYear);
    Double i0 = index(r0.value(), s0.value());
    Double i1 = index(r1.value(), s1.value());
    Double change = change(r0.value(), r1.value(), s0.value(), s1.value());
    Comparator<FactEvent> push = Comparator.comparingDouble(FactEvent::goldstein);
    List<FactEvent> drivers = clusters.stream()
        .filter(e -> e.day().getYear() == toYear && Relational.involves(e, client) && Relational.involves(e, patron))
        .sorted(change != null && change > 0 ? push.reversed() : push).limit(DRIVERS).toList();
    // whom else the client cooperated with: the strongest event with each of its largest other partners
    List<FactEvent> others = r1.cooperation().keySet().stream().filter(p -> !p.equals(patron)).limit(OTHERS)
        .flatMap(p -> clusters.stream().filter(e -> e.day().getYear() == toYear && Relational.involves(e, client)
            && Relational.involves(e, p)).max(push.thenComparing(FactEvent::id, Comparator.reverseOrder())).stream())
        .toList();
    return new ClientInfluence(client, patron, fromYear, toYear, r0.value(), r1.value(), s0.value(), s1.value(),
        i0, i1, change, r0.withPatron(), r1.withPatron(), s1.components(), drivers, r0, r1, others);
  }

  /**
   * The change of the index between the years, part by part so that a part present in one year only
   * does not count as a change: W_RELATIONAL × Δrelational / 2 + W_STRUCTURAL × Δstructural, a part
   * missing in either year contributing 0; null when neither part can be compared.
   */
  static Double change(Double r0, Double r1, Double s0, Double s1) {
    boolean rel = r0 != null && r1 != null;
    boolean str = s0 != null && s1 != null;
    if (!rel && !str) {
      return null;
    }
    return (rel ? W_RELATIONAL * (r1 - r0) / 2 : 0) + (str ? W_STRUCTURAL * (s1 - s0) : 0);
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

  /** The region's verdict: mean change over the clients with an index in both years. */
  public record Summary(String patron, int clients, int falling, int rising, double meanChange, String trend) {
    public String line() {
      return String.format(java.util.Locale.ROOT,
          "%s's influence is %s here: mean change %+.3f over %d client%s with data (%d falling, %d rising)",
          patron, trend, meanChange, clients, clients == 1 ? "" : "s", falling, rising);
    }
  }

  public static Summary summary(String patron, List<ClientInfluence> rows) {
    List<Double> changes = rows.stream().map(ClientInfluence::change).filter(Objects::nonNull).toList();
    double mean = changes.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    int falling = (int) changes.stream().filter(c -> c <= -STEADY).count();
    int rising = (int) changes.stream().filter(c -> c >= STEADY).count();
    String trend = changes.isEmpty() ? "unknown (no client has data in both years)"
        : mean <= -STEADY ? "falling" : mean >= STEADY ? "rising" : "steady";
    return new Summary(patron, changes.size(), falling, rising, mean, trend);
  }
}
