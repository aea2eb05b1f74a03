package orbit.core.doc;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import orbit.core.OrbitException;

/** An ordered list of stages whose requirements are checked when it is built, not partway through a run. */
public final class Pipeline {
  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Pipeline of(Stage... stages) {
    return of(List.of(stages));
  }

  public static Pipeline of(List<Stage> stages) {
    Set<Layer> available = EnumSet.noneOf(Layer.class);
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
    return new Pipeline(stages);
  }

  public ArticleDoc apply(Article article) {
    ArticleDoc doc = ArticleDoc.of(article);
    for (Stage stage : stages) {
      doc = stage.apply(doc);
      if (!doc.layers().containsAll(stage.provides())) {
        throw new IllegalStateException("stage '" + stage.name() + "' did not provide " + stage.provides());
      }
    }
    return doc;
  }

  public List<String> names() {
    return stages.stream().map(Stage::name).toList();
  }
}
