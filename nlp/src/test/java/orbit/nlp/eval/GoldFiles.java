package orbit.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import orbit.core.doc.Article;
import orbit.nlp.Analysis;

/** A corpus folder's gold files scored by the full analysis, as `./orbit eval` scores them. */
final class GoldFiles {
  private GoldFiles() {}

  /** The gold files of {@code corpus/<dir>}, sorted; at least {@code atLeast} of them. */
  static List<Path> in(String dir, int atLeast) throws IOException {
    Path folder = Path.of(System.getProperty("orbit.root", "..")).resolve("corpus").resolve(dir);
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(atLeast);
    return files;
  }

  /** Each file's article checked by {@code check}, coded and scored, its lines printed; the total printed and returned. */
  static Score scoreAll(List<Path> files, BiConsumer<Path, Article> check) throws IOException {
    Analysis analysis = Analysis.full();
    Score total = null;
    for (Path file : files) {
      Gold gold = Gold.read(file);
      Article article = gold.load(file);
      check.accept(file, article);
      Score score = Scorer.score(gold, analysis.analyze(article));
      System.out.printf("%s\tP %.2f\tR %.2f\t(%d of %d, %d false alarms)%n", file.getFileName(), score.precision(),
          score.recall(), score.hits(), score.required(), score.falseAlarms());
      score.lines().forEach(line -> System.out.println("  " + line));
      total = total == null ? score : total.plus(score);
    }
    System.out.print(total.report());
    return total;
  }
}
