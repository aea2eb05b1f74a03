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

  /**
   * A span's score with the bootstrap intervals of the relational value (null when there is no client–patron
   * event) and of the patron's two shares.
   */
  public record Part(Score score, Estimate value, Estimate cooperationShare, Estimate conflictShare) {}

  public static Score of(List<FactEvent> clusters, String client, String patron, int year) {
    return of(clusters, client, patron, year, year);
  }

  /** The score over the years {@code from} … {@code to}, both included. */
  public static Score of(List<FactEvent> clusters, String client, String patron, int from, int to) {
    List<FactEvent> events = span(clusters, client, from, to);
    Map<String, Double> cooperation = new HashMap<>();
    Map<String, Double> conflict = new HashMap<>();
    int withPatron = 0;
    for (FactEvent e : events) {
      String partner = partner(e, client);
      withPatron += partner.equals(patron) ? 1 : 0;
      double g = e.goldstein();
      if (g != 0) {
        (g > 0 ? cooperation : conflict).merge(partner, Math.abs(g), Double::sum);
      }
    }
    double[] patronShares = shares(events, null, client, patron);
    return new Score(withPatron == 0 ? null : patronShares[0] - patronShares[1], patronShares[0], patronShares[1],
        withPatron, events.size(), shares(cooperation), shares(conflict));
  }

  /** The score of the span and its bootstrap over the client's events of the span. */
  static Part estimate(List<FactEvent> clusters, String client, String patron, int from, int to) {
    Score score = of(clusters, client, patron, from, to);
    List<FactEvent> events = span(clusters, client, from, to);
    double[] cooperation = new double[Bootstrap.REPLICATES];
    double[] conflict = new double[Bootstrap.REPLICATES];
    double[] value = new double[Bootstrap.REPLICATES];
    Bootstrap.replicates(events.size(), client + " " + patron + " " + from + "-" + to, (w, i) -> {
      double[] s = shares(events, w, client, patron);
      cooperation[i] = s[0];
      conflict[i] = s[1];
      value[i] = s[0] - s[1];
    });
    return new Part(score, score.value() == null ? null : Estimate.of(score.value(), value),
        Estimate.of(score.cooperationShare(), cooperation), Estimate.of(score.conflictShare(), conflict));
  }

  /** The patron's share of the client's cooperation and of its conflict mass, each event counted {@code weights} times (null: once). */
  private static double[] shares(List<FactEvent> events, int[] weights, String client, String patron) {
    double[] mass = new double[4];   // cooperation with the patron, all cooperation, conflict with the patron, all conflict
    for (int i = 0; i < events.size(); i++) {
      FactEvent e = events.get(i);
      double g = e.goldstein() * (weights == null ? 1 : weights[i]);
      int side = g > 0 ? 0 : 2;
      mass[side + 1] += Math.abs(g);
      mass[side] += partner(e, client).equals(patron) ? Math.abs(g) : 0;
    }
    return new double[] {mass[1] == 0 ? 0 : mass[0] / mass[1], mass[3] == 0 ? 0 : mass[2] / mass[3]};
  }

  /** Each partner's share of the total mass, largest first (ties by code). */
  private static Map<String, Double> shares(Map<String, Double> mass) {
    double total = mass.values().stream().mapToDouble(Double::doubleValue).sum();
    Map<String, Double> shares = new LinkedHashMap<>();
    mass.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey())).forEach(m -> shares.put(m.getKey(), m.getValue() / total));
    return shares;
  }

  private static List<FactEvent> span(List<FactEvent> clusters, String client, int from, int to) {
    return clusters.stream().filter(e -> e.day().getYear() >= from && e.day().getYear() <= to && involves(e, client))
        .toList();
  }

  private static String partner(FactEvent e, String client) {
    return e.source().equals(client) ? e.target() : e.source();
  }

  static boolean involves(FactEvent e, String country) {
    return e.source().equals(country) || e.target().equals(country);
  }
}
