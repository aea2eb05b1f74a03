package orbit.store;

import java.time.LocalDate;

/**
 * A fact event (factuality asserted or reported) between two countries, as analytics reads it:
 * its id, cluster, article, day (the first day of its date's period), dyad, codes, Goldstein weight,
 * QuadClass and evidence sentence.
 */
public record FactEvent(String id, long cluster, String article, LocalDate day, String source, String target,
                        String cameo, String root, double goldstein, int quad, String evidence) {}
