package orbit.nlp.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the lexicon matches of a parsed sentence: verbs first, then event nouns they do not consume. */
final class TriggerFinder {
  /** The constraint value for a person: a pronoun of words.tsv 'person' or a name tagged as a person's. */
  private static final String PERSON = "@person";
  private static final String HUMAN = "@human";

  private final EventLexicon lexicon;

  TriggerFinder(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Trigger> find(ParseGraph g) {
    List<Trigger> found = new ArrayList<>();
    boolean[] verbTrigger = new boolean[g.size()];
    for (int i = 0; i < g.size(); i++) {
      if (g.baseRelation(i).equals(Ud.AMOD)) {
        continue;
      }
      String word = g.token(i).word().toLowerCase(java.util.Locale.ROOT);
      for (String lemma : g.verbLemmas(i)) {
        Candidate c = best(g, i, lexicon.verbs(lemma, word));
        if (c != null && !verbTrigger[i]) {
          verbTrigger[i] = true;
          if (!c.pattern().isNull()) {
            found.add(c.trigger(i, -1));
          }
        }
      }
    }
    for (int i = 0; i < g.size(); i++) {
      // a noun modifying another ("riot police", "protest note", "strike notice") names no event, nor does a
      // name ("March", "Operation Sindoor")
      String pos = g.token(i).pos();
      if (!pos.startsWith("NN") || pos.startsWith("NNP") || g.baseRelation(i).equals(Ud.COMPOUND)) {
        continue;
      }
      int head = g.head(i);
      boolean object = isObject(g, i);
      // an event verb's object is its content ("launched an attack", "condemned the attack"), unless it
      // names an agent of its own: "condemned the Israeli strike on Doha" tells the strike too
      if (head >= 0 && verbTrigger[head] && object && !namesOwnAgent(g, i)) {
        continue;
      }
      Candidate c = best(g, i, lexicon.nouns(g.lemma(i)));
      if (c == null) {
        continue;
      }
      boolean carried = false;
      for (String lemma : head >= 0 && object ? g.verbLemmas(head) : List.<String>of()) {
        carried |= lexicon.isLight(lemma) || c.pattern().verbs().contains(lemma);
      }
      found.add(c.trigger(carried ? head : i, i));
    }
    found.sort((a, b) -> Integer.compare(a.token(), b.token()));
    return found;
  }

  /** A pattern whose constraints hold at {@code token}, with the heads its slots mark ({@code $}, {@code +}). */
  private record Candidate(int token, LexiconEntry pattern, Slots.Match slots) {
    Trigger trigger(int predicate, int noun) {
      return new Trigger(token, predicate, noun, pattern, slots.source(), slots.target(), false);
    }
  }

  /** "Israel's strike", "the Israeli strike", "US strikes", "the strike by Israel": a named agent, no pronoun. */
  private static boolean namesOwnAgent(ParseGraph g, int noun) {
    for (int c : g.children(noun)) {
      String rel = g.relation(c);
      String pos = g.token(c).pos();
      boolean name = pos.startsWith("NNP") || pos.equals("JJ") && Character.isUpperCase(g.token(c).word().charAt(0));
      if (name && (rel.equals(Ud.NMOD_POSS) || rel.equals(Ud.AMOD) || rel.equals(Ud.COMPOUND))
          || g.baseRelation(c).equals(Ud.NMOD) && g.preposition(c).equals("by")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isObject(ParseGraph g, int i) {
    String rel = g.relation(i);
    return rel.equals(Ud.OBJ) || rel.equals(Ud.NSUBJ_PASS);
  }

  /** The most specific pattern whose constraints hold at token i; ties go to the earlier lexicon line. */
  private static Candidate best(ParseGraph g, int i, List<LexiconEntry> patterns) {
    Candidate best = null;
    for (LexiconEntry p : patterns) {
      if (best != null && p.specificity() <= best.pattern().specificity() || !matches(g, i, p)) {
        continue;
      }
      Slots.Match slots = p.hasSlots() ? Slots.match(g, i, p) : Slots.NONE;
      if (slots != null) {
        best = new Candidate(i, p, slots);
      }
    }
    return best;
  }

  private static boolean matches(ParseGraph g, int i, LexiconEntry p) {
    if (p.particle() != null && !hasChildLemma(g, i, Ud.COMPOUND_PRT, p.particle())) {
      return false;
    }
    if (!p.subjects().isEmpty()) {
      int subj = g.child(i, Ud.NSUBJ);
      if (subj < 0 || !namesOneOf(g, subj, p.subjects())) {
        return false;
      }
    }
    if (!p.objects().isEmpty()) {
      int obj = objectOf(g, i);
      if (obj < 0 || !namesOneOf(g, obj, p.objects())) {
        return false;
      }
    }
    if (p.oblPreposition() != null && !hasModifier(g, i, p)) {
      return false;
    }
    if (!p.xcomps().isEmpty() && !anyChild(g, i, Ud.XCOMP, p) && !predicateOfObject(g, i, p)) {
      return false;
    }
    if (!p.modifiers().isEmpty()) {
      int modified = p.kind() == LexiconEntry.Kind.VERB ? objectOf(g, i) : i;  // a verb's: its object's ("shot dead 19 people")
      if (modified < 0 || !anyChild(g, modified, Ud.AMOD, p) && !anyChild(g, modified, Ud.COMPOUND, p)) {
        return false;
      }
    }
    if (p.count() > 0) {
      int counted = p.kind() == LexiconEntry.Kind.VERB ? objectOf(g, i) : ofPhrase(g, i);
      if (counted < 0 || count(g, counted) < p.count()) {
        return false;
      }
    }
    if (!p.verbs().isEmpty()) {
      int head = g.head(i);
      if (head < 0 || !isObject(g, i)) {
        return false;
      }
      for (String lemma : g.verbLemmas(head)) {
        if (p.verbs().contains(lemma)) {
          return true;
        }
      }
      return false;
    }
    return true;
  }

  /**
   * The noun or a title before it is one of the lemmas: "Russian Ambassador Mikhail Yevdokimov" names an
   * ambassador; a quantity names what it counts: "hundreds of troops" names troops, "13 of its MiGs" MiGs.
   */
  private static boolean namesOneOf(ParseGraph g, int noun, java.util.Set<String> lemmas) {
    if (isOneOf(g, noun, lemmas) || lemmas.contains(PERSON) && "PERSON".equals(g.token(noun).ner())
        || lemmas.contains(HUMAN) && isPeopleNamed(g, noun)) {
      return true;
    }
    if (Participants.counts(g, noun)) {
      for (int counted : g.modifiersWith(noun, "of")) {
        if (namesOneOf(g, counted, lemmas)) {
          return true;
        }
      }
    }
    for (int c : g.childrenWith(noun, Ud.COMPOUND)) {
      if (isOneOf(g, c, lemmas)) {
        return true;
      }
    }
    // "armoured personnel carriers and ammunition": a conjunct names it too
    for (int c : g.childrenWith(noun, Ud.CONJ)) {
      if (g.token(c).isNoun() && namesOneOf(g, c, lemmas)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token i's lemma, or the hyphenated word it is part of ("cease-fire"), is one of {@code words}. */
  private static boolean isOneOf(ParseGraph g, int i, Set<String> words) {
    return words.contains(g.lemma(i)) || words.contains(g.hyphenated(i));
  }

  /**
   * A plural proper noun that is no part of a longer name: a demonym for people ("released eight Russians",
   * "three Georgians"), not "the Rapid Support Forces" or "the United States".
   */
  private static boolean isPeopleNamed(ParseGraph g, int noun) {
    return g.token(noun).pos().equals("NNPS") && g.childrenWith(noun, Ud.COMPOUND).isEmpty()
        && g.childrenWith(noun, Ud.FLAT).isEmpty();
  }

  private static int ofPhrase(ParseGraph g, int noun) {
    List<Integer> of = g.modifiersWith(noun, "of");
    return of.isEmpty() ? -1 : of.get(0);
  }

  /**
   * How many a phrase counts at least: its number ("at least 131 civilians", "6,402"), a word of words.tsv's
   * class {@code many} ("hundreds", "thousands of men": a hundred), of its conjuncts together; 0 when it says none.
   */
  static int count(ParseGraph g, int head) {
    int total = 0;
    for (int node : g.withConjuncts(head)) {
      int n = Words.STANDARD.is(Words.Kind.MANY, g.lemma(node)) ? 100 : 0;
      for (int c : g.childrenWith(node, Ud.NUMMOD)) {
        n = Math.max(n, number(g.token(c).word()));
        n = Words.STANDARD.is(Words.Kind.MANY, g.lemma(c)) ? Math.max(n, 100) : n;
      }
      total += n;
    }
    return total;
  }

  private static int number(String word) {
    String digits = word.replace(",", "");
    return !digits.isEmpty() && digits.length() < 10 && digits.chars().allMatch(Character::isDigit)
        ? Integer.parseInt(digits) : 0;
  }

  private static int objectOf(ParseGraph g, int verb) {
    for (int c : g.children(verb)) {
      String rel = g.relation(c);
      if (rel.equals(Ud.OBJ) || rel.equals(Ud.NSUBJ_PASS)) {
        return c;
      }
    }
    return -1;
  }

  private static boolean hasModifier(ParseGraph g, int i, LexiconEntry p) {
    for (int m : g.modifiersWith(i, p.oblPreposition())) {
      if (p.oblHeads().isEmpty() || namesOneOf(g, m, p.oblHeads())) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyChild(ParseGraph g, int i, String rel, LexiconEntry p) {
    for (int c : g.childrenWith(i, rel)) {
      Set<String> wanted = rel.equals(Ud.XCOMP) ? p.xcomps() : p.modifiers();
      if (wanted.contains("*") || isOneOf(g, c, wanted)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A secondary predicate the parser left as a dep of the object it follows: "called [the raid] [a provocation]
   * aimed at …".
   */
  private static boolean predicateOfObject(ParseGraph g, int verb, LexiconEntry p) {
    int obj = objectOf(g, verb);
    for (int c : obj < 0 ? List.<Integer>of() : g.childrenWith(obj, Ud.DEP)) {
      if (c > obj && p.xcomps().contains(g.lemma(c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasChildLemma(ParseGraph g, int i, String rel, String lemma) {
    for (int c : g.childrenWith(i, rel)) {
      if (g.lemma(c).equals(lemma) || g.token(c).word().equalsIgnoreCase(lemma)) {
        return true;
      }
    }
    return false;
  }
}
