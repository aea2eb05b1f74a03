package orbit.core.doc;

import java.util.List;

/**
 * One sentence: its index in the article, its character span in the article text, its tokens,
 * its dependency arcs (empty when the sentence was not parsed) and its time expressions.
 */
public record Sentence(int index, int begin, int end, List<Token> tokens, List<Dependency> dependencies,
                       List<Timex> timexes) {
  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    timexes = List.copyOf(timexes);
  }

  public boolean isParsed() {
    return !dependencies.isEmpty();
  }

  /** The sentence's text, cut from the article text its offsets refer to. */
  public String text(String articleText) {
    return articleText.substring(begin, end);
  }

  public Sentence withParse(List<Dependency> parse) {
    return new Sentence(index, begin, end, tokens, parse, timexes);
  }

  public Sentence withTimexes(List<Timex> found) {
    return new Sentence(index, begin, end, tokens, dependencies, found);
  }
}
