package orbit.nlp.ru;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import orbit.nlp.ru.RuLexicon.Entry;
import orbit.nlp.ru.RuLexicon.Needs;
import orbit.nlp.ru.RuMentions.Mention;

/**
 * The clause frames of a tagged Russian sentence, without a parser: a predicate of the lexicon (a finite verb,
 * a short passive participle or an event noun) with its subject found by case to its left (the nominative
 * phrase nearest it; one shared with a coordinated predicate before it: "вызвал посла … и заявил протест"), its
 * object and target by case and preposition to its right, within the stretch that the boundaries of cues.tsv mark.
 */
final class RuFrames {
  /**
   * A predicate with its roles: the trigger token, the lexicon row, its sources (coordinated subjects, or none for
   * an agentless passive), its target, whether it is passive and in the future tense.
   */
  record Frame(int trigger, Entry entry, List<Mention> sources, Mention target, boolean passive, boolean future) {}

  private final RuLexicon lexicon;
  private final RuCues cues;

  RuFrames(RuLexicon lexicon, RuCues cues) {
    this.lexicon = lexicon;
    this.cues = cues;
  }

  List<Frame> frames(List<RuToken> t, List<Mention> mentions) {
    List<Frame> out = new ArrayList<>();
    Frame previous = null;
    for (int i = 0; i < t.size(); i++) {
      Optional<Frame> f = frame(t, mentions, i, previous);
      if (f.isPresent()) {
        out.add(f.get());
        previous = f.get();
      }
    }
    return out;
  }

  private Optional<Frame> frame(List<RuToken> t, List<Mention> mentions, int i, Frame previous) {
    RuToken tok = t.get(i);
    int left = leftBoundary(t, i);
    int right = rightBoundary(t, i);
    for (String lemma : tok.lemmas()) {
      for (Entry e : lexicon.entries(lemma)) {
        boolean noun = tok.any(r -> r.lemma().equals(lemma) && r.is("NN"));
        boolean passive = tok.any(r -> r.lemma().equals(lemma) && r.is("PT_Short"));
        boolean finite = tok.any(r -> r.lemma().equals(lemma) && r.is("VB") && !r.has("INF"));
        if (e.noun() ? !noun : !(passive || finite)) {
          continue;
        }
        int object = object(t, e, i + 1, right);
        if (object < 0 && passive && e.needs() == Needs.OBJECT) {
          object = object(t, e, left, i - 1); // a passive's object is its subject: "посол России … отозван"
        }
        if (e.needs() != Needs.NOTHING && object < 0) {
          continue;
        }
        boolean future = tok.any(r -> r.lemma().equals(lemma) && r.has("Fut"));
        return Optional.of(roles(t, mentions, i, e, object, left, right, passive && !finite, future, previous));
      }
    }
    return Optional.empty();
  }

  private Frame roles(List<RuToken> t, List<Mention> ms, int i, Entry e, int object, int left, int right,
                      boolean passive, boolean future, Frame previous) {
    Mention patient = passive ? nominative(ms, left, i, right) : null;
    List<Mention> sources;
    if (passive) {
      sources = first(ms, i, right, m -> m.preposition() == null && m.inCase("T") && m != patient).map(List::of).orElse(List.of());
    } else if (previous != null && coordinated(t, i)) {
      sources = previous.sources();
    } else {
      sources = subjects(t, ms, left, i);
      if (sources.isEmpty()) {
        sources = first(ms, i, right, m -> m.preposition() == null && m.inCase("Nom")).map(List::of).orElse(List.of());
      }
    }
    // the object word's phrase; a passive's patient when the object is not named ("посол России …, Сергей К., отозван")
    Mention named = object < 0 ? null : containing(ms, object);
    Mention objectMention = passive && (named == null || named.country() == null) ? patient : named;
    objectMention = objectMention == null || objectMention.country() == null ? null : objectMention;
    if (e.own() && objectMention != null) {
      sources = List.of(objectMention);
    }
    Mention target = null;
    for (String spec : e.targets()) {
      target = target(t, ms, spec, i, object, right, objectMention, sources, previous, passive ? patient : null);
      if (target != null) {
        break;
      }
    }
    if (e.mutual() && sources.size() >= 2 && target == null) {
      target = sources.get(1);
      sources = List.of(sources.get(0));
    }
    return new Frame(i, e, sources, target, passive, future);
  }

  private Mention target(List<RuToken> t, List<Mention> ms, String spec, int i, int object, int right,
                         Mention objectMention, List<Mention> sources, Frame previous, Mention patient) {
    int from = Math.max(i, object);
    return switch (spec) {
      case "obj" -> objectMention != null ? objectMention
          : first(ms, object, Math.min(right, object + 4), m -> true).orElse(null);
      case "post" -> objectMention == null || objectMention.post() == null ? null
          : new Mention(objectMention.first(), objectMention.last(), objectMention.head(), objectMention.cases(),
              objectMention.post(), "GOV", null, null, objectMention.text());
      case "acc", "dat", "gen", "ins" -> patient != null && spec.equals("acc") ? patient
          : first(ms, from, right, m -> m.preposition() == null && m.inCase(grammaticalCase(spec)) && !sources.contains(m)).orElse(null);
      case "-" -> antecedent(t, ms, i, right, sources, previous);
      default -> preposition(ms, spec, i, right);
    };
  }

