package orbit.nlp.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between quotation marks in an article's text, paragraph by paragraph (a
 * paragraph is a line). Typographic marks (“ ” and « ») nest: only the outermost pair makes a span,
 * so a quote inside a quote stays part of it. A straight double quote (") opens when none is open
 * and closes the one that is. A quote still open at the end of a paragraph continues when the next
 * paragraph opens with a quotation mark (the convention for a quote that runs over paragraphs);
 * otherwise it ends with its paragraph. Single quotes are left alone: they are apostrophes far more
 * often than quotation marks, and nested ones stay inside their outer span.
 */
final class QuoteMarks {
  /**
   * One quoted span: {@code open} is the offset of the opening mark, {@code close} that of the
   * closing mark (or the paragraph end when unclosed); {@code start}/{@code end} bound its text
   * without the marks, surrounding spaces and a trailing comma.
   */
  record Span(int open, int close, int start, int end) {}

  private QuoteMarks() {}

  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    int depth = 0;
    boolean straight = false;
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' && (depth > 0 || straight)) {
        if (reopens(text, i)) {
          i = nextMark(text, i);
          continue;
        }
        spans.add(span(text, open, i));
        depth = 0;
        straight = false;
      } else if (c == '“' || c == '«') {
        if (depth == 0 && !straight) {
          open = i;
        }
        depth++;
      } else if ((c == '”' || c == '»') && depth > 0) {
        depth--;
        if (depth == 0 && !straight) {
          spans.add(span(text, open, i));
        }
      } else if (c == '"' && depth == 0) {
        if (straight) {
          spans.add(span(text, open, i));
        } else {
          open = i;
        }
        straight = !straight;
      }
    }
    if (depth > 0 || straight) {
      spans.add(span(text, open, text.length()));
    }
    spans.removeIf(s -> s.end() <= s.start());
    return List.copyOf(spans);
  }

  /** Whether the paragraph after the newline at {@code newline} begins with an opening quotation mark. */
  private static boolean reopens(String text, int newline) {
    int next = nextMark(text, newline);
    return next < text.length() && (text.charAt(next) == '“' || text.charAt(next) == '"' || text.charAt(next) == '«');
  }

  private static int nextMark(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static Span span(String text, int open, int close) {
    int start = open + 1;
    int end = close;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    return new Span(open, close, start, end);
  }
}
