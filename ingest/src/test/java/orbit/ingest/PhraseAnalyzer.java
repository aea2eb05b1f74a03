package orbit.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import orbit.core.doc.Analyzer;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.event.Actor;
import orbit.core.event.DatePrecision;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import orbit.core.event.Location;
import orbit.core.event.Quote;
import orbit.core.event.Span;
import orbit.core.event.Speaker;

/**
 * A deterministic stand-in for the NLP coder, for tests only: codes an event for each fixed phrase
 * it finds, dated by the article and placed at the first of a few cities its sentence names, and an indirect quote
 * for each "told reporters". Shared with the
 * store's and the command line's tests.
 */
public final class PhraseAnalyzer implements Analyzer {
  /** {@code verb}: the trigger, a word of the phrase. */
  private record Rule(String phrase, String verb, Actor source, Actor target, String cameo, String plover, double goldstein,
                      int quad) {}

  private static final List<Rule> RULES = List.of(
      new Rule("Russian police detained", "detained", Actor.of("RUS", "COP", "Russian police"),
          Actor.of("AZE", "CVL", "Azerbaijani"), "173", "COERCE", -5.0, 4),
      new Rule("recalled its ambassador", "recalled", Actor.of("AZE", "GOV", "Azerbaijan"), Actor.of("RUS", "GOV", "Moscow"),
          "161", "REDUCE", -4.0, 4),
      new Rule("condemned", "condemned", Actor.of("AZE", "GOV", "Azerbaijan"), Actor.of("RUS", "GOV", "Russia"),
          "111", "DISAPPROVE", -2.0, 3));
  private static final List<Location> PLACES = List.of(new Location("Yekaterinburg", "RUS", 56.84, 60.61),
      new Location("Moscow", "RUS", 55.76, 37.62));

  @Override
  public ArticleDoc analyze(Article a) {
    String text = a.text();
    List<Event> events = new ArrayList<>();
    for (Rule r : RULES) {
      int at = text.indexOf(r.phrase());
      if (at >= 0) {
        int verb = at + r.phrase().indexOf(r.verb());
        events.add(new Event(a.id(), sentence(text, at), at, at + r.phrase().length(), r.phrase(),
            new Span(verb, verb + r.verb().length()), r.source(),
            r.target(), r.cameo(), r.cameo().substring(0, 2), r.plover(), r.goldstein(), r.quad(),
            a.date().toString(), DatePrecision.ARTICLE, place(text, at), Factuality.ASSERTED, null, 0.9));
      }
    }
    List<Quote> quotes = new ArrayList<>();
    int told = text.indexOf("told reporters");
    if (told >= 0) {
      int start = text.lastIndexOf(". ", told) + 1;
      int end = text.indexOf('.', told) + 1;
      quotes.add(new Quote(a.id(), sentence(text, told), start, end, text.substring(start, end).strip(), false,
          new Speaker(null, "spokesman", null, null), List.of("RUS", "AZE"), Map.of("AZE", -0.5)));
    }
    return ArticleDoc.of(a).withEvents(events).withQuotes(quotes);
  }

  private static Location place(String text, int offset) {
    int end = text.indexOf(". ", offset);
    String rest = text.substring(offset, end < 0 ? text.length() : end);
    return PLACES.stream().filter(p -> rest.contains(" in " + p.name())).findFirst().orElse(null);
  }

  private static int sentence(String text, int offset) {
    int n = 0;
    for (int i = text.indexOf(". "); i >= 0 && i < offset; i = text.indexOf(". ", i + 1)) {
      n++;
    }
    return n;
  }
}
