package orbit.nlp.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import orbit.core.doc.Dependency;
import orbit.core.doc.Sentence;
import orbit.core.doc.Token;
import orbit.core.doc.Timex;

/**
 * A sentence's basic UD tree indexed for the coder: each token's head and relation, its children,
 * and the preposition ("case") that introduces it. Built once per parsed sentence.
 */
final class ParseGraph {
  private final List<Token> tokens;
  private final List<Timex> timexes;
  private final int[] head;
  private final String[] relation;
  private final List<List<Integer>> children;

  ParseGraph(Sentence sentence) {
    this.tokens = sentence.tokens();
    this.timexes = sentence.timexes();
    int n = tokens.size();
    head = new int[n];
    relation = new String[n];
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      head[i] = Dependency.ROOT;
      relation[i] = Ud.DEP;
      children.add(new ArrayList<>(2));
    }
    for (Dependency d : sentence.dependencies()) {
      head[d.dependent()] = d.governor();
      relation[d.dependent()] = d.relation();
      if (d.governor() >= 0) {
        children.get(d.governor()).add(d.dependent());
      }
    }
    ParseRepairs.repair(this);
  }

  /** Moves a token under another head with a new relation: a repair of a parse slip ({@link ParseRepairs}). */
  void move(int node, int newHead, String newRelation) {
    children.get(head[node]).remove(Integer.valueOf(node));
    head[node] = newHead;
    relation[node] = newRelation;
    children.get(newHead).add(node);
  }

  /** Gives a token a new relation to its head: a repair of a parse slip ({@link ParseRepairs}). */
  void relabel(int node, String newRelation) {
    relation[node] = newRelation;
  }

  /** Whether token i is part of a time expression ("this month", "Tuesday"). */
  boolean isTime(int i) {
    return timexes.stream().anyMatch(t -> t.first() <= i && i <= t.last());
  }

  List<Token> tokens() {
    return tokens;
  }

  Token token(int i) {
    return tokens.get(i);
  }

  int size() {
    return tokens.size();
  }

  int head(int i) {
    return head[i];
  }

  String relation(int i) {
    return relation[i];
  }

  /** The relation without its subtype: "nsubj:pass" → "nsubj". */
  String baseRelation(int i) {
    String r = relation[i];
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  String lemma(int i) {
    return tokens.get(i).lemma().toLowerCase(Locale.ROOT);
  }

  /**
   * The hyphenated word token i is part of, lower case, as the lexicon and word classes write it ("cease-fire",
   * "f-16s", "six-day"; the tokenizer splits it at each hyphen); "" when i is part of none.
   */
  String hyphenated(int i) {
    int first = i;
    int last = i;
    while (first >= 2 && isHyphen(first - 1) && joined(first - 2, first - 1) && joined(first - 1, first)) {
      first -= 2;
    }
    while (last + 2 < tokens.size() && isHyphen(last + 1) && joined(last, last + 1) && joined(last + 1, last + 2)) {
      last += 2;
    }
    if (first == last) {
      return "";
    }
    StringBuilder word = new StringBuilder();
    for (int k = first; k <= last; k++) {
      word.append(tokens.get(k).word());
    }
    return word.toString().toLowerCase(Locale.ROOT);
  }

  private boolean isHyphen(int i) {
    return tokens.get(i).word().equals("-");
  }

  private boolean joined(int a, int b) {
    return tokens.get(a).end() == tokens.get(b).begin();
  }

  /**
   * The lemmas under which token i may be looked up as a verb: its lemma when tagged a verb; for
   * a past form the tagger took for an adjective but that governs an object ("has voiced/JJ
   * concern"), the stems it may come from. Empty when i is no verb.
   */
  List<String> verbLemmas(int i) {
    Token t = tokens.get(i);
    if (t.isVerb()) {
      return List.of(lemma(i));
    }
    String w = t.word().toLowerCase(Locale.ROOT);
    if (!t.pos().equals("JJ") || !w.endsWith("ed") || child(i, Ud.OBJ) < 0) {
      return List.of();
    }
    String stem = w.substring(0, w.length() - 2);
    return w.endsWith("ied") ? List.of(w.substring(0, w.length() - 3) + "y")
        : List.of(w.substring(0, w.length() - 1), stem);
  }

  /** The first child with this relation (subtypes included: "obl" matches "obl:tmod"), or -1. */
  int child(int i, String rel) {
    for (int c : children.get(i)) {
      if (relation[c].equals(rel) || relation[c].startsWith(rel + ":")) {
        return c;
      }
    }
    return -1;
  }

  List<Integer> childrenWith(int i, String rel) {
    List<Integer> found = new ArrayList<>(2);
    for (int c : children.get(i)) {
      if (relation[c].equals(rel) || relation[c].startsWith(rel + ":")) {
        found.add(c);
      }
    }
    return found;
  }

  boolean hasChild(int i, String rel) {
    return child(i, rel) >= 0;
  }

  /** The preposition that introduces token i ("by" in "visit by X"), lower case, or "" when none. */
  String preposition(int i) {
    StringBuilder words = new StringBuilder();
    for (int c : children.get(i)) {
      if (relation[c].equals(Ud.CASE) && c < i) {
        if (words.length() > 0) {
          words.append(' ');
        }
        words.append(tokens.get(c).word().toLowerCase(Locale.ROOT));
      }
    }
    return words.toString();
  }

  /** Obliques of a verb or nmods of a noun introduced by {@code prep} ("against", "with"). */
  List<Integer> modifiersWith(int i, String prep) {
    List<Integer> found = new ArrayList<>(1);
    for (int c : children.get(i)) {
      String base = baseRelation(c);
      if ((base.equals(Ud.OBL) || base.equals(Ud.NMOD)) && matchesPreposition(preposition(c), prep)) {
        found.add(c);
      }
    }
    return found;
  }

  private static boolean matchesPreposition(String actual, String wanted) {
    return actual.equals(wanted) || actual.endsWith(" " + wanted);
  }

  /**
   * Token i and its conjuncts ("Uzbekistan and Kyrgyzstan" → both heads); in a list the parser
   * read partly as appositions ("Mordor, the Shire, Arnor and Bree"), the appositions too.
   */
  List<Integer> withConjuncts(int i) {
    List<Integer> all = new ArrayList<>(2);
    all.add(i);
    for (int k = 0; k < all.size(); k++) {
      int node = all.get(k);
      boolean list = hasChild(node, Ud.CONJ);
      for (int c : children.get(node)) {
        boolean listed = relation[c].equals(Ud.APPOS) && (list || hasChild(c, Ud.CONJ));
        if ((relation[c].equals(Ud.CONJ) || listed) && !all.contains(c)) {
          all.add(c);
        }
      }
    }
    return all;
  }

  /** Clauses with their own predicate and arguments, which a verb's pattern words do not reach into. */
  private static final java.util.Set<String> OWN_CLAUSES = java.util.Set.of(Ud.CCOMP, Ud.ADVCL, Ud.PARATAXIS, Ud.CSUBJ,
      Ud.ACL_RELCL, "mark:to");

  /** Whether {@code node}, below {@code verb}, lies in a clause of its own (a complement, adverbial or relative clause). */
  boolean inOwnClause(int verb, int node) {
    return inClause(verb, node, OWN_CLAUSES);
  }

  /**
   * Whether the path from {@code node} up to {@code verb} passes a relation of {@code clauses} or
   * a conjoined verb (a clause of its own, with its own arguments); an infinitive ("signed an
   * accord to supply Gondor") counts only where {@code clauses} names "mark:to".
   */
  boolean inClause(int verb, int node, java.util.Set<String> clauses) {
    for (int i = node, steps = 0; i != verb && i >= 0 && steps < tokens.size(); i = head[i], steps++) {
      boolean clause = clauses.contains(relation[i]) || clauses.contains(baseRelation(i))
          || relation[i].equals(Ud.CONJ) && tokens.get(i).isVerb();
      if (clause && (clauses.contains("mark:to") || !isInfinitive(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether token i is an infinitive: it has the marker "to". */
  boolean isInfinitive(int i) {
    for (int c : children.get(i)) {
      if (relation[c].equals(Ud.MARK) && tokens.get(c).word().equalsIgnoreCase("to")) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code ancestor} dominates {@code node}. */
  boolean dominates(int ancestor, int node) {
    for (int i = head[node], steps = 0; i >= 0 && steps < tokens.size(); i = head[i], steps++) {
      if (i == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The span [first, last] of a noun phrase headed by {@code i}: its subtree without clauses,
   * conjuncts and coordinators hanging off the head itself, so that each conjunct is its own phrase.
   */
  /** Token i and all that depends on it, clauses included. */
  Phrase subtree(int i) {
    int first = i;
    int last = i;
    List<Integer> open = new ArrayList<>(children.get(i));
    while (!open.isEmpty()) {
      int node = open.remove(open.size() - 1);
      first = Math.min(first, node);
      last = Math.max(last, node);
      open.addAll(children.get(node));
    }
    return new Phrase(first, last);
  }

  Phrase phrase(int i) {
    int first = i;
    int last = i;
    List<Integer> open = new ArrayList<>();
    for (int c : children.get(i)) {
      String base = baseRelation(c);
      if (!(base.equals(Ud.CONJ) || base.equals(Ud.CC) || base.equals(Ud.ACL) || base.equals(Ud.PUNCT)
          || base.equals(Ud.CASE) || base.equals(Ud.APPOS) || base.equals(Ud.PARATAXIS)
          || base.equals(Ud.DEP) && !oneName(i, c))) {
        open.add(c);
      }
    }
    while (!open.isEmpty()) {
      int node = open.remove(open.size() - 1);
      first = Math.min(first, node);
      last = Math.max(last, node);
      for (int c : children.get(node)) {
        String base = baseRelation(c);
        if (!base.equals(Ud.ACL) && !base.equals(Ud.PARATAXIS)) {
          open.add(c);
        }
      }
    }
    return new Phrase(first, last);
  }

  /** Whether tokens a … b are one named entity ("Collective Security Treaty Organization", which the parser split by a dep). */
  private boolean oneName(int a, int b) {
    String ner = token(a).ner();
    if (ner == null || ner.equals("O")) {
      return false;
    }
    for (int k = Math.min(a, b); k <= Math.max(a, b); k++) {
      if (!ner.equals(token(k).ner())) {
        return false;
      }
    }
    return true;
  }
}
