package orbit.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.core.OrbitException;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Sentence;
import orbit.core.doc.Token;
import orbit.nlp.Analysis;
import orbit.nlp.resolve.ActorResolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench-actors", mixinStandardHelpOptions = true,
    header = "Measure actor resolution: mentions resolved per second on an article's noun phrases.",
    description = {"Tags the article once (CoreNLP, tags only), cuts noun phrases from the tags",
        "(determiners, adjectives, nouns, 'of' and 'and' between them), then resolves them over and over."},
    footer = {"%nExamples:", "  ./orbit bench-actors ../shared/seed/000_6da663fc9541656c.txt",
        "  ./orbit bench-actors --seconds 10 article.txt"})
final class BenchActorsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "0..1", description = "A plain-text article (default: the seed article in ../shared).")
  Path file = Path.of("../shared/seed/000_6da663fc9541656c.txt");

  @Option(names = "--seconds", description = "How long to measure (default: ${DEFAULT-VALUE}).")
  double seconds = 3;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The article date (default: 2025-07-24).")
  LocalDate date = LocalDate.of(2025, 7, 24);

  @Spec CommandSpec spec;

  record Span(List<Token> sentence, int from, int to) {}

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new OrbitException("no article at " + file + ": give a plain-text file");
    }
    long loading = System.nanoTime();  // first, on a cold JVM: what a user's first look-up waits for
    ActorResolver resolver = ActorResolver.standard();
    double loaded = (System.nanoTime() - loading) / 1e9;
    ArticleDoc doc = Analysis.tagsOnly().analyze(new Article("bench", date, null, null, null, Files.readString(file)));
    List<Span> spans = new ArrayList<>();
    doc.sentences().forEach(s -> spans.addAll(chunks(s)));
    run(resolver, spans, 1.0);
    long start = System.nanoTime();
    long mentions = run(resolver, spans, seconds);
    double elapsed = (System.nanoTime() - start) / 1e9;
    int actors = 0;
    for (Span s : spans) {
      actors += resolver.resolve(s.sentence(), s.from(), s.to(), date).isEmpty() ? 0 : 1;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("knowledge base: %d lexicon keys, loaded in %.2f s%n", resolver.base().lexicon().size(), loaded);
    out.println("sentences: " + doc.sentences().size() + ", noun phrases: " + spans.size() + ", with an actor: " + actors);
    out.println("mentions resolved/s: " + Math.round(mentions / elapsed) + " (one thread, " + Math.round(elapsed) + " s)");
    Runtime rt = Runtime.getRuntime();
    out.println("heap used: " + (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024) + " MB");
    out.flush();
    return 0;
  }

  private long run(ActorResolver resolver, List<Span> spans, double forSeconds) {
    long deadline = System.nanoTime() + (long) (forSeconds * 1e9);
    long n = 0;
    long sink = 0;
    while (System.nanoTime() < deadline) {
      for (Span s : spans) {
        sink += resolver.resolve(s.sentence(), s.from(), s.to(), date).size();
        n++;
      }
    }
    return sink >= 0 ? n : -n;
  }

  /** Noun phrases from tags alone: runs of determiners, numbers, adjectives, nouns, possessives, joined by "of"/"and". */
  static List<Span> chunks(Sentence s) {
    List<Span> spans = new ArrayList<>();
    List<Token> tokens = s.tokens();
    int start = -1;
    boolean noun = false;
    for (int i = 0; i <= tokens.size(); i++) {
      Token t = i < tokens.size() ? tokens.get(i) : null;
      boolean inside = t != null && (nominal(t) || (start >= 0 && link(t) && i + 1 < tokens.size()
          && nominal(tokens.get(i + 1))));
      if (inside) {
        start = start < 0 ? i : start;
        noun |= t.pos().startsWith("NN") || t.pos().startsWith("PRP");
      } else {
        if (start >= 0 && noun) {
          spans.add(new Span(tokens, start, i));
        }
        start = -1;
        noun = false;
      }
    }
    return spans;
  }

  private static boolean nominal(Token t) {
    String pos = t.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.startsWith("PRP") || pos.equals("DT")
        || pos.equals("CD") || pos.equals("POS") || pos.equals("HYPH") || t.word().equals("-");
  }

  private static boolean link(Token t) {
    return t.word().equals("of") || t.word().equals("and");
  }
}
