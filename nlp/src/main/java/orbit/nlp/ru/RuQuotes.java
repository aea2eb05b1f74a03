package orbit.nlp.ru;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import orbit.core.event.Quote;
import orbit.core.event.Speaker;
import orbit.nlp.ru.RuMentions.Mention;
import orbit.nlp.ru.RuText.RuSentence;

/**
 * Direct quotes in Russian news: «…» (with „…“ inside), and their speakers: the phrase after the verb of saying
 * that follows the quote ("», — сказал пресс-секретарь президента Дмитрий Песков") or the subject before the one
 * that introduces it ("Захарова заявила: «…»"). The speaker's name is the phrase's first-name and surname words.
 */
final class RuQuotes {
  private final RuCues cues;

  RuQuotes(RuCues cues) {
    this.cues = cues;
  }

  /** The article's quotes; {@code mentions} holds each sentence's actor phrases. */
  List<Quote> find(String article, String text, List<RuSentence> sentences, List<List<Mention>> mentions) {
    List<Quote> out = new ArrayList<>();
    for (int open = text.indexOf('«'); open >= 0; open = text.indexOf('«', open + 1)) {
      int close = closing(text, open);
      if (close < 0) {
        break;
      }
      RuSentence at = sentenceOf(sentences, open);
      RuSentence after = sentenceOf(sentences, close);
      Speaker speaker = speakerAfter(after, close, text, mentions.get(after.index()));
      if (speaker == null) {
        speaker = speakerBefore(at, open, text, mentions.get(at.index()));
      }
      List<String> countries = new ArrayList<>();
      for (RuSentence s : sentences) {
        for (Mention m : mentions.get(s.index())) {
          int begin = s.tokens().get(m.first()).begin();
          if (begin > open && begin < close && m.country() != null && !countries.contains(m.country())) {
            countries.add(m.country());
          }
        }
      }
      out.add(new Quote(article, at.index(), open + 1, close, text.substring(open + 1, close), true, speaker, countries,
          Map.of()));
      open = close;
    }
    return out;
  }

  /** The '»' that closes the '«' at {@code open}, past any nested quote; -1 when none. */
  private static int closing(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      depth += c == '«' ? 1 : c == '»' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static RuSentence sentenceOf(List<RuSentence> sentences, int offset) {
    RuSentence found = sentences.get(0);
    for (RuSentence s : sentences) {
      if (s.begin() <= offset) {
        found = s;
      }
    }
    return found;
  }

  /** "», — сказал X": the phrase right after a verb of saying that follows the quote. */
  private Speaker speakerAfter(RuSentence s, int close, String text, List<Mention> found) {
    List<RuToken> t = s.tokens();
    int i = 0;
    while (i < t.size() && t.get(i).begin() <= close) {
      i++;
    }
    while (i < t.size() && !t.get(i).isWord()) {
      i++;
    }
    if (i >= t.size() || !cues.is(RuCues.Kind.REPORT, t.get(i))) {
      return null;
    }
    int verb = i;
    return found.stream().filter(m -> m.first() == verb + 1).findFirst()
        .map(m -> speaker(t, m, text)).orElse(null);
  }

  /** "X заявил: «…»": the subject of the verb of saying right before the quote. */
  private Speaker speakerBefore(RuSentence s, int open, String text, List<Mention> found) {
    List<RuToken> t = s.tokens();
    int verb = -1;
    for (RuToken token : t) {
      if (token.end() <= open && cues.is(RuCues.Kind.REPORT, token)) {
        verb = token.index();
      }
    }
    if (verb < 0) {
      return null;
    }
    Mention subject = null;
    for (Mention m : found) {
      if (m.last() < verb && m.preposition() == null) {
        subject = m;
      }
    }
    return subject == null ? null : speaker(t, subject, text);
  }

  private static Speaker speaker(List<RuToken> t, Mention m, String text) {
    int first = -1;
    int last = -1;
    for (int k = m.first(); k <= m.last(); k++) {
      if (t.get(k).any(r -> r.has("Name") || r.has("Fam")) && Character.isUpperCase(t.get(k).text().codePointAt(0))) {
        first = first < 0 ? k : first;
        last = k;
      }
    }
    String name = first < 0 ? null : text.substring(t.get(first).begin(), t.get(last).end());
    String role = first <= m.first() ? null : text.substring(t.get(m.first()).begin(), t.get(first - 1).end());
    return new Speaker(name == null ? m.text() : name, first < 0 ? null : role, null, m.country());
  }
}
