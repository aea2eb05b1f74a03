package orbit.nlp.petrarch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import orbit.core.OrbitException;
import orbit.core.actors.ActorBase;
import orbit.core.actors.ActorEntry;
import orbit.nlp.code.EventLexicon;
import orbit.nlp.resolve.ActorResolver;
import orbit.nlp.resolve.petrarch.PetrarchDictionary;
import orbit.nlp.resolve.petrarch.PetrarchDictionary.Discards;
import orbit.nlp.resolve.petrarch.PetrarchDictionary.Problem;
import orbit.nlp.resolve.petrarch.VerbDictionary;

/**
 * A user's PETRARCH dictionaries (verbs, actors, agents, discards) turned into Orbit's coder's own
 * knowledge: the verbs and discards into a {@link EventLexicon}, the actors and agents into an
 * {@link ActorResolver}; in place of Orbit's own ({@link Mode#REPLACE}) or on top of them
 * ({@link Mode#MERGE}). Every dictionary line that could not be read is kept in {@code problems}.
 */
public record Dictionaries(EventLexicon lexicon, ActorResolver actors, List<Problem> problems) {
  public enum Mode { REPLACE, MERGE }

  /** The dictionary files to read; any list may be empty. */
  public record Sources(List<Path> verbs, List<Path> actors, List<Path> agents, List<Path> discards) {
    public boolean isEmpty() {
      return verbs.isEmpty() && actors.isEmpty() && agents.isEmpty() && discards.isEmpty();
    }
  }

  /**
   * The dictionaries of a directory, by file name: {@code *verbs*} or {@code CAMEO*} verbs,
   * {@code *actors*}, {@code *agents*}, {@code *discards*} (all {@code .txt}).
   */
  public static Sources find(Path dir) {
    List<Path> verbs = new ArrayList<>();
    List<Path> actors = new ArrayList<>();
    List<Path> agents = new ArrayList<>();
    List<Path> discards = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".txt")) {
          continue;
        }
        if (name.contains("verbs") || name.startsWith("cameo")) {
          verbs.add(f);
        } else if (name.contains("actors")) {
          actors.add(f);
        } else if (name.contains("agents")) {
          agents.add(f);
        } else if (name.contains("discards")) {
          discards.add(f);
        }
      }
    } catch (IOException e) {
      throw new OrbitException("cannot list PETRARCH dictionaries in " + dir + ": " + e.getMessage(), e);
    }
    Sources found = new Sources(verbs, actors, agents, discards);
    if (found.isEmpty()) {
      throw new OrbitException("no PETRARCH dictionaries (*verbs*.txt, CAMEO*.txt, *actors*.txt, *agents*.txt, "
          + "*discards*.txt) in " + dir);
    }
    return found;
  }

  public static Dictionaries load(Sources sources, Mode mode) {
    List<Problem> problems = new ArrayList<>();
    EventLexicon lexicon = null;
    for (Path f : sources.verbs()) {
      VerbDictionary d = VerbDictionary.read(f);
      problems.addAll(d.problems());
      EventLexicon one = EventLexicon.of(d, Discards.NONE);
      lexicon = lexicon == null ? one : lexicon.merge(one);
    }
    List<List<String>> sentence = new ArrayList<>();
    List<List<String>> story = new ArrayList<>();
    for (Path f : sources.discards()) {
      Discards d = PetrarchDictionary.discards(f);
      sentence.addAll(d.sentence());
      story.addAll(d.story());
    }
    EventLexicon discards = EventLexicon.of(new VerbDictionary(List.of(), List.of()), new Discards(sentence, story));
    lexicon = lexicon == null ? discards : lexicon.merge(discards);
    if (mode == Mode.MERGE) {
      lexicon = EventLexicon.standard().merge(lexicon);
    }
    List<ActorEntry> entries = new ArrayList<>();
    for (Path f : sources.actors()) {
      PetrarchDictionary.Result r = PetrarchDictionary.actors(f);
      entries.addAll(r.entries());
      problems.addAll(r.problems());
    }
    for (Path f : sources.agents()) {
      PetrarchDictionary.Result r = PetrarchDictionary.agents(f);
      entries.addAll(r.entries());
      problems.addAll(r.problems());
    }
    ActorBase.Builder base = ActorBase.builder().entries(entries);
    ActorResolver actors = entries.isEmpty() && mode == Mode.MERGE ? ActorResolver.standard()
        : new ActorResolver((mode == Mode.REPLACE ? base.withoutOrbitEntries() : base).build());
    return new Dictionaries(lexicon, actors, List.copyOf(problems));
  }
}
