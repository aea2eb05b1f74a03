package orbit.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import orbit.core.doc.Token;

/**
 * Decides which quoted spans are quotes and who said them. A span is a quote when an attribution
 * stands next to it, when it reads as a sentence (at least {@value #SENTENCE_TOKENS} tokens with a
 * finite verb), or when it is a partial quote inside a person's reported speech (see
 * {@link #partial}). Other spans are scare quotes or names ("red lines", "Russian Community.") and
 * are dropped. The attribution is, in this order: a speech verb within eight tokens after the
 * closing mark, with its speaker next to it ("…,” he adds", "…,” says Umarov", "…,” Mullojanov
 * warns"); a clause ending in a colon, or in a speech verb and a comma, before the opening mark
 * ("Umarov is even more blunt: “…”"); else the speaker of the previous, then the next, attributed
 * quote in the same paragraph ("“…,” he says. “…”"), unless the quote's own attribution names no
 * person ("“…,” it said").
 */
final class DirectQuotes {
  static final int SENTENCE_TOKENS = 6;
  private static final int AFTER_REACH = 8;
  private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD", "MD");

  /** A quoted span kept as a quote, with its speaker's full name (null when unattributed). */
  record Found(QuoteMarks.Span span, String speaker) {}

  private final DocTokens doc;
  private final SpeakerRefs refs;
  private final SpeechLexicon lexicon;

  DirectQuotes(DocTokens doc, SpeakerRefs refs, SpeechLexicon lexicon) {
    this.doc = doc;
    this.refs = refs;
    this.lexicon = lexicon;
  }

  List<Found> find(List<QuoteMarks.Span> spans, IntPredicate quoted) {
    List<Found> kept = new ArrayList<>();
    List<Boolean> attributed = new ArrayList<>();
    for (QuoteMarks.Span span : spans) {
      Said said = after(span);
      if (said == null) {
        SpeakerRefs.Ref ref = before(span);
        said = ref == null ? null : new Said(ref.name());
      }
      if (said == null && !sentenceLike(span)) {
        String speaker = partial(span, quoted);
        said = speaker == null ? null : new Said(speaker);
      }
      if (said != null || sentenceLike(span)) {
        kept.add(new Found(span, said == null ? null : said.speaker()));
        attributed.add(said != null);
      }
    }
    List<Found> result = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      Found f = kept.get(i);
      result.add(attributed.get(i) ? f : new Found(f.span(), neighbour(kept, i)));
    }
    return List.copyOf(result);
  }

  /** An attribution next to a quote; {@code speaker} is null when it names no person ("…,” it said). */
  private record Said(String speaker) {}

  private Said after(QuoteMarks.Span span) {
    String text = doc.text();
    if (span.close() >= text.length() || text.charAt(span.close()) == '\n') {
      return null;
    }
    int first = doc.at(span.close() + 1);
    int paragraphEnd = doc.paragraphEnd(span.close());
    for (int j = first; j < Math.min(doc.size(), first + AFTER_REACH) && doc.get(j).begin() < paragraphEnd; j++) {
      if (doc.isQuoteMark(j)) {
        break;
      }
      if (lexicon.isVerb(doc.word(j)) && doc.get(j).isVerb()) {
        SpeakerRefs.Ref ref = refs.endingAt(j - 1, true);
        if (ref == null && doc.get(j - 1).pos().startsWith("RB")) {
          ref = refs.endingAt(j - 2, true);
        }
        if (ref == null || ref.first() < first) {
          ref = refs.startingAt(j + 1, true);
        }
        return new Said(ref == null ? null : ref.name());
      }
      if (doc.isSentenceEnd(j)) {
        break;
      }
    }
    return null;
  }

  /**
   * A short span inside reported speech is a partial quote of the person who speaks through the
   * nearest speech verb before it in its sentence ("Tolstoy has said that Kazakhstan could become
   * Russia's “next problem”"), unless it is a name (every word capitalised) or a label ("an “all for
   * all” prisoner exchange"). "According to X, …" governs no partial quote: a short span there is
   * more often the writer's own scare quote ("previously untouchable “red lines”").
   */
  private String partial(QuoteMarks.Span span, IntPredicate quoted) {
    List<Token> inside = doc.within(span.start(), span.end());
    if (inside.isEmpty() || titleCase(inside) || label(span)) {
      return null;
    }
    int mark = doc.at(span.open());
    for (int k = mark - 1; k >= 0 && doc.sentence(k) == doc.sentence(mark) && !quoted.test(k); k--) {
      if (lexicon.isVerb(doc.word(k)) && doc.get(k).isVerb()) {
        String speaker = refs.subjectOf(k, quoted);
        if (speaker != null) {
          return speaker;
        }
      }
    }
    return null;
  }

  private static boolean titleCase(List<Token> tokens) {
    boolean words = false;
    for (Token t : tokens) {
      if (Character.isLetter(t.word().codePointAt(0))) {
        words = true;
        if (!Character.isUpperCase(t.word().codePointAt(0))) {
          return false;
        }
      }
    }
    return words;
  }

  private boolean label(QuoteMarks.Span span) {
    int before = doc.at(span.open()) - 1;
    int after = doc.at(span.close() + 1);
    return before >= 0 && doc.get(before).pos().equals("DT") && after < doc.size()
        && doc.get(after).pos().startsWith("NN") && doc.get(after).begin() == span.close() + 2;
  }

  private SpeakerRefs.Ref before(QuoteMarks.Span span) {
    int mark = doc.at(span.open());
    int p = mark - 1;
    if (p < 0 || doc.get(p).begin() < doc.paragraphStart(span.open())) {
      return null;
    }
    boolean intro = doc.word(p).equals(":")
        || doc.word(p).equals(",") && p > 0 && lexicon.isVerb(doc.word(p - 1)) && doc.get(p - 1).isVerb();
    if (!intro) {
      return null;
    }
    int start = p;
    while (start > 0 && doc.sentence(start - 1) == doc.sentence(p) && !doc.isQuoteMark(start - 1)) {
      start--;
    }
    for (int j = start; j < p; j++) {
      SpeakerRefs.Ref ref = refs.startingAt(j, false);
      if (ref != null && ref.name() != null) {
        return ref;
      }
    }
    return null;
  }

  private boolean sentenceLike(QuoteMarks.Span span) {
    int count = 0;
    boolean finite = false;
    for (Token t : doc.within(span.start(), span.end())) {
      count++;
      finite |= FINITE.contains(t.pos());
    }
    return count >= SENTENCE_TOKENS && finite;
  }

  private String neighbour(List<Found> kept, int i) {
    int paragraph = doc.paragraphStart(kept.get(i).span().open());
    for (int j = i - 1; j >= 0 && doc.paragraphStart(kept.get(j).span().close()) == paragraph; j--) {
      if (kept.get(j).speaker() != null) {
        return kept.get(j).speaker();
      }
    }
    for (int j = i + 1; j < kept.size() && doc.paragraphStart(kept.get(j).span().open()) == paragraph; j++) {
      if (kept.get(j).speaker() != null) {
        return kept.get(j).speaker();
      }
    }
    return null;
  }
}
