package orbit.nlp.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import orbit.core.doc.ArticleDoc;
import orbit.core.event.Actor;
import orbit.core.event.Event;
import orbit.core.event.Quote;
import orbit.nlp.eval.Gold.GoldEvent;
import orbit.nlp.eval.Gold.GoldQuote;

/**
 * Scores a coded article against its gold file by DESIGN.md's rules: a coded event matches a gold
 * event when the countries match (either order where the gold says so) and its root is among the
 * gold roots; each gold event matches at most one coded event, preferring gold events whose anchor
 * lies in the coded event's sentence and required ones. Matches of optional events, and non-events
 * coded with a non-fact factuality, are neither hits nor false alarms.
 */
public final class Scorer {
  private Scorer() {}

  /** How each coded event and each required gold event of one article came out. */
  public record Matching(List<Hit> hits, List<GoldEvent> misses, List<FalseAlarm> falseAlarms) {}

  /** A coded event that matched a required gold event. */
  public record Hit(GoldEvent gold, Event event) {}

  /** A coded event that matched no gold event; {@code nonEvent} is the gold non-event it codes as a fact, if any. */
  public record FalseAlarm(Event event, GoldEvent nonEvent) {}

  public static Score score(Gold gold, ArticleDoc doc) {
    return score(match(gold, doc), gold, doc);
  }

  /** The matching of DESIGN.md's rules (see the class comment), without the counts. */
  public static Matching match(Gold gold, ArticleDoc doc) {
    boolean[] used = new boolean[gold.events().size()];
    List<Hit> hits = new ArrayList<>();
    List<FalseAlarm> falseAlarms = new ArrayList<>();
    for (Event e : doc.events()) {
      String sentence = sentenceText(doc, e);
      int match = bestMatch(gold.events(), used, e, sentence);
      if (match >= 0) {
        used[match] = true;
        GoldEvent g = gold.events().get(match);
        if (g.required()) {
          hits.add(new Hit(g, e));
        }
        continue;
      }
      int non = bestMatch(gold.notEvents(), new boolean[gold.notEvents().size()], e, sentence);
      if (non < 0 || e.factuality().isFact()) {
        falseAlarms.add(new FalseAlarm(e, non < 0 ? null : gold.notEvents().get(non)));
      }
    }
    List<GoldEvent> misses = new ArrayList<>();
    for (int i = 0; i < used.length; i++) {
      if (!used[i] && gold.events().get(i).required()) {
        misses.add(gold.events().get(i));
      }
    }
    return new Matching(hits, misses, falseAlarms);
  }

  private static Score score(Matching m, Gold gold, ArticleDoc doc) {
    List<String> lines = new ArrayList<>();
    int codeOk = 0, codeChecks = 0, dateOk = 0, dateChecks = 0, placeOk = 0, placeChecks = 0;
    for (Hit hit : m.hits()) {
      GoldEvent g = hit.gold();
      Event e = hit.event();
      if (!g.codes().isEmpty()) {
        codeChecks++;
        codeOk += g.codes().contains(e.cameo()) ? 1 : 0;
      }
      if (g.datesScored()) {
        dateChecks++;
        boolean ok = e.date().startsWith(g.date().value()) && !e.datePrecision().label().equals("article");
        dateOk += ok ? 1 : 0;
        if (!ok) {
          lines.add("wrong date\t" + g.id() + "\t" + e.date() + " (" + e.datePrecision().label() + ") vs " + g.date().value());
        }
      }
      if (g.location() != null) {
        placeChecks++;
        boolean ok = e.location() != null && e.location().country().equals(g.location().country())
            && e.location().name().equalsIgnoreCase(g.location().name());
        placeOk += ok ? 1 : 0;
        if (!ok) {
          lines.add("wrong place\t" + g.id() + "\t" + e.location() + " vs " + g.location().name());
        }
      }
    }
    int nonEvents = 0;
    for (FalseAlarm f : m.falseAlarms()) {
      nonEvents += f.nonEvent() == null ? 0 : 1;
      lines.add(describe(f));
    }
    m.misses().forEach(g -> lines.add(describe(g)));
    int required = (int) gold.events().stream().filter(GoldEvent::required).count();
    return new Score(m.hits().size(), required, m.falseAlarms().size(), nonEvents, codeOk, codeChecks, dateOk,
        dateChecks, placeOk, placeChecks, 0, 0, 0, 0, lines).plus(quotes(gold, doc));
  }

