package orbit.nlp.eval;

import java.time.LocalDate;
import java.util.List;
import orbit.core.doc.Article;
import orbit.nlp.eval.Gold.GoldArticle;
import orbit.nlp.eval.Gold.GoldEvent;

/**
 * One item of the annotated bank (corpus/bank/README.md): a sentence or short paragraph with its article date,
 * the constructions it was written to test, and its gold events and non-events.
 */
public record BankItem(String id, LocalDate date, String text, List<String> constructions, List<GoldEvent> events,
                       List<GoldEvent> notEvents, List<String> notQuotes) {
  public BankItem {
    constructions = constructions == null ? List.of() : List.copyOf(constructions);
    events = events == null ? List.of() : List.copyOf(events);
    notEvents = notEvents == null ? List.of() : List.copyOf(notEvents);
    notQuotes = notQuotes == null ? List.of() : List.copyOf(notQuotes);
  }

  public Article article() {
    return new Article(id, date, null, null, "Orbit bank", text);
  }

  public Gold gold() {
    return new Gold(new GoldArticle(null, id, date), events, notEvents, List.of(), notQuotes);
  }

  /** The first root of the first required event: what the split is stratified by; "none" for a pure trap. */
  public String mainRoot() {
    return events.stream().filter(GoldEvent::required).map(e -> e.roots().get(0)).findFirst().orElse("none");
  }
}
