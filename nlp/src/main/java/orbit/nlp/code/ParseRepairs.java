package orbit.nlp.code;

import java.util.List;
import java.util.Locale;

/**
 * Repairs of parse slips the coder meets often, applied once when a {@link ParseGraph} is built: first those that
 * move tokens, then relabellings. Each says in its comment which reading of the parser it undoes.
 */
final class ParseRepairs {
  private ParseRepairs() {}

  static void repair(ParseGraph g) {
    for (int i = 0; i < g.size(); i++) {
      openingParticiple(g, i);
      onToClause(g, i);
      reducedRelative(g, i);
      gerundAsAdjective(g, i);
      timeAsSubject(g, i);
      nounComplement(g, i);
      finiteConjunct(g, i);
    }
    for (int i = 0; i < g.size(); i++) {
      secondaryPredicate(g, i, g.children(i));
      oneSubject(g, i, g.children(i));
      strandedSubject(g, i);
    }
  }

  /**
   * "…, in a campaign of ethnic cleansing, Human Rights Watch said on Thursday": the parser may hang the name after
   * the comma on the noun before it (appos, conj) and leave the finite verb right after the name with no subject.
   * The name is that verb's subject.
   */
  private static void strandedSubject(ParseGraph g, int verb) {
    int noun = verb - 1;
    if (noun < 1 || !Discourse.FINITE.contains(g.token(verb).pos()) || !g.token(noun).isNoun()
        || g.children(verb).stream().anyMatch(c -> g.relation(c).startsWith(Ud.NSUBJ))) {
      return;
    }
    String rel = g.baseRelation(noun);
    Phrase name = g.phrase(noun);
    if ((rel.equals(Ud.APPOS) || rel.equals(Ud.CONJ)) && !g.dominates(noun, verb) && name.first() > 0
        && g.token(name.first() - 1).word().equals(",")) {
      g.move(noun, verb, Ud.NSUBJ);
    }
  }

  /**
   * A participle opening the sentence is no subject, though the parser may make it one: in "Acting on information
   * from Malaysian police, Singapore officers raided …" the noun right before the verb, after the comma, is.
   */
  private static void openingParticiple(ParseGraph g, int verb) {
    for (int c : List.copyOf(g.children(verb))) {
      int noun = verb - 1;
      if (c == 0 && g.relation(c).startsWith(Ud.NSUBJ) && "VBG".equals(g.token(c).pos()) && noun > c
          && g.token(noun).isNoun() && g.relation(noun).equals(Ud.APPOS) && g.dominates(c, noun) && comma(g, c, noun)) {
        g.relabel(c, Ud.ADVCL);
        g.move(noun, verb, Ud.NSUBJ);
      }
    }
  }

  /**
   * "called on Hezbollah to hand over its weapons", "asked Colombia on Wednesday to share intelligence": the parser
   * reads "on X to V" as a clause with "on" as its marker and X its subject, as if "for X to V". The phrase is an
   * oblique of the verb ("on Hezbollah", "on Wednesday") and V its open complement.
   */
  private static void onToClause(ParseGraph g, int clause) {
    if (!g.relation(clause).equals(Ud.ADVCL) || g.head(clause) < 0) {
      return;
    }
    int on = -1;
    int subject = -1;
    for (int c : g.children(clause)) {
      on = g.relation(c).equals(Ud.MARK) && g.token(c).word().equalsIgnoreCase("on") ? c : on;
      subject = g.relation(c).startsWith(Ud.NSUBJ) ? c : subject;
    }
    if (on < 0 || !g.isInfinitive(clause) || subject < 0 || !(on < subject && subject < clause)) {
      return;
    }
    g.move(on, subject, Ud.CASE);
    g.move(subject, g.head(clause), Ud.OBL);
    g.relabel(clause, Ud.XCOMP);
  }

  /**
   * "freed ten Americans held in its prisons": the parser may read the object and the participle after it as a clause
   * ("Americans held", dep of "freed"). With no object of its own, the verb's object is that noun and the participle
   * modifies it.
   */
  private static void reducedRelative(ParseGraph g, int participle) {
    int verb = g.head(participle);
    if (verb < 0 || !"VBN".equals(g.token(participle).pos()) || !g.relation(participle).equals(Ud.DEP)
        || !g.token(verb).isVerb() || g.child(verb, Ud.OBJ) >= 0) {
      return;
    }
    int noun = g.child(participle, Ud.NSUBJ);
    boolean clause = g.children(participle).stream().anyMatch(c -> g.baseRelation(c).equals(Ud.AUX)
        || g.relation(c).equals(Ud.MARK) || g.baseRelation(c).equals(Ud.AUX_PASS));
    if (noun < 0 || clause || !g.token(noun).isNoun() || !(verb < noun && noun < participle)) {
      return;
    }
    g.move(noun, verb, Ud.OBJ);
    g.move(participle, noun, Ud.ACL);
  }

