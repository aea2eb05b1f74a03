package orbit.nlp.code;

import java.util.List;

/**
 * The heads of a predicate's arguments in the parse: its agent (the subject, or "by X" of a passive;
 * shared subjects of conjoined verbs, controlled and participial clauses, relative clauses) and the
 * head at a role ("obj", "obl:against", "obj.nmod:by").
 */
final class Arguments {
  /** The role of an infinitive of purpose ("… to clear protesters"): an adverbial clause marked by "to". */
  private static final String PURPOSE = "purpose";
  /** The role of what a request asks ("demanded that Israel lift its ban"): a complement clause, no participle. */
  private static final String ASKED = "asked";

  private final ParseGraph g;

  Arguments(ParseGraph g) {
    this.g = g;
  }

  boolean isPassive(int verb) {
    return exactChild(verb, Ud.NSUBJ_PASS) >= 0 || exactChild(verb, Ud.AUX_PASS) >= 0;
  }

  /** A past participle modifying a noun ("fishermen detained in Benghazi"): a passive whose subject is that noun. */
  boolean isParticipleModifier(int verb) {
    return g.token(verb).pos().equals("VBN") && g.relation(verb).equals(Ud.ACL);
  }

  /** The head of the verb's agent: its subject, or "by X" of a passive; inherited where the clause has none. */
  int agent(int verb) {
    if (isPassive(verb) || isParticipleModifier(verb)) {
      List<Integer> by = g.modifiersWith(verb, "by");
      return by.isEmpty() ? -1 : by.get(0);
    }
    if (followsMishap(verb)) {
      return -1;
    }
    int s = subject(verb, 0);
    return s >= 0 ? s : trailingParticipleSubject(verb);
  }

  /** An adjunct of a mishap (words.tsv accident): "the plane crashed, killing 38" has no one who killed them. */
  private boolean followsMishap(int verb) {
    int head = g.head(verb);
    String base = g.baseRelation(verb);
    return head >= 0 && (base.equals(Ud.ADVCL) || base.equals(Ud.DEP))
        && Words.STANDARD.is(Words.Kind.ACCIDENT, g.lemma(head));
  }

  /** "of arming", "for helping": a gerund clause that says what the governing verb's object did (words.tsv charge-marker). */
  private boolean isChargeClause(int verb) {
    if (!g.token(verb).pos().equals("VBG")) {
      return false;
    }
    for (int m : g.children(verb)) {
      boolean marker = g.baseRelation(m).equals(Ud.MARK) || g.baseRelation(m).equals(Ud.CASE);
      if (marker && Words.STANDARD.is(Words.Kind.CHARGE_MARKER, g.lemma(m))) {
        return true;
      }
    }
    return false;
  }

  /** Who is accused, thanked or blamed: "accused the UAE (of …)", "Iran was accused (of …)"; -1 when none. */
  private int chargedOne(int verb) {
    int obj = exactChild(verb, Ud.OBJ);
    return obj >= 0 ? obj : exactChild(verb, Ud.NSUBJ_PASS);
  }

  private int subject(int verb, int depth) {
    int s = exactChild(verb, Ud.NSUBJ);
    if (s < 0) {
      s = exactChild(verb, "nsubj:xsubj");
    }
    int head = g.head(verb);
    String rel = g.relation(verb);
    if (s >= 0) {
      return Words.STANDARD.is(Words.Kind.RELATIVE, g.lemma(s)) && rel.startsWith(Ud.ACL) && head >= 0 ? head : s;
    }
    if (head < 0 || depth > 4) {
      return -1;
    }
    String base = g.baseRelation(verb);
    if (base.equals(Ud.XCOMP)) {
      int obj = exactChild(head, Ud.OBJ);
      int raised = exactChild(head, Ud.NSUBJ_PASS); // "Putin is set to visit", "Russia was asked to withdraw"
      // "urged Moscow to withdraw": Moscow withdraws; "fired tear gas to disperse protesters": the firer disperses;
      // "criticised Tokayev's refusal to recognise": the complement is the owned noun's, and so is its subject
      int owner = obj >= 0 ? g.child(obj, Ud.NMOD_POSS) : -1;
      return obj >= 0 && !isPurpose(g, verb) ? obj : owner >= 0 ? owner : raised >= 0 ? raised : subject(head, depth + 1);
    }
    boolean participle = base.equals(Ud.DEP) && g.token(verb).pos().equals("VBG");
    int charged = base.equals(Ud.ADVCL) && isChargeClause(verb) ? chargedOne(head) : -1;
    if (charged >= 0) {
      return charged;
    }
    int reporting = participle || base.equals(Ud.ADVCL) ? reportingBefore(head, verb) : -1;
    if (reporting >= 0) {
      // "…, Ukrainian officials said, calling the abduction a war crime": the sayers call it so
      return subject(reporting, depth + 1);
    }
    if (base.equals(Ud.CONJ) || base.equals(Ud.ADVCL) || participle) {
      // a copular predicate shares its subject too: "Washington was deeply concerned and urged …"
      return g.token(head).isVerb() || g.child(head, Ud.COP) >= 0 ? agentOrSubject(head, depth) : -1;
    }
    if (base.equals(Ud.ACL)) {
      if (rel.equals(Ud.ACL_RELCL)) {
        return head;
      }
      int poss = g.child(head, Ud.NMOD_POSS);
      if (poss >= 0) {
        return poss;
      }
      List<Integer> by = g.modifiersWith(head, "by");
      return by.isEmpty() ? -1 : by.get(0);
    }
    return -1;
  }

