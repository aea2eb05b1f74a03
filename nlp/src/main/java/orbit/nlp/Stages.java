package orbit.nlp;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import orbit.core.OrbitException;
import orbit.core.cameo.Codebook;
import orbit.core.doc.Layer;
import orbit.core.doc.Pipeline;
import orbit.core.doc.Stage;
import orbit.nlp.annotate.CoreNlpAnnotator;
import orbit.nlp.annotate.NlpConfig;
import orbit.nlp.code.Cues;
import orbit.nlp.code.EventCoder;
import orbit.nlp.code.EventLexicon;
import orbit.nlp.quotes.QuoteStage;
import orbit.nlp.quotes.ResolverCountries;
import orbit.nlp.resolve.ActorResolver;
import orbit.nlp.ru.RussianCoder;

/**
 * The one registry of Orbit's stages, by name, over one lexicon and one actor knowledge base; pipelines are
 * built only here ({@link #pipeline}), so every command, ingest, Spark and the validation run the same stages:
 * <pre>
 *   corenlp  tokens, tags, lemmas, entities, time expressions; a dependency parse of the sentences the coder can use
 *   tagger   tokens, tags, lemmas and entities only (phrases, quotes)
 *   quotes   quotes and their speakers; countries by the actor knowledge base
 *   code     events (events inside quotes attributed to the speaker)
 *   russian  events, quotes and dates of Russian text (its own tokens, morphology and lexicon)
 * </pre>
 * A factory builds its stage when asked: the CoreNLP models load in seconds, the lexicon only when a stage needs it.
 */
public final class Stages {
  private final Supplier<EventLexicon> lexicon;
  private final ActorResolver actors;
  private final Map<String, Supplier<Stage>> factories = new LinkedHashMap<>();
  private EventCoder coder;

  private Stages(Supplier<EventLexicon> lexicon, ActorResolver actors) {
    this.lexicon = lexicon;
    this.actors = actors;
    factories.put("corenlp", () -> new CoreNlpAnnotator(NlpConfig.standard(), coder().parseWhere()));
    factories.put("tagger", () -> new CoreNlpAnnotator(NlpConfig.tagsOnly(), tokens -> false));
    factories.put("quotes", () -> new QuoteStage(new ResolverCountries(actors)));
    factories.put("code", this::coder);
    factories.put("russian", RussianCoder::standard);
  }

  /** Orbit's lexicon and actor knowledge. */
  public static Stages standard() {
    return new Stages(EventLexicon::standard, ActorResolver.standard());
  }

  /** Another lexicon and actor knowledge (a user's PETRARCH dictionaries). */
  public static Stages with(EventLexicon lexicon, ActorResolver actors) {
    return new Stages(() -> lexicon, actors);
  }

  /** The stages of these names, in this order, checked when built. */
  public Pipeline pipeline(String... names) {
    return pipeline(Set.of(), names);
  }

  /** The stages of these names, run on docs that arrive with the {@code given} layers (a parse given with the text). */
  public Pipeline pipeline(Set<Layer> given, String... names) {
    return Pipeline.after(given, Arrays.stream(names).map(this::stage).toList());
  }

  private Stage stage(String name) {
    Supplier<Stage> factory = factories.get(name);
    if (factory == null) {
      throw new OrbitException("no stage named '" + name + "': the stages are " + List.copyOf(factories.keySet()));
    }
    return factory.get();
  }

  /** The coder, one per registry: the corenlp stage asks it which sentences to parse. */
  private synchronized EventCoder coder() {
    if (coder == null) {
      coder = new EventCoder(lexicon.get(), Cues.standard(), actors, Codebook.standard());
    }
    return coder;
  }
}