  /**
   * "responded by firing waves of missiles at Israeli cities": after a preposition that may take a clause (words.tsv
   * subordinator) the parser may read the gerund as an adjective of the noun after it. The gerund heads the
   * adverbial clause, the noun is its object, and the noun's obliques other than "of" are the gerund's.
   */
  private static void gerundAsAdjective(ParseGraph g, int gerund) {
    int noun = g.head(gerund);
    int marker = gerund - 1;
    if (noun <= gerund || marker < 0 || !"VBG".equals(g.token(gerund).pos()) || !g.relation(gerund).equals(Ud.AMOD)
        || g.head(marker) != noun || !g.relation(marker).equals(Ud.CASE) || g.head(noun) < 0
        || !Words.STANDARD.is(Words.Kind.SUBORDINATOR, g.token(marker).word().toLowerCase(Locale.ROOT))) {
      return;
    }
    g.move(gerund, g.head(noun), Ud.ADVCL);
    g.move(marker, gerund, Ud.MARK);
    g.move(noun, gerund, Ud.OBJ);
    for (int c : List.copyOf(g.children(noun))) {
      if (c > noun && g.baseRelation(c).equals(Ud.NMOD) && !g.preposition(c).equals("of")) {
        g.move(c, gerund, Ud.OBL);
      }
    }
  }

  /**
   * "A day after Spain, Ireland and Norway recognised Palestine, …": the parser may make the time the verb's subject
   * and the names its modifier ("day after Spain"). The names are the subject, the preposition (words.tsv
   * subordinator) marks the clause, and the time measures it.
   */
  private static void timeAsSubject(ParseGraph g, int verb) {
    int time = g.child(verb, Ud.NSUBJ);
    if (time < 0 || time > verb || !g.isTime(time) || !g.token(verb).isVerb()) {
      return;
    }
    for (int noun : List.copyOf(g.children(time))) {
      int marker = g.child(noun, Ud.CASE);
      if (g.baseRelation(noun).equals(Ud.NMOD) && noun < verb && marker >= 0
          && Words.STANDARD.is(Words.Kind.SUBORDINATOR, g.token(marker).word().toLowerCase(Locale.ROOT))) {
        g.move(noun, verb, Ud.NSUBJ);
        g.move(marker, verb, Ud.MARK);
        g.move(time, verb, Ud.OBL_NPMOD);
        if (g.relation(verb).equals(Ud.CCOMP)) {
          g.relabel(verb, Ud.ADVCL);
        }
        return;
      }
    }
  }

  /**
   * "rejected calls to resign", "withdrew its bid to host the summit": the parser may hang the infinitive on the
   * verb, as if a purpose. After a noun whose infinitive is its content (words.tsv content-noun) it is the noun's.
   */
  private static void nounComplement(ParseGraph g, int clause) {
    int verb = g.head(clause);
    int noun = verb < 0 ? -1 : g.child(verb, Ud.OBJ);
    if (noun >= 0 && noun < clause && g.baseRelation(clause).equals(Ud.XCOMP) && g.token(noun).isNoun()
        && Words.STANDARD.is(Words.Kind.CONTENT_NOUN, g.lemma(noun))) {
      g.move(clause, noun, Ud.ACL);
    }
  }

  /**
   * "Tolstoy said that Kazakhstan could become Russia's next problem and accused Kazakhstan of …": a past or present
   * tense verb cannot be a conjunct of a base form under a modal, though the parser may make it one. It is a conjunct
   * of the verb that governs that clause, and shares its subject.
   */
  private static void finiteConjunct(ParseGraph g, int verb) {
    int base = g.head(verb);
    String tag = g.token(verb).pos();
    if (base < 0 || !g.baseRelation(verb).equals(Ud.CONJ) || !(tag.equals("VBD") || tag.equals("VBZ"))
        || !g.token(base).pos().equals("VB") || !g.relation(base).equals(Ud.CCOMP) || g.head(base) < 0
        || g.childrenWith(base, Ud.AUX).stream().noneMatch(a -> g.token(a).pos().equals("MD"))) {
      return;
    }
    g.move(verb, g.head(base), Ud.CONJ);
  }

  private static boolean comma(ParseGraph g, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (g.token(i).word().equals(",")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Of two direct objects, the later is a secondary predicate, as UD labels it (xcomp): "called the exercise a
   * provocation"; the parser gives both obj at times, or the second obl:npmod. A time ("met them last week") is no
   * predicate. After a verb of giving (words.tsv giving) the first is the recipient, iobj: "handed Serbia's border
   * police 18 vehicles".
   */
  private static void secondaryPredicate(ParseGraph g, int verb, List<Integer> kids) {
    int object = -1;
    for (int c : kids) {
      if (g.relation(c).equals(Ud.OBJ) && object < 0) {
        object = c;
      } else if (object >= 0 && c > object && g.relation(c).equals(Ud.OBJ)
          && Words.STANDARD.is(Words.Kind.GIVING, g.lemma(verb))) {
        g.relabel(object, Ud.IOBJ);
      } else if (object >= 0 && c > object && (g.relation(c).equals(Ud.OBJ)
          || g.relation(c).equals(Ud.OBL_NPMOD) && g.token(c).isNoun() && !g.isTime(c))) {
        g.relabel(c, Ud.XCOMP);
      }
    }
  }

  /**
   * A clause has one subject: of two the parser gives a verb, a comma apart, the farther is a clause it misattached
   * ("X held exercises near the river on Tuesday, Moldova's bureau said": the bureau said).
   */
  private static void oneSubject(ParseGraph g, int verb, List<Integer> kids) {
    int nearest = -1;
    for (int c : kids) {
      if (g.relation(c).startsWith(Ud.NSUBJ) && (nearest < 0 || Math.abs(c - verb) < Math.abs(nearest - verb))) {
        nearest = c;
      }
    }
    for (int c : kids) {
      if (c != nearest && g.relation(c).startsWith(Ud.NSUBJ) && comma(g, Math.min(c, nearest), Math.max(c, nearest))) {
        g.relabel(c, Ud.DEP);
      }
    }
  }
}
