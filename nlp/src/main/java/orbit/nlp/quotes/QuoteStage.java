package orbit.nlp.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Layer;
import orbit.core.doc.Stage;
import orbit.core.doc.Token;
import orbit.core.event.Quote;
import orbit.core.event.Speaker;

/**
 * Finds direct quotes (between quotation marks) and indirect speech, with the speaker's full name
 * and profile, the countries each quote mentions and its tone toward each. Light rules over tokens,
 * parts of speech and PERSON entities; no coreference model. Offsets refer to the article text, a
 * quote's {@code text} is exactly that span, and {@code sentence} is where it starts. See
 * {@link QuoteMarks}, {@link DirectQuotes}, {@link IndirectSpeech}, {@link People},
 * {@link Profiles} and {@link ToneLexicon} for the rules. Immutable and thread-safe.
 */
public final class QuoteStage implements Stage {
  private final CountryLookup countries;
  private final SpeechLexicon lexicon;
  private final ToneLexicon tone;

  public QuoteStage(CountryLookup countries) {
    this.countries = countries;
    this.lexicon = SpeechLexicon.standard();
    this.tone = ToneLexicon.standard();
  }

  /** With the built-in country lookup ({@link LocaleCountryLookup}). */
  public static QuoteStage standard() {
    return new QuoteStage(LocaleCountryLookup.standard());
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.POS, Layer.ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.QUOTES);
  }

  @Override
  public ArticleDoc apply(ArticleDoc doc) {
    DocTokens tokens = new DocTokens(doc);
    List<QuoteMarks.Span> spans = QuoteMarks.find(doc.text());
    boolean[] inQuotes = mask(tokens, spans);
    People people = People.of(tokens, i -> inQuotes[i], lexicon);
    Map<String, Speaker> profiles = Profiles.of(tokens, people, countries, lexicon);
    SpeakerRefs refs = new SpeakerRefs(tokens, people, profiles, lexicon);
    List<Quote> quotes = new ArrayList<>();
    List<DirectQuotes.Found> direct = new DirectQuotes(tokens, refs, lexicon).find(spans, i -> inQuotes[i]);
    for (DirectQuotes.Found f : direct) {
      quotes.add(quote(doc, tokens, f.span().start(), f.span().end(), true, f.speaker(), profiles));
    }
    boolean[] inDirect = mask(tokens, direct.stream().map(DirectQuotes.Found::span).toList());
    for (IndirectSpeech.Found f : new IndirectSpeech(tokens, refs, lexicon).find(i -> inDirect[i])) {
      quotes.add(quote(doc, tokens, tokens.get(f.first()).begin(), tokens.get(f.last()).end(), false, f.speaker(),
          profiles));
    }
    quotes.sort(Comparator.comparingInt(Quote::start));
    return doc.withQuotes(quotes);
  }

  /** Which tokens lie within the spans, quotation marks included. */
  private static boolean[] mask(DocTokens tokens, List<QuoteMarks.Span> spans) {
    boolean[] in = new boolean[tokens.size()];
    for (QuoteMarks.Span span : spans) {
      for (int i = tokens.at(span.open()); i < tokens.size() && tokens.get(i).begin() <= span.close(); i++) {
        in[i] = true;
      }
    }
    return in;
  }

  private Quote quote(ArticleDoc doc, DocTokens tokens, int start, int end, boolean direct, String speaker,
                      Map<String, Speaker> profiles) {
    Speaker who = speaker == null ? null
        : profiles.getOrDefault(speaker, new Speaker(speaker, null, null, countries.code(speaker)));
    Map<Integer, List<Token>> bySentence = new TreeMap<>();
    for (int i = tokens.at(start); i < tokens.size() && tokens.get(i).end() <= end; i++) {
      bySentence.computeIfAbsent(tokens.sentence(i), k -> new ArrayList<>()).add(tokens.get(i));
    }
    Map<String, int[]> scores = new LinkedHashMap<>();
    for (List<Token> sentence : bySentence.values()) {
      Set<String> named = new LinkedHashSet<>();
      countries.mentions(sentence).forEach(m -> named.add(m.code()));
      int[] score = named.isEmpty() ? null : tone.score(sentence);
      for (String code : named) {
        int[] total = scores.computeIfAbsent(code, k -> new int[2]);
        total[0] += score[0];
        total[1] += score[1];
      }
    }
    Map<String, Double> toneByCountry = new LinkedHashMap<>();
    scores.forEach((code, s) -> toneByCountry.put(code, ToneLexicon.tone(s[0], s[1])));
    return new Quote(doc.article().id(), tokens.sentenceAt(start), start, end, doc.text().substring(start, end), direct,
        who, List.copyOf(scores.keySet()), toneByCountry);
  }
}
