package orbit.nlp.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import orbit.core.doc.ArticleDoc;
import orbit.core.event.Actor;
import orbit.nlp.eval.Gold.GoldEvent;
import orbit.nlp.eval.Scorer.FalseAlarm;
import orbit.nlp.eval.Scorer.Hit;
import orbit.nlp.eval.Scorer.Matching;

/**
 * The coder's figures on bank items: the totals of {@link Score} and precision, recall and F1 per root, per
 * construction and per actor kind (state, non-state, domestic, unknown side), with every miss and false alarm.
 * A miss counts for its gold root, a false alarm for its coded root.
 */
public final class BankReport {
  private final Set<String> nonStateSectors;
  private final Map<String, Tally> roots = new TreeMap<>();
  private final Map<String, Tally> constructions = new TreeMap<>();
  private final Map<String, Tally> kinds = new TreeMap<>();
  private final List<String> lines = new ArrayList<>();
  private Score total;
  private int items;

  public BankReport(Set<String> nonStateSectors) {
    this.nonStateSectors = new HashSet<>(nonStateSectors); // contains(null) must answer false
  }

  /** Hits, required events and false alarms of one group of events. */
  public record Tally(int hits, int required, int falseAlarms) {
    Tally plus(Tally o) {
      return new Tally(hits + o.hits, required + o.required, falseAlarms + o.falseAlarms);
    }

    public double precision() {
      return Score.ratio(hits, hits + falseAlarms);
    }

    public double recall() {
      return Score.ratio(hits, required);
    }

    public double f1() {
      double p = precision(), r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public void add(BankItem item, ArticleDoc doc) {
    Gold gold = item.gold();
    Matching m = Scorer.match(gold, doc);
    Score score = Scorer.score(gold, doc);
    total = total == null ? score : total.plus(score);
    items++;
    Tally itemTally = new Tally(0, 0, 0);
    for (Hit h : m.hits()) {
      Tally t = new Tally(1, 1, 0);
      add(roots, h.gold().roots().get(0), t);
      add(kinds, kind(h.gold()), t);
      itemTally = itemTally.plus(t);
    }
    for (GoldEvent g : m.misses()) {
      Tally t = new Tally(0, 1, 0);
      add(roots, g.roots().get(0), t);
      add(kinds, kind(g), t);
      itemTally = itemTally.plus(t);
      lines.add(item.id() + "\t" + Scorer.describe(g));
    }
    for (FalseAlarm f : m.falseAlarms()) {
      Tally t = new Tally(0, 0, 1);
      add(roots, f.event().root(), t);
      add(kinds, kind(f.event().source(), f.event().target()), t);
      itemTally = itemTally.plus(t);
      lines.add(item.id() + "\t" + Scorer.describe(f));
    }
    for (String tag : item.constructions()) {
      add(constructions, tag, itemTally);
    }
  }

  public Score total() {
    return total;
  }

  public Map<String, Tally> byRoot() {
    return roots;
  }

  public Map<String, Tally> byConstruction() {
    return constructions;
  }

  public Map<String, Tally> byKind() {
    return kinds;
  }

  public List<String> lines() {
    return lines;
  }

  /** Totals, then the three tables, then the misses and false alarms. */
  public String report() {
    StringBuilder out = new StringBuilder("items\t" + items + "\n").append(total == null ? "" : total.report());
    table(out, "root", roots);
    table(out, "construction", constructions);
    table(out, "actors", kinds);
    lines.forEach(l -> out.append("  ").append(l).append('\n'));
    return out.toString();
  }

  private static void table(StringBuilder out, String name, Map<String, Tally> tallies) {
    out.append(String.format(Locale.ROOT, "%n%-18s %5s %5s %5s %6s %6s %6s%n", name, "hits", "req", "fa", "P", "R", "F1"));
    tallies.forEach((key, t) -> out.append(String.format(Locale.ROOT, "%-18s %5d %5d %5d %6.3f %6.3f %6.3f%n", key,
        t.hits(), t.required(), t.falseAlarms(), t.precision(), t.recall(), t.f1())));
  }

  private static void add(Map<String, Tally> map, String key, Tally t) {
    map.merge(key, t, Tally::plus);
  }

  private String kind(GoldEvent g) {
    return kind(g.source(), g.sourceSector(), g.target(), g.targetSector());
  }

  private String kind(Actor source, Actor target) {
    return source == null ? "unknown side"
        : kind(source.country(), source.sector(), target == null ? null : target.country(),
            target == null ? null : target.sector());
  }

  private String kind(String source, String sourceSector, String target, String targetSector) {
    if (source == null) {
      return "unknown side";
    }
    if (source.equals(target)) {
      return "domestic";
    }
    boolean body = !BankCoverage.isCountry(source) || target != null && !BankCoverage.isCountry(target);
    return body || nonStateSectors.contains(sourceSector) || nonStateSectors.contains(targetSector)
        ? "non-state" : "state";
  }
}