  /**
   * An open complement after an object of a verb that does not hand its object the act (words.tsv control): the
   * purpose of the verb's own subject ("fired tear gas to disperse protesters", "met Aliyev to discuss the crash").
   */
  static boolean isPurpose(ParseGraph g, int clause) {
    int head = g.head(clause);
    return head >= 0 && g.baseRelation(clause).equals(Ud.XCOMP) && g.child(head, Ud.OBJ) >= 0
        && !Words.STANDARD.is(Words.Kind.CONTROL, g.lemma(head));
  }

  /** A reporting clause of {@code head} ("…, officials said") before {@code verb}, a participle after a comma; -1. */
  private int reportingBefore(int head, int verb) {
    if (!afterComma(verb)) {
      return -1;
    }
    for (int c : g.childrenWith(head, Ud.PARATAXIS)) {
      if (head < c && c < verb && exactChild(c, Ud.NSUBJ) >= 0) {
        return c;
      }
    }
    return -1;
  }

  private boolean afterComma(int verb) {
    return verb > 0 && g.token(verb - 1).word().equals(",");
  }

  private int agentOrSubject(int verb, int depth) {
    return isPassive(verb) ? agent(verb) : subject(verb, depth + 1);
  }

  /**
   * A sentence-final participle after a comma (", denying any misconduct") whose parse gives it
   * no subject shares the sentence's first subject.
   */
  private int trailingParticipleSubject(int verb) {
    if (!g.token(verb).pos().equals("VBG") || !afterComma(verb)) {
      return -1;
    }
    for (int i = 0; i < verb; i++) {
      if (g.relation(i).equals(Ud.NSUBJ) && !Words.STANDARD.is(Words.Kind.RELATIVE, g.lemma(i))) {
        return i;
      }
    }
    return -1;
  }

  /** The head found at a role ("obj", "obl:against", "obj.nmod:by"), or -1. */
  int role(int predicate, String role) {
    int dot = role.indexOf('.');
    if (dot > 0) {
      int obj = role(predicate, role.substring(0, dot));
      return obj < 0 ? -1 : role(obj, role.substring(dot + 1));
    }
    if (role.equals(Ud.OBJ)) {
      if (isParticipleModifier(predicate)) {
        return g.head(predicate); // "six fishermen detained in Benghazi": the fishermen were detained
      }
      if (!g.token(predicate).isVerb() || !isPassive(predicate)) {
        return exactChild(predicate, Ud.OBJ);
      }
      int subject = exactChild(predicate, Ud.NSUBJ_PASS);
      boolean relative = subject >= 0 && Words.STANDARD.is(Words.Kind.RELATIVE, g.lemma(subject)) && g.relation(predicate).equals(Ud.ACL_RELCL);
      return relative ? g.head(predicate) : subject; // "reporters, who were sentenced": the reporters
    }
    if (role.equals(PURPOSE)) {
      for (int c : g.children(predicate)) {
        if (g.baseRelation(c).equals(Ud.ADVCL) && g.isInfinitive(c)) {
          return c;
        }
      }
      return -1;
    }
    if (role.equals(ASKED)) {
      int clause = g.child(predicate, Ud.CCOMP);
      return clause < 0 || g.token(clause).pos().equals("VBG") ? -1 : clause;
    }
    if (role.equals(Ud.NMOD)) {
      for (int c : g.children(predicate)) {
        if (g.relation(c).equals(Ud.NMOD)) {
          return c;
        }
      }
      return -1;
    }
    int colon = role.indexOf(':');
    if (colon > 0 && (role.startsWith("obl:") || role.startsWith("nmod:")) && !role.equals(Ud.NMOD_POSS)) {
      String prep = role.substring(colon + 1);
      List<Integer> found = g.modifiersWith(predicate, prep);
      return found.isEmpty() ? -1 : found.get(0);
    }
    return g.child(predicate, role);
  }

  int exactChild(int i, String rel) {
    for (int c : g.children(i)) {
      if (g.relation(c).equals(rel)) {
        return c;
      }
    }
    return -1;
  }
}