  /** A miss as one readable line. */
  public static String describe(GoldEvent g) {
    return "miss\t" + g.id() + "\t" + g.source() + "->" + g.target() + " " + g.roots() + "\t" + g.anchor();
  }

  /** A false alarm as one readable line. */
  public static String describe(FalseAlarm f) {
    Event e = f.event();
    return (f.nonEvent() != null ? "non-event coded\t" + f.nonEvent().id() : "false alarm\t-") + "\t"
        + code(e.source()) + "->" + code(e.target()) + " " + e.cameo() + " " + e.factuality().label() + "\t"
        + e.evidence();
  }

  private static String code(Actor a) {
    return a == null ? "?" : a.code();
  }

  private static Score quotes(Gold gold, ArticleDoc doc) {
    List<String> lines = new ArrayList<>();
    int found = 0, speakers = 0, notQuotes = 0;
    for (GoldQuote g : gold.quotes()) {
      Quote q = doc.quotes().stream().filter(c -> normal(c.text()).startsWith(normal(g.startsWith()))).findFirst()
          .orElse(null);
      if (q == null) {
        lines.add("quote missed\t" + g.startsWith());
        continue;
      }
      found++;
      String name = q.speaker() == null ? null : q.speaker().name();
      if (g.speaker().equals(name)) {
        speakers++;
      } else {
        lines.add("wrong speaker\t" + g.startsWith() + "\t" + name + " vs " + g.speaker());
      }
    }
    for (String not : gold.notQuotes()) {
      if (doc.quotes().stream().anyMatch(q -> normal(q.text()).startsWith(normal(not)))) {
        notQuotes++;
        lines.add("scare quote reported\t" + not);
      }
    }
    return new Score(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, found, gold.quotes().size(), speakers, notQuotes, lines);
  }

  private static int bestMatch(List<GoldEvent> gold, boolean[] used, Event e, String sentence) {
    int best = -1;
    int bestRank = -1;
    for (int i = 0; i < gold.size(); i++) {
      GoldEvent g = gold.get(i);
      if (used[i] || !matches(g, e)) {
        continue;
      }
      int rank = (sentence.contains(g.anchor()) ? 2 : 0) + (g.required() ? 1 : 0);
      if (rank > bestRank) {
        best = i;
        bestRank = rank;
      }
    }
    return best;
  }

  private static boolean matches(GoldEvent g, Event e) {
    String s = country(e.source());
    String t = country(e.target());
    boolean countries = same(g.source(), s) && same(g.target(), t)
        || g.eitherDirection() && same(g.source(), t) && same(g.target(), s);
    return countries && g.roots().contains(e.root());
  }

  /**
   * Gold may name an international body by the generic code IGO, which then stands for any IGO… code; a gold
   * side left unknown (null) matches only a coded side left unknown.
   */
  static boolean same(String gold, String coded) {
    if (gold == null) {
      return coded == null;
    }
    return gold.equals(coded) || gold.equals("IGO") && coded != null && coded.startsWith("IGO");
  }

  private static String country(Actor a) {
    return a == null ? null : a.country();
  }

  private static String sentenceText(ArticleDoc doc, Event e) {
    var s = doc.sentences().get(e.sentence());
    return s.text(doc.text());
  }
  /** Lower case, typographic quotes and dashes folded, opening quotation marks dropped. */
  private static String normal(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"')
        .replace('”', '"').strip();
    while (!t.isEmpty() && (t.charAt(0) == '"' || t.charAt(0) == '\'')) {
      t = t.substring(1);
    }
    return t;
  }
}
