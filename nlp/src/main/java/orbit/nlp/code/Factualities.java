package orbit.nlp.code;

import java.util.Locale;
import java.util.Set;
import orbit.core.event.Factuality;

/**
 * Decides how the text presents an event from the cues around its predicate: negation on it
 * ("never issued"), a modal or hedge ("could", "on the verge of"), an adverb ("allegedly"), a
 * governing reporting or alleging verb ("alleges that …"), a question. The strongest reading wins
 * (the rank rows of cues.tsv). Apart from its factuality, an event may be stated by an actor as its
 * intention, threat or decision ("will visit", "warned it would strike", "agreed to exchange"): the
 * modality, from the event's own modal or phrase and the nearest governing verb that states it.
 */
final class Factualities {
  /** Clausal relations through which a governing verb frames an embedded event. */
  private static final Set<String> FRAMING = Set.of(Ud.CCOMP, Ud.XCOMP, Ud.ADVCL, Ud.ACL, Ud.CONJ, Ud.CSUBJ, Ud.PARATAXIS);
  /** Clauses through which an intention or threat verb states its act ("agreed to meet and sign", "warned that"). */
  private static final Set<String> STATING = Set.of(Ud.XCOMP, Ud.CCOMP, Ud.CONJ);
  /** Relations that share a verb's modal with the event ("would continue to support", "will meet and sign"). */
  private static final Set<String> SHARING = Set.of(Ud.XCOMP, Ud.CONJ);

  /**
   * {@code modality} is null when no actor states the event as intended, threatened or decided; {@code frame}
   * is the governing verb that states it ("agreed", "warned"), -1 when the event's own modal does.
   */
  record Reading(Factuality factuality, int attributedTo, Modality.Kind modality, int frame) {
    /** A refusal: "refused to release", or an intention or decision negated ("would not support"). */
    boolean refusal() {
      return modality == Modality.Kind.REFUSED || factuality == Factuality.NEGATED
          && (modality == Modality.Kind.INTENDED || modality == Modality.Kind.DECIDED);
    }
  }

  private final Cues cues;

  Factualities(Cues cues) {
    this.cues = cues;
  }

  /** Whether factuality {@code a} wins over {@code b} (the precedence of cues.tsv). */
  boolean stronger(Factuality a, Factuality b) {
    return cues.stronger(a, b);
  }

  /**
   * The factuality of the event whose predicate is {@code predicate} (and whose trigger noun, if
   * any, is {@code noun}); {@code attributedTo} is the head of the speaker phrase, or -1.
   */
  Reading read(ParseGraph g, int predicate, int noun) {
    Factuality best = Factuality.ASSERTED;
    int speaker = -1;
    if (noun >= 0 && (negatedNoun(g, noun))) {
      return new Reading(Factuality.NEGATED, -1, null, -1);
    }
    if (g.token(g.size() - 1).word().equals("?")) {
      best = Factuality.HYPOTHETICAL;
    }
    Modality.Kind own = null;
    Modality.Kind stated = null;
    int frame = -1;
    int node = predicate;
    boolean ownNode = true;
    boolean shared = true;
    boolean stating = true;
    boolean nounStep = false;
    boolean circumstance = false;
    for (int steps = 0; node >= 0 && steps < 8; steps++) {
      Factuality local = local(g, node, ownNode);
      if (local != null && stronger(local, best)) {
        best = local;
      }
      if (shared && own == null) {
        own = localModality(g, node);
      }
      if (!ownNode) {
        Factuality framing = cues.find(g, node, Cues.Kind.VERB);
        if (framing == null) {
          framing = cues.find(g, node, Cues.Kind.PHRASE);
        }
        if (framing != null && stronger(framing, best) && !(circumstance && framing == Factuality.HYPOTHETICAL)) {
          best = framing;
          speaker = g.child(node, Ud.NSUBJ);
        }
        Modality.Kind verb = stating && frame < 0 ? cues.modality(g, node, Cues.Kind.VERB) : null;
        if (verb != null) {
          stated = verb;
          frame = node;
          if (negated(g, node) && stronger(Factuality.NEGATED, best)) {
            best = Factuality.NEGATED; // "did not plan to visit": the act is not stated, it is denied
          }
        }
        stating &= !nounStep;
      }
      String base = g.baseRelation(node);
      if (!FRAMING.contains(base) && !(base.equals(Ud.NMOD) || base.equals(Ud.OBL))) {
        break;
      }
      circumstance |= isCircumstance(g, node);
      shared &= SHARING.contains(base);
      stating &= STATING.contains(base) || steps == 0 && (base.equals(Ud.OBL) || base.equals(Ud.NMOD))
          && g.token(node).pos().startsWith("NN") && Words.STANDARD.is(Words.Kind.STATED_ACT, g.preposition(node));
      nounStep = steps == 0 && !STATING.contains(base);
      ownNode = base.equals(Ud.CONJ);
      node = g.head(node);
    }
    // a threat, by its verb or by a condition, stays one; else the stating verb says more than a modal
    Modality.Kind modality = own == Modality.Kind.THREATENED || stated == null ? own : stated;
    return new Reading(best, speaker, modality, frame);
  }

