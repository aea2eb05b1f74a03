package orbit.core.dedup;

import orbit.core.event.DatePrecision;
import orbit.core.event.Event;

/**
 * What de-duplication compares between two events (docs/dedup.md): the directed dyad by country,
 * the CAMEO code, whether the event is reported as fact, the date's period and the location's
 * country. Two events report the same real-world event when {@link #compatible} says so. The
 * store (incrementally, in ingest order) and the Spark job (in one scan per {@link #group}) both
 * cluster with this rule.
 */
public record ClusterKey(String sourceCountry, String targetCountry, String root, String cameo, boolean fact,
                         Period period, boolean dayLike, String locationCountry) {
  /** How many days apart two day-precision (or article-dated) events may be. */
  public static final int DAY_WINDOW = 3;

  public static ClusterKey of(Event e) {
    return of(e.source() == null ? null : e.source().country(), e.target() == null ? null : e.target().country(),
        rootOf(e.root(), e.cameo()), e.cameo(), e.factuality() == null || e.factuality().isFact(), e.date(),
        e.datePrecision(), e.location() == null ? null : e.location().country());
  }

  /** The key of an event (or a stored cluster's representative) given field by field. */
  public static ClusterKey of(String sourceCountry, String targetCountry, String root, String cameo, boolean fact,
                              String date, DatePrecision precision, String locationCountry) {
    return new ClusterKey(sourceCountry, targetCountry, root, cameo, fact, Period.of(date, precision),
        isDayLike(precision, date), locationCountry);
  }

  /** The CAMEO root the store keeps: the event's, else its code's first two digits. */
  public static String rootOf(String root, String cameo) {
    return root != null && !root.isBlank() ? root : cameo.substring(0, Math.min(2, cameo.length()));
  }

  private static boolean isDayLike(DatePrecision precision, String date) {
    return precision == null ? date != null && date.length() >= 10
        : precision == DatePrecision.DAY || precision == DatePrecision.ARTICLE;
  }

  /**
   * The fields {@link #compatible} requires equal (source and target country, root, fact or not),
   * as one string: only events of one group can share a cluster. Null when the event can join no
   * cluster (a country unknown or the date unreadable): it is a cluster of its own.
   */
  public String group() {
    return sourceCountry == null || targetCountry == null || period == null ? null
        : sourceCountry + "|" + targetCountry + "|" + root + "|" + fact;
  }

  /** Whether this event may join a cluster whose representative is {@code other}. */
  public boolean compatible(ClusterKey other) {
    return sourceCountry != null && targetCountry != null
        && sourceCountry.equals(other.sourceCountry) && targetCountry.equals(other.targetCountry)
        && root.equals(other.root) && fact == other.fact
        && compatibleCodes(cameo, other.cameo)
        && period != null && other.period != null
        && period.gap(other.period) <= (dayLike && other.dayLike ? DAY_WINDOW : 0)
        && (locationCountry == null || other.locationCountry == null || locationCountry.equals(other.locationCountry));
  }

  /**
   * Codes of one root are compatible when one refines the other: "1823" refines "182", "193"
   * refines "190" (a three-digit code ending in 0 is its root's "not specified" code) and "19".
   */
  public static boolean compatibleCodes(String a, String b) {
    String x = general(a);
    String y = general(b);
    return x.startsWith(y) || y.startsWith(x);
  }

  private static String general(String code) {
    return code.length() == 3 && code.endsWith("0") ? code.substring(0, 2) : code;
  }
}
