package orbit.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Sentence;
import orbit.core.doc.Token;

/**
 * The tokens of a whole article in one list (position {@code i} is the article's i-th token), with
 * the sentence each belongs to, so that rules can look across sentence boundaries by offset.
 */
final class DocTokens {
  private final String text;
  private final List<Token> tokens;
  private final int[] sentenceOf;
  private final List<Sentence> sentences;

  DocTokens(ArticleDoc doc) {
    this.text = doc.text();
    this.sentences = doc.sentences();
    List<Token> all = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (Sentence s : sentences) {
      for (Token t : s.tokens()) {
        all.add(t);
        owners.add(s.index());
      }
    }
    this.tokens = List.copyOf(all);
    this.sentenceOf = owners.stream().mapToInt(Integer::intValue).toArray();
  }

  String text() {
    return text;
  }

  int size() {
    return tokens.size();
  }

  Token get(int i) {
    return tokens.get(i);
  }

  String word(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
  }

  int sentence(int i) {
    return sentenceOf[i];
  }

  List<Sentence> sentences() {
    return sentences;
  }

  /** The first token that begins at or after {@code offset} (size() when none). */
  int at(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).begin() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The tokens wholly inside [begin, end). */
  List<Token> within(int begin, int end) {
    int from = at(begin);
    int to = from;
    while (to < tokens.size() && tokens.get(to).end() <= end) {
      to++;
    }
    return tokens.subList(from, to);
  }

  /** The index of the sentence that contains {@code offset} (the last one starting before it). */
  int sentenceAt(int offset) {
    int found = 0;
    for (Sentence s : sentences) {
      if (s.begin() <= offset) {
        found = s.index();
      }
    }
    return found;
  }

  /** The offset where the paragraph (line) holding {@code offset} begins. */
  int paragraphStart(int offset) {
    return text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  }

  /** The offset where the paragraph (line) holding {@code offset} ends. */
  int paragraphEnd(int offset) {
    int nl = text.indexOf('\n', offset);
    return nl < 0 ? text.length() : nl;
  }

  /** Whether token {@code i} is a quotation mark. */
  boolean isQuoteMark(int i) {
    String w = word(i);
    return w.equals("“") || w.equals("”") || w.equals("\"") || w.equals("«") || w.equals("»")
        || w.equals("``") || w.equals("''");
  }

  boolean isSentenceEnd(int i) {
    String w = word(i);
    return w.equals(".") || w.equals("!") || w.equals("?");
  }
}
