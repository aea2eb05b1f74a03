package orbit.core.doc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import orbit.core.OrbitException;

/**
 * An ordered list of stages whose requirements are checked when it is built, not partway through a run. It
 * starts from an article, or from a doc that arrives with some layers already (a parse given with the text).
 */
public final class Pipeline {
  private final Set<Layer> given;
  private final List<Stage> stages;

  private Pipeline(Set<Layer> given, List<Stage> stages) {
    this.given = given.isEmpty() ? Set.of() : EnumSet.copyOf(given);
    this.stages = List.copyOf(stages);
  }

  public static Pipeline of(Stage... stages) {
    return of(List.of(stages));
  }

  public static Pipeline of(List<Stage> stages) {
    return after(Set.of(), stages);
  }

  /** The stages run on docs that arrive with the {@code given} layers ({@link #apply(ArticleDoc)}). */
  public static Pipeline after(Set<Layer> given, List<Stage> stages) {
    Set<Layer> available = EnumSet.noneOf(Layer.class);
    available.addAll(given);
    List<String> seen = new ArrayList<>();
    for (Stage stage : stages) {
      EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
      missing.addAll(stage.requires());
      missing.removeAll(available);
      if (!missing.isEmpty()) {
        throw new OrbitException("stage '" + stage.name() + "' requires " + missing
            + " but the stages before it " + seen + " provide only " + available
            + ": add a stage that provides them before '" + stage.name() + "'");
      }
      available.addAll(stage.provides());
      seen.add(stage.name());
    }
    return new Pipeline(given, stages);
  }

  public ArticleDoc apply(Article article) {
    return apply(article, (stage, nanos) -> { });
  }

  /** Runs the stages, reporting each one's wall time to {@code clock} (for benchmarks). */
  public ArticleDoc apply(Article article, StageClock clock) {
    return apply(ArticleDoc.of(article), clock);
  }

  /** Runs the stages on a doc that has the layers this pipeline was built {@link #after}. */
  public ArticleDoc apply(ArticleDoc given) {
    return apply(given, (stage, nanos) -> { });
  }

  private ArticleDoc apply(ArticleDoc given, StageClock clock) {
    if (!given.layers().containsAll(this.given)) {
      throw new IllegalArgumentException("the pipeline " + names() + " runs on docs with " + this.given
          + ", not " + given.layers());
    }
    ArticleDoc doc = given;
    for (Stage stage : stages) {
      long start = System.nanoTime();
      doc = stage.apply(doc);
      clock.record(stage.name(), System.nanoTime() - start);
      if (!doc.layers().containsAll(stage.provides())) {
        throw new IllegalStateException("stage '" + stage.name() + "' did not provide " + stage.provides());
      }
    }
    return doc;
  }

  /** Receives each stage's wall time; must be thread-safe when the pipeline runs on several threads. */
  @FunctionalInterface
  public interface StageClock {
    void record(String stage, long nanos);
  }

  public List<String> names() {
    return stages.stream().map(Stage::name).toList();
  }
}
