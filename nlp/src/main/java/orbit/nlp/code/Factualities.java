package orbit.nlp.code;

import java.util.Locale;
import java.util.Set;
import orbit.core.event.Factuality;

/**
 * Decides how the text presents an event from the cues around its predicate: negation on it
 * ("never issued"), a modal or hedge ("could", "on the verge of"), an adverb ("allegedly"), a
 * governing reporting or alleging verb ("alleges that …"), a question. The strongest reading wins.
 */
final class Factualities {
  /** Clausal relations through which a governing verb frames an embedded event. */
  private static final Set<String> FRAMING = Set.of("ccomp", "xcomp", "advcl", "acl", "conj", "csubj", "parataxis");

  record Reading(Factuality factuality, int attributedTo) {}

  private final Cues cues;

  Factualities(Cues cues) {
    this.cues = cues;
  }

  /**
   * The factuality of the event whose predicate is {@code predicate} (and whose trigger noun, if
   * any, is {@code noun}); {@code attributedTo} is the head of the speaker phrase, or -1.
   */
  Reading read(ParseGraph g, int predicate, int noun) {
    Factuality best = Factuality.ASSERTED;
    int speaker = -1;
    if (noun >= 0 && (negatedNoun(g, noun))) {
      return new Reading(Factuality.NEGATED, -1);
    }
    if (g.token(g.size() - 1).word().equals("?")) {
      best = Factuality.HYPOTHETICAL;
    }
    int node = predicate;
    boolean own = true;
    for (int steps = 0; node >= 0 && steps < 8; steps++) {
      Factuality local = local(g, node, own);
      if (local != null && stronger(local, best)) {
        best = local;
      }
      if (!own) {
        Factuality framing = cues.find(g, node, Cues.Kind.VERB);
        if (framing == null) {
          framing = cues.find(g, node, Cues.Kind.PHRASE);
        }
        if (framing != null && stronger(framing, best)) {
          best = framing;
          speaker = g.child(node, "nsubj");
        }
      }
      String base = g.baseRelation(node);
      if (!FRAMING.contains(base) && !(base.equals("nmod") || base.equals("obl"))) {
        break;
      }
      own = base.equals("conj");
      node = g.head(node);
    }
    return new Reading(best, speaker);
  }

  /** Negations, modals and adverbs attached to a node (conjuncts share only those of their own). */
  private Factuality local(ParseGraph g, int node, boolean own) {
    Factuality best = null;
    for (int c : g.children(node)) {
      String rel = g.baseRelation(c);
      Factuality f = null;
      if (rel.equals("advmod") || rel.equals("neg")) {
        f = cues.find(g, c, Cues.Kind.NEGATION);
        if (f == null) {
          f = cues.find(g, c, Cues.Kind.ADVERB);
        }
      } else if (rel.equals("aux")) {
        f = cues.find(g, c, Cues.Kind.MODAL);
      } else if (rel.equals("case") || rel.equals("mark")) {
        f = cues.find(g, c, Cues.Kind.PHRASE);
      }
      if (f != null && (own || f != Factuality.NEGATED) && (best == null || stronger(f, best))) {
        best = f;
      }
    }
    Factuality phrase = cues.find(g, node, Cues.Kind.PHRASE);
    if (!own && phrase != null && (best == null || stronger(phrase, best))) {
      best = phrase;
    }
    return best;
  }

  /** "without Russian mediation", "no apology". */
  private static boolean negatedNoun(ParseGraph g, int noun) {
    if (g.preposition(noun).equals("without")) {
      return true;
    }
    for (int c : g.children(noun)) {
      String w = g.token(c).word().toLowerCase(Locale.ROOT);
      if (g.baseRelation(c).equals("det") && (w.equals("no") || w.equals("any") && negatedPredicate(g, noun))) {
        return true;
      }
    }
    return false;
  }

  private static boolean negatedPredicate(ParseGraph g, int noun) {
    int head = g.head(noun);
    return head >= 0 && g.children(head).stream().anyMatch(c -> g.baseRelation(c).equals("advmod")
        && Set.of("not", "never", "n't").contains(g.token(c).word().toLowerCase(Locale.ROOT)));
  }

  private static final Factuality[] ORDER = {Factuality.ASSERTED, Factuality.REPORTED, Factuality.ALLEGED,
      Factuality.DENIED, Factuality.HYPOTHETICAL, Factuality.NEGATED};

  static boolean stronger(Factuality a, Factuality b) {
    return rank(a) > rank(b);
  }

  private static int rank(Factuality f) {
    for (int i = 0; i < ORDER.length; i++) {
      if (ORDER[i] == f) {
        return i;
      }
    }
    return 0;
  }
}
