package orbit.nlp.petrarch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Pipeline;
import orbit.core.event.Event;
import orbit.nlp.Analysis;
import orbit.nlp.Stages;
import orbit.nlp.petrarch.ValidationRecords.Expected;
import orbit.nlp.petrarch.ValidationRecords.Record;

/**
 * Runs a PETRARCH validation file through Orbit's coder and scores it in UD-PETRARCH's own measure:
 * per record, the expected events found, missed, and the extra events coded (each distinct
 * code/source/target once); per category and in total, found / (found + missed) and extra events
 * per record.
 */
public final class Validation {
  /** Which parse the coder reads: the record's own CoNLL-U, or CoreNLP's of its text. */
  public enum Parse { CONLLU, CORENLP }

  /** One record's outcome. */
  public record Outcome(Record record, List<Expected> found, List<Expected> missed, List<Expected> extra) {}

  /** The sums of a category (or of all: category "TOTAL"). */
  public record Score(String category, int records, int found, int missed, int extra) {
    public double foundShare() {
      return found + missed == 0 ? 0 : (double) found / (found + missed);
    }

    public double extraPerRecord() {
      return records == 0 ? 0 : (double) extra / records;
    }

    Score plus(Outcome o) {
      return new Score(category, records + 1, found + o.found().size(), missed + o.missed().size(),
          extra + o.extra().size());
    }
  }

  private final Function<Record, List<Event>> coder;

  private Validation(Function<Record, List<Event>> coder) {
    this.coder = coder;
  }

  /** The validation with the dictionaries' coder, its stages built by the registry ({@link Stages}). */
  public static Validation of(Dictionaries dictionaries, Parse parse) {
    if (parse == Parse.CORENLP) {
      Analysis analysis = Analysis.full(dictionaries.lexicon(), dictionaries.actors());
      return new Validation(r -> analysis.analyze(article(r)).events());
    }
    Pipeline coding = Stages.with(dictionaries.lexicon(), dictionaries.actors())
        .pipeline(ConlluParse.LAYERS, "quotes", "code");
    return new Validation(r -> r.parse() == null ? List.of() : coding.apply(parsed(r)).events());
  }

  private static Article article(Record r) {
    return new Article(r.id(), r.date(), null, null, null, r.text());
  }

  /** The record as an annotated article of one sentence, with the record's parse. */
  private static ArticleDoc parsed(Record r) {
    return ArticleDoc.of(article(r)).withSentences(List.of(ConlluParse.sentence(r.parse(), r.text(), 0, 0)),
        ConlluParse.LAYERS);
  }

  public Outcome run(Record r) {
    Set<Expected> coded = new LinkedHashSet<>();
    for (Event e : coder.apply(r)) {
      coded.add(new Expected(e.cameo(), e.source().code(), e.target().code()));
    }
    List<Expected> found = new ArrayList<>();
    List<Expected> missed = new ArrayList<>();
    for (Expected x : r.expected()) {
      (coded.remove(x) ? found : missed).add(x);
    }
    return new Outcome(r, found, missed, List.copyOf(coded));
  }

  /** Scores by category (in name order) and a last TOTAL row. */
  public static List<Score> scores(List<Outcome> outcomes) {
    Map<String, Score> by = new TreeMap<>();
    Score total = new Score("TOTAL", 0, 0, 0, 0);
    for (Outcome o : outcomes) {
      String c = o.record().category();
      by.put(c, by.getOrDefault(c, new Score(c, 0, 0, 0, 0)).plus(o));
      total = total.plus(o);
    }
    List<Score> all = new ArrayList<>(by.values());
    all.add(total);
    return all;
  }
}
