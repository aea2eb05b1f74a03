package orbit.analytics;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import orbit.store.FactEvent;

/**
 * The relational part of the influence index (docs/influence.md), from a client's de-duplicated fact
 * events with all its partners in a span of years, both directions: the share of its cooperation mass
 * (positive Goldstein) exchanged with the patron minus the share of its conflict mass (negative
 * Goldstein, absolute) exchanged with the patron. −1 … 1; null when the client has no event with the
 * patron in the span (no evidence either way).
 */
public final class Relational {
  private Relational() {}

  /**
   * The score and what it is made of: the patron's shares, the event counts, and every partner's share of the
   * client's cooperation and conflict mass (largest first), which tell whom the client turned to or against.
   */
  public record Score(Double value, double cooperationShare, double conflictShare, int withPatron, int all,
                      Map<String, Double> cooperation, Map<String, Double> conflict) {}

  public static Score of(List<FactEvent> clusters, String client, String patron, int year) {
    return of(clusters, client, patron, year, year);
  }

  /** The score over the years {@code from} … {@code to}, both included. */
  public static Score of(List<FactEvent> clusters, String client, String patron, int from, int to) {
    Map<String, Double> cooperation = new HashMap<>();
    Map<String, Double> conflict = new HashMap<>();
    int withPatron = 0;
    int all = 0;
    for (FactEvent e : clusters) {
      if (e.day().getYear() < from || e.day().getYear() > to || !involves(e, client)) {
        continue;
      }
      String partner = e.source().equals(client) ? e.target() : e.source();
      all++;
      withPatron += partner.equals(patron) ? 1 : 0;
      double g = e.goldstein();
      if (g != 0) {
        (g > 0 ? cooperation : conflict).merge(partner, Math.abs(g), Double::sum);
      }
    }
    Map<String, Double> coop = shares(cooperation);
    Map<String, Double> confl = shares(conflict);
    double coopShare = coop.getOrDefault(patron, 0.0);
    double conflictShare = confl.getOrDefault(patron, 0.0);
    return new Score(withPatron == 0 ? null : coopShare - conflictShare, coopShare, conflictShare, withPatron, all,
        coop, confl);
  }

  /** Each partner's share of the total mass, largest first (ties by code). */
  private static Map<String, Double> shares(Map<String, Double> mass) {
    double total = mass.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> shares = new LinkedHashMap<>();
    mass.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(m -> shares.put(m.getKey(), m.getValue() / total));
    return shares;
  }

  static boolean involves(FactEvent e, String country) {
    return e.source().equals(country) || e.target().equals(country);
  }
}
