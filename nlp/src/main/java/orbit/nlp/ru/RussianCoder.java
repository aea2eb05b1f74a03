package orbit.nlp.ru;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import orbit.core.actors.ActorBase;
import orbit.core.cameo.CameoCode;
import orbit.core.cameo.Codebook;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Layer;
import orbit.core.doc.Sentence;
import orbit.core.doc.Stage;
import orbit.core.doc.Token;
import orbit.core.event.Actor;
import orbit.core.event.DatePrecision;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import orbit.core.event.Location;
import orbit.core.event.Quote;
import orbit.core.event.Span;
import orbit.nlp.code.Modality;
import orbit.nlp.ru.RuFrames.Frame;
import orbit.nlp.ru.RuMentions.Mention;
import orbit.nlp.ru.RuText.RuSentence;

/**
 * Orbit's coder for Russian news, one stage from text to events (issue 22): words and their readings from
 * LanguageTool's Russian dictionary, actor phrases (names.tsv), quotes, clause frames by case and preposition
 * (lexicon.tsv), then events with CAMEO's modality conventions (the English coder's modality.tsv), factuality
 * and attribution (cues.tsv), the event's own date and its place. Built once; thread-safe.
 */
public final class RussianCoder implements Stage {
  private final RuText text;
  private final RuMentions mentions;
  private final RuFrames frames;
  private final RuQuotes quotes;
  private final RuCues cues;
  private final RuDates dates;
  private final Codebook codebook;
  private final Modality modality;

  public RussianCoder(ActorBase actors, Codebook codebook) {
    Morphology morphology = Morphology.load();
    this.cues = RuCues.load();
    this.dates = RuDates.load(cues);
    this.text = new RuText(morphology);
    this.mentions = new RuMentions(RuNames.load(morphology, actors), cues);
    this.frames = new RuFrames(RuLexicon.load(codebook), cues);
    this.quotes = new RuQuotes(cues);
    this.codebook = codebook;
    this.modality = Modality.standard(codebook);
  }

  public static RussianCoder standard() {
    return new RussianCoder(ActorBase.standard(), Codebook.standard());
  }

