package orbit.nlp.code;

import java.util.List;
import orbit.nlp.resolve.ActorResolver.Resolution;

/**
 * How the event of a lexicon entry finds the roles its text leaves to convention. Orbit's lexicon
 * ({@link OrbitRoles}) infers unnamed targets and agents and recodes stated intentions; a user's PETRARCH
 * dictionary ({@link PetrarchRoles}) reads roles as PETRARCH does and keeps its own codes.
 */
interface RoleStrategy {
  /** Whether sources joined by "and" act together, one event between them ("A and B met"). */
  boolean mutual(LexiconEntry entry);

  /** Whether a mutual event pairs its sources each way, whatever target the text names (PETRARCH's {@code %}). */
  boolean mutualBeforeTargets();

  /** The target where no role of the trigger names one; {@link EventRoles.Target#NONE} to leave it unnamed. */
  EventRoles.Target unnamedTarget(ParseGraph g, Participants who, int verb, List<Resolution> sources,
                                  Phrase sourceSpan);

  /** The parts of a passive without its agent where the convention reads one; null where it does not. */
  EventRoles.Passive agentlessPassive(ParseGraph g, Participants who, int verb);

  /** Whether targets the text leaves implicit come from the discourse, the place or the government (roots.tsv). */
  boolean infersTargets();

  /** Whether the scene names the agent of an agentless act (scene.tsv). */
  boolean sceneAgents();

  /** Whether an event an actor states as intended or threatened is recoded as that statement (modality.tsv). */
  boolean recodesStatements();

  /** Whether the entry is looked up by the verb forms its source lists ("LEFT", "SAID"), not by lemma alone. */
  boolean byForm();
}