  /**
   * The modality a node's own modal or phrase gives ("will", "plans to"); a condition on it ("will halt
   * talks if …") makes it a threat.
   */
  private Modality.Kind localModality(ParseGraph g, int node) {
    Modality.Kind found = null;
    for (int c : g.children(node)) {
      String rel = g.baseRelation(c);
      Modality.Kind m = rel.equals(Ud.AUX) ? cues.modality(g, c, Cues.Kind.MODAL)
          : rel.equals(Ud.MARK) ? cues.modality(g, c, Cues.Kind.PHRASE) : null;
      found = found == null ? m : found;
    }
    if (found != null) {
      for (int clause : g.childrenWith(node, Ud.ADVCL)) {
        for (int mark : g.childrenWith(clause, Ud.MARK)) {
          Modality.Kind condition = cues.modality(g, mark, Cues.Kind.CONDITION);
          found = condition != null ? condition : found;
        }
      }
    }
    return found;
  }

  /**
   * "a day after Spain recognised Palestine, Abbas urged …": a clause that sets when the main one happened is no
   * hypothesis of the main verb's, though a speaker may still report it.
   */
  private static boolean isCircumstance(ParseGraph g, int node) {
    return g.baseRelation(node).equals(Ud.ADVCL) && g.childrenWith(node, Ud.MARK).stream()
        .anyMatch(m -> Words.STANDARD.is(Words.Kind.CIRCUMSTANCE, g.token(m).word().toLowerCase(Locale.ROOT)));
  }

  /** Whether a negation attaches to the node ("did not agree"). */
  private boolean negated(ParseGraph g, int node) {
    for (int c : g.children(node)) {
      String rel = g.baseRelation(c);
      if ((rel.equals(Ud.ADVMOD) || rel.equals(Ud.NEG)) && cues.find(g, c, Cues.Kind.NEGATION) == Factuality.NEGATED) {
        return true;
      }
    }
    return false;
  }

  /** Negations, modals and adverbs attached to a node (conjuncts share only those of their own). */
  private Factuality local(ParseGraph g, int node, boolean own) {
    Factuality best = null;
    for (int c : g.children(node)) {
      String rel = g.baseRelation(c);
      Factuality f = null;
      if (rel.equals(Ud.ADVMOD) || rel.equals(Ud.NEG)) {
        f = cues.find(g, c, Cues.Kind.NEGATION);
        if (f == null) {
          f = cues.find(g, c, Cues.Kind.ADVERB);
        }
      } else if (rel.equals(Ud.AUX)) {
        f = cues.find(g, c, Cues.Kind.MODAL);
      } else if (rel.equals(Ud.CASE) || rel.equals(Ud.MARK)) {
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

  /** "without Russian mediation", "no apology", "did not offer any apology": the negations of cues.tsv. */
  private boolean negatedNoun(ParseGraph g, int noun) {
    if (cues.negates(g.preposition(noun))) {
      return true;
    }
    for (int c : g.children(noun)) {
      String w = g.token(c).word().toLowerCase(Locale.ROOT);
      if (g.baseRelation(c).equals(Ud.DET)
          && (cues.negates(w) || Words.STANDARD.is(Words.Kind.POLARITY, w) && negatedPredicate(g, noun))) {
        return true;
      }
    }
    return false;
  }

  private boolean negatedPredicate(ParseGraph g, int noun) {
    int head = g.head(noun);
    return head >= 0 && g.children(head).stream().anyMatch(c -> g.baseRelation(c).equals(Ud.ADVMOD)
        && cues.negates(g.token(c).word().toLowerCase(Locale.ROOT)));
  }

}
