package orbit.nlp.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import orbit.core.doc.Analyzer;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Sentence;
import orbit.core.doc.Token;

/**
 * Tags short phrases (one per line) in one pass of an analysis (tags only), so that each phrase gets its
 * tokens, tags and entities: what {@code ./orbit actors} and the resolver's tests do.
 */
public final class Phrases {
  private Phrases() {}

  /** The tokens of each phrase, in order; a phrase the tagger split into sentences gets them all. */
  public static List<List<Token>> tag(Analyzer tagger, List<String> phrases, LocalDate date) {
    StringBuilder text = new StringBuilder();
    int[] starts = new int[phrases.size() + 1];
    for (int i = 0; i < phrases.size(); i++) {
      starts[i] = text.length();
      text.append(phrases.get(i).replace('\n', ' ')).append('\n');
    }
    starts[phrases.size()] = text.length();
    List<List<Token>> tokens = new ArrayList<>(phrases.size());
    for (int i = 0; i < phrases.size(); i++) {
      tokens.add(new ArrayList<>());
    }
    if (phrases.isEmpty()) {
      return tokens;
    }
    ArticleDoc doc = tagger.analyze(new Article("phrases", date, null, null, null, text.toString()));
    int line = 0;
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        while (t.begin() >= starts[line + 1]) {
          line++;
        }
        List<Token> own = tokens.get(line);
        own.add(new Token(own.size(), t.begin() - starts[line], t.end() - starts[line], t.word(), t.lemma(),
            t.pos(), t.ner()));
      }
    }
    return tokens;
  }
}
