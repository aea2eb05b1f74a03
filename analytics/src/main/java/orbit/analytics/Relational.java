package orbit.analytics;

import java.util.List;
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

  public record Score(Double value, double cooperationShare, double conflictShare, int withPatron, int all) {}

  public static Score of(List<FactEvent> clusters, String client, String patron, int year) {
    return of(clusters, client, patron, year, year);
  }

  /** The score over the years {@code from} … {@code to}, both included. */
  public static Score of(List<FactEvent> clusters, String client, String patron, int from, int to) {
    double coopP = 0;
    double coopAll = 0;
    double conflictP = 0;
    double conflictAll = 0;
    int withPatron = 0;
    int all = 0;
    for (FactEvent e : clusters) {
      if (e.day().getYear() < from || e.day().getYear() > to || !involves(e, client)) {
        continue;
      }
      boolean p = involves(e, patron);
      all++;
      withPatron += p ? 1 : 0;
      double g = e.goldstein();
      if (g > 0) {
        coopAll += g;
        coopP += p ? g : 0;
      } else if (g < 0) {
        conflictAll -= g;
        conflictP -= p ? g : 0;
      }
    }
    double coopShare = coopAll == 0 ? 0 : coopP / coopAll;
    double conflictShare = conflictAll == 0 ? 0 : conflictP / conflictAll;
    return new Score(withPatron == 0 ? null : coopShare - conflictShare, coopShare, conflictShare, withPatron, all);
  }

  static boolean involves(FactEvent e, String country) {
    return e.source().equals(country) || e.target().equals(country);
  }
}
