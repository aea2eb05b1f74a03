package orbit.store;

import orbit.core.event.DatePrecision;
import orbit.core.event.Event;

/**
 * What de-duplication compares between two events (docs/dedup.md): the directed dyad by country,
 * the CAMEO code, whether the event is reported as fact, the date's period and the location's
 * country. Two events report the same real-world event when {@link #compatible} says so.
 */
public record ClusterKey(String sourceCountry, String targetCountry, String root, String cameo, boolean fact,
                         Period period, boolean dayLike, String locationCountry) {
  /** How many days apart two day-precision (or article-dated) events may be. */
  public static final int DAY_WINDOW = 3;

  public static ClusterKey of(Event e) {
    return new ClusterKey(e.source() == null ? null : e.source().country(),
        e.target() == null ? null : e.target().country(), rootOf(e.root(), e.cameo()), e.cameo(),
        e.factuality() == null || e.factuality().isFact(), Period.of(e.date(), e.datePrecision()),
        isDayLike(e.datePrecision(), e.date()), e.location() == null ? null : e.location().country());
  }

  static String rootOf(String root, String cameo) {
    return root != null && !root.isBlank() ? root : cameo.substring(0, Math.min(2, cameo.length()));
  }

  static boolean isDayLike(DatePrecision precision, String date) {
    return precision == null ? date != null && date.length() >= 10
        : precision == DatePrecision.DAY || precision == DatePrecision.ARTICLE;
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
