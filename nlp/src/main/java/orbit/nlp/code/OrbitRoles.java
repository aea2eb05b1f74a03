package orbit.nlp.code;

import java.util.List;
import orbit.nlp.resolve.ActorResolver.Resolution;

/** Roles for Orbit's own lexicon: mutual roots by roots.tsv, implicit targets and agents inferred. */
final class OrbitRoles implements RoleStrategy {
  static final OrbitRoles INSTANCE = new OrbitRoles();

  private OrbitRoles() {}

  @Override
  public boolean mutual(LexiconEntry entry) {
    return entry.reciprocal() || RootPolicies.STANDARD.of(entry.codedAs()).mutual();
  }

  @Override
  public boolean mutualBeforeTargets() {
    return false;
  }

  @Override
  public EventRoles.Target unnamedTarget(ParseGraph g, Participants who, int verb, List<Resolution> sources,
                                         Phrase sourceSpan) {
    return EventRoles.Target.NONE;
  }

  @Override
  public EventRoles.Passive agentlessPassive(ParseGraph g, Participants who, int verb) {
    return null;
  }

  @Override
  public boolean infersTargets() {
    return true;
  }

  @Override
  public boolean sceneAgents() {
    return true;
  }

  @Override
  public boolean recodesStatements() {
    return true;
  }

  @Override
  public boolean byForm() {
    return false;
  }
}
