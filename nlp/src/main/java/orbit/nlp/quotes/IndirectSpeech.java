package orbit.nlp.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import orbit.core.doc.Sentence;

/**
 * Reported speech outside quotation marks, at most one per sentence, always with a person as
 * speaker (a country or "analysts" is no speaker here). Two shapes: "According to SPEAKER, CONTENT"
 * and "SPEAKER [adverb] VERB that CONTENT" with a speech verb (a short object may come between: "told parliament that"); a verb whose object is reported
 * content ("He also highlights the contradictions …") needs no "that", and a participle finds its
 * speaker earlier in the sentence ("he says, adding that …", "Mullojanov agrees, noting that …").
 * The content runs to the end of the sentence, or to a quotation mark after a colon or comma that
 * opens a direct quote (a quoted phrase inside it stays), and has at least three tokens.
 */
final class IndirectSpeech {
  private static final int MIN_TOKENS = 3;
  private static final int MAX_OBJECT = 3;

  /** Reported content over tokens {@code first}..{@code last} of the article, said by {@code speaker}. */
  record Found(int first, int last, String speaker) {}

  private final DocTokens doc;
  private final SpeakerRefs refs;
  private final SpeechLexicon lexicon;

  IndirectSpeech(DocTokens doc, SpeakerRefs refs, SpeechLexicon lexicon) {
    this.doc = doc;
    this.refs = refs;
    this.lexicon = lexicon;
  }

  List<Found> find(IntPredicate quoted) {
    List<Found> found = new ArrayList<>();
    int i = 0;
    for (Sentence s : doc.sentences()) {
      int first = i;
      int end = i + s.tokens().size();
      Found f = inSentence(first, end, quoted);
      if (f != null) {
        found.add(f);
      }
      i = end;
    }
    return List.copyOf(found);
  }

  private Found inSentence(int first, int end, IntPredicate quoted) {
    for (int j = first; j < end; j++) {
      if (quoted.test(j)) {
        continue;
      }
      if (doc.word(j).equalsIgnoreCase("according") && doc.word(j + 1).equals("to")) {
        SpeakerRefs.Ref ref = refs.startingAt(j + 2, false);
        if (ref != null && ref.name() != null && doc.word(ref.last() + 1).equals(",")) {
          return content(ref.last() + 2, end, ref.name());
        }
      } else if (lexicon.isVerb(doc.word(j)) && doc.get(j).isVerb()) {
        int that = that(j, end);
        boolean object = lexicon.takesObject(doc.word(j)) && Character.isLetterOrDigit(doc.word(j + 1).codePointAt(0));
        if (that > 0 || object) {
          String speaker = refs.subjectOf(j, quoted);
          if (speaker != null) {
            return content(that > 0 ? that + 1 : j + 1, end, speaker);
          }
        }
      }
    }
    return null;
  }

  /** The "that" after a verb, directly or after a short object ("told parliament that"); -1 if none. */
  private int that(int verb, int end) {
    for (int k = verb + 1; k < Math.min(end, verb + 2 + MAX_OBJECT); k++) {
      if (doc.word(k).equals("that")) {
        return k;
      }
      if (!doc.get(k).isNoun() && !doc.get(k).pos().equals("DT")) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether token {@code i} introduces a direct quote that follows it (": “…" or ", “…"). */
  private boolean introduces(int i) {
    return doc.word(i).equals(":") || doc.word(i).equals(",");
  }

  private Found content(int from, int end, String speaker) {
    int last = from;
    while (last + 1 < end && !(doc.isQuoteMark(last + 1) && introduces(last))) {
      last++;
    }
    while (last > from && (doc.isSentenceEnd(last) || doc.word(last).equals(",") || doc.isQuoteMark(last))) {
      last--;
    }
    return last - from + 1 >= MIN_TOKENS && from < end ? new Found(from, last, speaker) : null;
  }
}
