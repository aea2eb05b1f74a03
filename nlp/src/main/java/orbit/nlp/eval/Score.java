package orbit.nlp.eval;

import java.util.List;

/**
 * How coded events and quotes compare with a gold file. Counts, so that several files can be summed.
 *
 * @param hits required gold events matched
 * @param required required gold events
 * @param falseAlarms coded events matching no gold event (non-events coded as facts included)
 * @param nonEventsCoded gold non-events coded as asserted or reported
 * @param codeAgreements matched events whose code is among the gold's finer codes (of those that list codes)
 * @param dateHits matched events with a gold date whose date agrees at the gold precision
 * @param lines misses and false alarms, one readable line each
 */
public record Score(int hits, int required, int falseAlarms, int nonEventsCoded, int codeAgreements, int codeChecks,
                   int dateHits, int dateChecks, int placeHits, int placeChecks, int quotesFound, int quotesGold,
                   int speakersRight, int notQuotesReported, List<String> lines) {
  public double recall() {
    return ratio(hits, required);
  }

  public double precision() {
    return ratio(hits, hits + falseAlarms);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public Score plus(Score o) {
    List<String> all = new java.util.ArrayList<>(lines);
    all.addAll(o.lines);
    return new Score(hits + o.hits, required + o.required, falseAlarms + o.falseAlarms,
        nonEventsCoded + o.nonEventsCoded, codeAgreements + o.codeAgreements, codeChecks + o.codeChecks,
        dateHits + o.dateHits, dateChecks + o.dateChecks, placeHits + o.placeHits, placeChecks + o.placeChecks,
        quotesFound + o.quotesFound, quotesGold + o.quotesGold, speakersRight + o.speakersRight,
        notQuotesReported + o.notQuotesReported, all);
  }

  static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  /** The figures, one a line, as `./orbit eval` prints them. */
  public String report() {
    return String.format(java.util.Locale.ROOT, """
        events.precision\t%.3f
        events.recall\t%.3f\t(%d of %d required)
        events.f1\t%.3f
        events.falseAlarms\t%d
        nonEvents.coded\t%d
        codes.agreement\t%.3f\t(%d of %d)
        dates.accuracy\t%.3f\t(%d of %d)
        locations.accuracy\t%.3f\t(%d of %d)
        quotes.found\t%.3f\t(%d of %d)
        quotes.speakers\t%.3f\t(%d of %d)
        quotes.notQuotesReported\t%d
        """, precision(), recall(), hits, required, f1(), falseAlarms, nonEventsCoded,
        ratio(codeAgreements, codeChecks), codeAgreements, codeChecks, ratio(dateHits, dateChecks), dateHits,
        dateChecks, ratio(placeHits, placeChecks), placeHits, placeChecks, ratio(quotesFound, quotesGold),
        quotesFound, quotesGold, ratio(speakersRight, quotesGold), speakersRight, quotesGold, notQuotesReported);
  }
}