  private static String grammaticalCase(String spec) {
    return switch (spec) {
      case "acc" -> "V";
      case "dat" -> "D";
      case "gen" -> "R";
      default -> "T";
    };
  }

  /** "prep:с:T": the phrase after that preposition (or its "-о" form: "со") in that case. */
  private static Mention preposition(List<Mention> ms, String spec, int i, int right) {
    String[] p = spec.split(":");
    return first(ms, i, right, m -> (p[1].equals(m.preposition()) || (p[1] + "о").equals(m.preposition())) && m.inCase(p[2]))
        .orElse(null);
  }

  /** No target named: a pronoun's antecedent ("вручил ему ноту"), else the previous frame's target. */
  private Mention antecedent(List<RuToken> t, List<Mention> ms, int i, int right, List<Mention> sources, Frame previous) {
    for (int k = i + 1; k <= right; k++) {
      if (cues.is(RuCues.Kind.PRONOUN, t.get(k))) {
        Mention last = null;
        for (Mention m : ms) {
          if (m.last() < i && m.country() != null && !sources.contains(m)) {
            last = m;
          }
        }
        return last;
      }
    }
    return previous == null ? null : previous.target();
  }

  /** The nearest nominative phrase before the predicate, with the phrases coordinated to it by "и". */
  private List<Mention> subjects(List<RuToken> t, List<Mention> ms, int left, int i) {
    List<Mention> out = new ArrayList<>();
    for (int k = ms.size() - 1; k >= 0; k--) {
      Mention m = ms.get(k);
      if (m.last() >= i || m.first() < left) {
        continue;
      }
      boolean joined = !out.isEmpty() && m.last() + 2 == out.get(0).first() && cues.is(RuCues.Kind.CONJUNCTION, t.get(m.last() + 1).lower());
      if (m.preposition() == null && m.inCase("Nom") && (out.isEmpty() || joined)) {
        out.add(0, m);
      } else if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  private static Mention nominative(List<Mention> ms, int left, int i, int right) {
    Mention before = null;
    for (Mention m : ms) {
      if (m.first() >= left && m.last() < i && m.preposition() == null && m.inCase("Nom")) {
        before = m;
      }
    }
    return before != null ? before : first(ms, i, right, m -> m.preposition() == null && m.inCase("Nom")).orElse(null);
  }

  /** The first phrase with a country after token {@code after}, by {@code right}, that passes {@code ok}. */
  private static Optional<Mention> first(List<Mention> ms, int after, int right, java.util.function.Predicate<Mention> ok) {
    return ms.stream().filter(m -> m.first() > after && m.last() <= right && m.country() != null && ok.test(m)).findFirst();
  }

  private static Mention containing(List<Mention> ms, int token) {
    return ms.stream().filter(m -> m.first() <= token && token <= m.last()).findFirst().orElse(null);
  }

  /** The first token from {@code from} to {@code to} that is the entry's object word, or -1. */
  private int object(List<RuToken> t, Entry e, int from, int to) {
    for (int k = from; k <= to; k++) {
      RuToken w = t.get(k);
      boolean form = e.needs() == Needs.INFINITIVE ? w.any(r -> r.has("INF") && e.objects().contains(r.lemma()))
          : w.lemmas().stream().anyMatch(e.objects()::contains);
      if (form) {
        return k;
      }
    }
    return -1;
  }

  /** A predicate right after "и" (or "и" and an adverb) shares the subject of the one before. */
  private boolean coordinated(List<RuToken> t, int i) {
    return i > 0 && cues.is(RuCues.Kind.CONJUNCTION, t.get(i - 1).lower())
        || i > 1 && cues.is(RuCues.Kind.CONJUNCTION, t.get(i - 2).lower()) && t.get(i - 1).any(r -> r.is("ADV"));
  }

  private int leftBoundary(List<RuToken> t, int i) {
    int k = i - 1;
    while (k >= 0 && !cues.is(RuCues.Kind.BOUNDARY, t.get(k))) {
      k--;
    }
    return k + 1;
  }

  /** The stretch ends at a boundary, or where "и" or a comma brings in another finite verb. */
  private int rightBoundary(List<RuToken> t, int i) {
    for (int k = i + 1; k < t.size(); k++) {
      boolean joint = (t.get(k).lower().equals("и") || t.get(k).text().equals(","))
          && k + 1 < t.size() && t.get(k + 1).any(r -> r.is("VB") && !r.has("INF"));
      if (cues.is(RuCues.Kind.BOUNDARY, t.get(k)) || joint) {
        return k - 1;
      }
    }
    return t.size() - 1;
  }
}
