package orbit.nlp.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import orbit.nlp.resolve.ActorResolver.Resolution;

/**
 * Roles for a user's PETRARCH dictionary, read as PETRARCH reads them: reciprocity only where the pattern
 * says so ({@code %}), the target as the first actor after the verb, an agentless passive's source in its
 * obliques; the dictionary's codes stand as they are.
 */
final class PetrarchRoles implements RoleStrategy {
  static final PetrarchRoles INSTANCE = new PetrarchRoles();
  /** The role of a dictionary pattern's target found as the first actor after the verb. */
  private static final String FOLLOWING = "following";
  private static final Set<String> PHRASE_INNER = Set.of(Ud.COMPOUND, Ud.FLAT, Ud.AMOD, Ud.NMOD_POSS, Ud.DET, Ud.NUMMOD);
  /**
   * Clauses a following target is not looked for in (a complement clause is: "believes Dagolath can
   * cope"); nor past a conjunct, whose actors come with its first conjunct's.
   */
  private static final Set<String> TARGET_BARRIERS = Set.of(Ud.ADVCL, Ud.PARATAXIS, Ud.CSUBJ, Ud.XCOMP, Ud.ACL_RELCL,
      Ud.CONJ);

  private PetrarchRoles() {}

  @Override
  public boolean mutual(LexiconEntry entry) {
    return entry.reciprocal();
  }

  @Override
  public boolean mutualBeforeTargets() {
    return true;
  }

  @Override
  public EventRoles.Target unnamedTarget(ParseGraph g, Participants who, int verb, List<Resolution> sources,
                                         Phrase sourceSpan) {
    return following(g, who, verb, sources, sourceSpan);
  }

  @Override
  public EventRoles.Passive agentlessPassive(ParseGraph g, Participants who, int verb) {
    return passive(g, who, verb);
  }

  @Override
  public boolean infersTargets() {
    return false;
  }

  @Override
  public boolean sceneAgents() {
    return false;
  }

  @Override
  public boolean recodesStatements() {
    return false;
  }

  @Override
  public boolean byForm() {
    return true;
  }

  /**
   * A passive without its agent, as PETRARCH reads it: the subject is the target, the first actor
   * after the verb in one of its obliques the source ("The Philippines was criticized over its
   * dispute with Eriador": Eriador criticized the Philippines). Null when the verb is no such passive.
   */
  private static EventRoles.Passive passive(ParseGraph g, Participants who, int verb) {
    int subject = who.exactChild(verb, Ud.NSUBJ_PASS);
    List<Resolution> targets = subject < 0 || !g.modifiersWith(verb, "by").isEmpty() ? List.of() : who.actors(subject);
    if (targets.isEmpty()) {
      return null;
    }
    EventRoles.Target source = following(g, who, verb, targets, who.span(subject));
    return source.head() < 0 || !underOblique(g, verb, source.head()) ? null
        : new EventRoles.Passive(source.head(), source.actors(), subject, targets);
  }

  /** Whether {@code node} lies in an oblique of the verb ("in Osgiliath", "over its dispute with Eriador"). */
  private static boolean underOblique(ParseGraph g, int verb, int node) {
    for (int i = node, steps = 0; i >= 0 && steps < g.size(); i = g.head(i), steps++) {
      if (g.head(i) == verb) {
        return g.baseRelation(i).equals(Ud.OBL);
      }
    }
    return false;
  }

  /**
   * A dictionary pattern's target where no role names one, as PETRARCH finds it: the first actor
   * after the verb among the words it governs, outside clauses of their own ("welcomed their
   * resumption of ties with Osgiliath", "renewing his license in Michel Delving"), or the subject of
   * its complement clause ("believes Dagolath can cope").
   */
  private static EventRoles.Target following(ParseGraph g, Participants who, int verb, List<Resolution> sources, Phrase sourceSpan) {
    for (int t = verb + 1; t < g.size(); t++) {
      String pos = g.token(t).pos();
      if (!(pos.startsWith("NN") || pos.startsWith("PRP")) || t >= sourceSpan.first() && t <= sourceSpan.last()
          || !g.dominates(verb, t) || g.inClause(verb, t, TARGET_BARRIERS)) {
        continue;
      }
      int head = t;
      while (g.head(head) > verb && PHRASE_INNER.contains(g.relation(head))) {
        head = g.head(head);
      }
      List<Resolution> found = new ArrayList<>(who.actors(head));
      found.removeIf(a -> sources.stream().anyMatch(s -> s.code().equals(a.code())));
      if (!found.isEmpty()) {
        return new EventRoles.Target(head, FOLLOWING, found);
      }
    }
    return EventRoles.Target.NONE;
  }
}