  /**
   * Whether a text is Russian by its letters: mostly Cyrillic, and none of the letters that only Ukrainian,
   * Belarusian or the Turkic and Tajik alphabets have (ingest's language detector decides for stored articles).
   */
  public static boolean writtenIn(String text) {
    String sample = text.length() > 2000 ? text.substring(0, 2000) : text;
    long letters = sample.codePoints().filter(Character::isLetter).count();
    long cyrillic = sample.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC).count();
    return letters > 0 && cyrillic * 2 > letters && sample.toLowerCase(java.util.Locale.ROOT).codePoints().noneMatch(c -> OTHER_CYRILLIC.indexOf(c) >= 0);
  }

  private static final String OTHER_CYRILLIC = "іїєґўәғқңөұүһҳҷ";

  @Override
  public String name() {
    return "russian";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.QUOTES, Layer.EVENTS);
  }

  @Override
  public ArticleDoc apply(ArticleDoc doc) {
    String body = doc.text();
    LocalDate date = doc.article().date();
    List<RuSentence> sentences = text.sentences(body);
    List<List<Mention>> found = sentences.stream().map(s -> mentions.find(s.tokens(), body, date)).toList();
    List<Quote> quoted = quotes.find(doc.article().id(), body, sentences, found);
    List<Event> events = new ArrayList<>();
    Scene scene = new Scene();
    for (RuSentence s : sentences) {
      List<Mention> ms = found.get(s.index());
      Location place = place(ms);
      scene.place = place == null ? scene.place : place.country();
      Set<String> seen = new HashSet<>();
      for (Frame f : frames.frames(s.tokens(), ms)) {
        for (Mention m : f.sources().isEmpty() ? java.util.Collections.<Mention>singletonList(null) : f.sources()) {
          Actor source = scene.source(m, f, place);
          Event e = f.entry().noun() && source == null ? null : event(doc, s, f, source, m, ms, quoted);
          if (e != null && seen.add((source == null ? "-" : source.code()) + "|" + e.target().code() + "|" + e.root())) {
            events.add(e);
            scene.actor = source == null ? scene.actor : source.country();
          }
        }
      }
    }
    return doc.withSentences(sentences.stream().map(RussianCoder::sentence).toList(), provides())
        .withQuotes(quoted).withEvents(events);
  }

  /**
   * What the article has established so far: the country of its last event's source (the actor of a sector named
   * without a country: "Правительство также отменило …") and its last scene (the police of an agentless arrest).
   */
  private static final class Scene {
    String actor;
    String place;

    Actor source(Mention m, Frame f, Location here) {
      if (m != null) {
        return m.country() != null ? m.actor() : actor == null ? null : Actor.of(actor, m.sector(), m.text());
      }
      String country = here != null ? here.country() : place != null ? place : actor;
      return f.passive() && f.entry().police() && country != null ? Actor.of(country, "COP", "") : null;
    }
  }

  private Event event(ArticleDoc doc, RuSentence s, Frame f, Actor source, Mention sourceMention, List<Mention> ms,
                      List<Quote> quoted) {
    if (f.target() == null || f.target().country() == null || source != null && source.country().equals(f.target().country())
        && java.util.Objects.equals(source.sector(), f.target().sector())) {
      return null;
    }
    List<RuToken> t = s.tokens();
    RuToken trigger = t.get(f.trigger());
    Factuality factuality = negated(t, f.trigger()) ? Factuality.NEGATED : Factuality.ASSERTED;
    String code = f.entry().code();
    if (f.future() && factuality == Factuality.ASSERTED) {
      String stated = modality.stated(code, Modality.Kind.INTENDED);
      factuality = stated == null ? Factuality.HYPOTHETICAL : factuality;
      code = stated == null ? code : stated;
    }
    if (modal(t, f.trigger())) {
      factuality = Factuality.HYPOTHETICAL;
    }
    String attributedTo = null;
    for (Quote q : quoted) {
      if (q.covers(trigger.begin()) && factuality.isFact()) {
        factuality = Factuality.REPORTED;
        attributedTo = q.speaker() == null ? null : q.speaker().name();
      }
    }
    Mention reporter = reporter(t, ms, f.trigger());
    if (attributedTo == null && reporter != null && factuality.isFact()) {
      factuality = Factuality.REPORTED;
      attributedTo = reporter.text();
    }
    int first = Math.min(f.trigger(), Math.min(sourceMention == null ? f.trigger() : sourceMention.first(), f.target().first()));
    int last = Math.max(f.trigger(), Math.max(sourceMention == null ? f.trigger() : sourceMention.last(), f.target().last()));
    int start = t.get(first).begin();
    int end = t.get(last).end();
    RuDates.When when = dates.nearest(t, f.trigger(), doc.article().date(), f.future());
    CameoCode c = codebook.get(code);
    return new Event(doc.article().id(), s.index(), start, end, doc.text().substring(start, end),
        new Span(trigger.begin(), trigger.end()), source, f.target().actor(),
        c.code(), c.root(), c.plover(), c.goldstein(), c.quad(),
        (when == null ? doc.article().date() : when.date()).toString(),
        when == null ? DatePrecision.ARTICLE : when.precision(), place(ms), factuality, attributedTo, 0.6);
  }

  private boolean negated(List<RuToken> t, int i) {
    return i > 0 && cues.is(RuCues.Kind.NEGATION, t.get(i - 1));
  }

  private boolean modal(List<RuToken> t, int i) {
    for (int k = Math.max(0, i - 3); k < i; k++) {
      if (cues.is(RuCues.Kind.MODAL, t.get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Who the sentence attributes the event to: the subject of a verb of saying whose "что" clause holds it
   * ("Алиев заявил, что …"), or the phrase of "по словам X" / "по данным X".
   */
  private Mention reporter(List<RuToken> t, List<Mention> ms, int trigger) {
    for (int k = 0; k + 1 < trigger; k++) {
      boolean says = cues.is(RuCues.Kind.REPORT, t.get(k)) && t.get(k + 1).text().equals(",")
          && k + 2 < trigger && t.get(k + 2).lower().equals("что");
      boolean according = t.get(k).lower().equals("по") && cues.is(RuCues.Kind.ACCORDING, t.get(k + 1));
      if (says) {
        int verb = k;
        return ms.stream().filter(m -> m.last() < verb && m.preposition() == null).reduce((a, b) -> b).orElse(null);
      }
      if (according) {
        int noun = k + 1;
        return ms.stream().filter(m -> m.first() > noun).findFirst().orElse(null);
      }
    }
    return null;
  }

  /** The sentence's scene: the first capital or city named after "в". */
  private Location place(List<Mention> ms) {
    return ms.stream().filter(m -> cues.is(RuCues.Kind.LOCATIVE, m.preposition()) && m.sector() == null)
        .findFirst().map(m -> new Location(m.text(), m.country(), null, null)).orElse(null);
  }

  private static Sentence sentence(RuSentence s) {
    List<Token> tokens = new ArrayList<>(s.tokens().size());
    for (RuToken t : s.tokens()) {
      Reading r = t.readings().isEmpty() ? null : t.readings().get(0);
      tokens.add(new Token(t.index(), t.begin(), t.end(), t.text(), r == null ? t.lower() : r.lemma(),
          r == null ? "" : r.tag(), "O"));
    }
    return new Sentence(s.index(), s.begin(), s.end(), tokens, List.of(), List.of());
  }
}
