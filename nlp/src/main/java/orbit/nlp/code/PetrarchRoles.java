package orbit.nlp.code;

import java.util.List;
import orbit.nlp.resolve.ActorResolver.Resolution;

/**
 * Roles for a user's PETRARCH dictionary, read as PETRARCH reads them: reciprocity only where the pattern
 * says so ({@code %}), the target as the first actor after the verb, an agentless passive's source in its
 * obliques; the dictionary's codes stand as they are.
 */
final class PetrarchRoles implements RoleStrategy {
  static final PetrarchRoles INSTANCE = new PetrarchRoles();

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
    return EventRoles.following(g, who, verb, sources, sourceSpan);
  }

  @Override
  public EventRoles.Passive agentlessPassive(ParseGraph g, Participants who, int verb) {
    return EventRoles.passive(g, who, verb);
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
}
