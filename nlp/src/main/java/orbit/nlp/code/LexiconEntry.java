package orbit.nlp.code;

import java.util.List;
import java.util.Set;
import orbit.nlp.resolve.petrarch.VerbDictionary.Slot;

/**
 * One lexicon entry: a trigger word and the constraints its parse neighbours must meet (see
 * LEXICON-FORMAT.md), or, for a PETRARCH dictionary pattern, the words that must come before and
 * after it ({@link Slots}). Empty sets and null strings mean "no constraint". {@code code} is the
 * event from source to target, {@code reverseCode} the event back (PETRARCH's {@code [a:b]}); both
 * null: the entry matches and codes nothing (PETRARCH's {@code [---]}). {@code roles}: how its event finds
 * the roles the text leaves to convention, by Orbit's lexicon or a user's PETRARCH dictionary ({@link RoleStrategy}).
 *
 * @param count the least number of people the object counts ({@code count=}), 0 for no constraint
 * @param line the lexicon line, for error messages and as a tie-breaker
 */
record LexiconEntry(String code, Kind kind, String lemma, String particle, Set<String> subjects, Set<String> objects,
               String oblPreposition,
               Set<String> oblHeads, Set<String> xcomps, Set<String> modifiers, Set<String> verbs, String target,
               String source, boolean reciprocal, int count, List<Slot> before, List<Slot> after, String reverseCode,
               RoleStrategy roles, int line) {
  enum Kind { VERB, NOUN, LIGHT }

  /** How many constraints the entry has: the most specific matching entry wins. */
  int specificity() {
    int n = 0;
    n += particle == null ? 0 : 1;
    n += subjects.isEmpty() ? 0 : 2;
    n += objects.isEmpty() ? 0 : 2;
    n += oblPreposition == null ? 0 : (oblHeads.isEmpty() ? 1 : 2);
    n += xcomps.isEmpty() ? 0 : 2;
    n += modifiers.isEmpty() ? 0 : 2;
    n += verbs.isEmpty() ? 0 : 2;
    n += reciprocal ? 1 : 0;
    n += count > 0 ? 2 : 0;
    for (Slot s : before) {
      n += 2 * s.words() + 1;
    }
    for (Slot s : after) {
      n += 2 * s.words() + 1;
    }
    return n;
  }

  boolean hasSlots() {
    return !before.isEmpty() || !after.isEmpty();
  }

  /** Whether the entry codes nothing (PETRARCH's null code): a match then only keeps weaker entries out. */
  boolean isNull() {
    return code == null && reverseCode == null;
  }

  /** This entry coding one event of another code: a statement of intent or threat coded by what it states. */
  LexiconEntry withCode(String other) {
    return new LexiconEntry(other, kind, lemma, particle, subjects, objects, oblPreposition, oblHeads, xcomps, modifiers, verbs, target,
        source, reciprocal, count, before, after, null, roles, line);
  }

  /** The code of the event coded (of the event back when only that is coded): the key of its roots.tsv row. */
  String codedAs() {
    return code != null ? code : reverseCode;
  }

  /** The two-digit root of the event coded (of the event back when only that is coded). */
  String root() {
    return codedAs().substring(0, 2);
  }
}
