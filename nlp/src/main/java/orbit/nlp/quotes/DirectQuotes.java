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
  private static final int TITLE_REACH = 6;
  private static final Set<String> ATTRIBUTING = Set.of("VBZ", "VBD", "VBP", "VBN");
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
      boolean sentence = sentenceLike(span);
      Said said = after(span);
      if (said != null && said.speaker() == null && !sentence) {
        said = null;
      }
      if (said == null) {
        SpeakerRefs.Ref ref = before(span);
        said = ref == null ? null : new Said(ref.name());
      }
      if (said == null) {
        String speaker = partial(span, quoted, sentence);
        said = speaker == null ? null : new Said(speaker);
      }
      if (said != null || sentence) {
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

  /**
   * The attribution after a quote that does not end its sentence with a full stop: a speech verb
   * right after the closing mark with the speaker after it ("…,” says Umarov"), or a speaker, maybe
   * behind a title, and then the verb ("…,” he adds", "…,” spokeswoman Maria Zakharova said"). A
   * participle or a verb after a conjunction ("…”, arguing that", "…” and said") attributes nothing.
   */
  private Said after(QuoteMarks.Span span) {
    String text = doc.text();
    if (span.close() >= text.length() || text.charAt(span.close()) == '\n' || text.charAt(span.end() - 1) == '.') {
      return null;
    }
    int first = doc.at(span.close() + 1);
    int paragraphEnd = doc.paragraphEnd(span.close());
    for (int j = first; j < Math.min(doc.size(), first + AFTER_REACH) && doc.get(j).begin() < paragraphEnd; j++) {
      if (doc.isQuoteMark(j) || doc.isSentenceEnd(j)) {
        return null;
      }
      if (lexicon.isVerb(doc.word(j)) && ATTRIBUTING.contains(doc.get(j).pos())) {
        return j == first ? inverted(j) : subjectFirst(first, j);
      }
    }
    return null;
  }

  private Said inverted(int verb) {
    for (int k = verb + 1; k < Math.min(doc.size(), verb + TITLE_REACH); k++) {
      SpeakerRefs.Ref ref = refs.startingAt(k, false);
      if (ref != null && ref.name() != null) {
        return new Said(ref.name());
      }
      if (!titleWord(k)) {
        break;
      }
    }
    SpeakerRefs.Ref ref = refs.startingAt(verb + 1, true);
    return ref == null || ref.name() == null ? null : new Said(ref.name());
  }

  private Said subjectFirst(int first, int verb) {
    SpeakerRefs.Ref ref = refs.endingAt(verb - 1, true);
    if (ref == null && doc.get(verb - 1).pos().startsWith("RB")) {
      ref = refs.endingAt(verb - 2, true);
    }
    if (ref == null) {
      return verb - 1 == first && doc.get(first).pos().equals("PRP") ? new Said(null) : null;
    }
    for (int k = first; k < ref.first(); k++) {
      if (!titleWord(k)) {
        return null;
      }
    }
    return new Said(ref.name());
  }

  private boolean titleWord(int k) {
    String pos = doc.get(k).pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT");
  }

  /**
   * A span inside reported speech is a (partial) quote of the person who speaks through the
   * nearest speech verb before it in its sentence ("Tolstoy has said that Kazakhstan could become
   * Russia's “next problem”"), unless it is a name (every word capitalised) or a label ("an “all for
   * all” prisoner exchange"). "According to X, …" governs no partial quote: a short span there is
   * more often the writer's own scare quote ("previously untouchable “red lines”").
   */
  private String partial(QuoteMarks.Span span, IntPredicate quoted, boolean sentence) {
    List<Token> inside = doc.within(span.start(), span.end());
    if (inside.isEmpty() || !sentence && (titleCase(inside) || label(span))) {
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
