package orbit.analytics;

import java.time.LocalDate;
import orbit.store.FactEvent;

/** Hand-made fact events for the tests. */
final class Facts {
  private Facts() {}

  static FactEvent fact(String id, long cluster, String day, String source, String target, double goldstein, int quad) {
    return new FactEvent(id, cluster, id.substring(0, id.indexOf('#')), LocalDate.parse(day), source, target, "000",
        "00", goldstein, quad, "evidence of " + id);
  }
}
