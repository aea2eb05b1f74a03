package orbit.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides which quoted spans are quotes and who said them. A span is a quote when an attribution
 * stands next to it, or when it reads as a sentence (at least {@value #SENTENCE_TOKENS} tokens with
 * a finite verb). Short spans with neither are scare quotes or names ("red lines", "Russian
 * Community.") and are dropped. The attribution is, in this order: a speech verb with a speaker
 * within five tokens after the closing mark ("…,” he adds", "…,” says Umarov", "…,” Mullojanov
 * warns"); a clause ending in a colon, or in a speech verb and a comma, before the opening mark
 * ("Umarov is even more blunt: “…”"); else the speaker of the previous, then the next, attributed
 * quote in the same paragraph ("“…,” he says. “…”").
 */
final class DirectQuotes {
  static final int SENTENCE_TOKENS = 6;
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

  List<Found> find(List<QuoteMarks.Span> spans) {
    List<Found> kept = new ArrayList<>();
    for (QuoteMarks.Span span : spans) {
      SpeakerRefs.Ref ref = after(span);
      if (ref == null) {
        ref = before(span);
      }
      if (ref != null || sentenceLike(span)) {
        kept.add(new Found(span, ref == null ? null : ref.name()));
      }
    }
    List<Found> result = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      Found f = kept.get(i);
      result.add(f.speaker() != null ? f : new Found(f.span(), neighbour(kept, i)));
    }
    return List.copyOf(result);
  }

  private SpeakerRefs.Ref after(QuoteMarks.Span span) {
    String text = doc.text();
    if (span.close() >= text.length() || text.charAt(span.close()) == '\n') {
      return null;
    }
    int first = doc.at(span.close() + 1);
    int paragraphEnd = doc.paragraphEnd(span.close());
    for (int j = first; j < Math.min(doc.size(), first + 5) && doc.get(j).begin() < paragraphEnd; j++) {
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
        return ref == null || ref.name() == null ? null : ref;
      }
      if (doc.isSentenceEnd(j)) {
        break;
      }
    }
    return null;
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
    for (var t : doc.within(span.start(), span.end())) {
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
