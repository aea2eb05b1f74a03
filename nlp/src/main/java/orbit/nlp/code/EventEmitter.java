package orbit.nlp.code;

import java.util.ArrayList;
import java.util.List;
import orbit.core.cameo.CameoCode;
import orbit.core.cameo.Codebook;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Sentence;
import orbit.core.event.Actor;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import orbit.core.event.Quote;
import orbit.core.event.Span;
import orbit.nlp.resolve.ActorResolver.Resolution;

/**
 * Turns a trigger's source–target pairs into events: the entry's code each way it has one, recoded as
 * a statement where an actor states the act, with its evidence span, trigger words, date, place,
 * factuality and confidence.
 */
final class EventEmitter {
  /** An event side: its actor and the head of the phrase naming it (-1 when no phrase does). */
  private record Side(Resolution actor, int head) {}

  private final Factualities factualities;
  private final Intentions intentions;
  private final Codebook codebook;
  private final EventPlaces places;

  EventEmitter(Factualities factualities, Intentions intentions, Codebook codebook, EventPlaces places) {
    this.factualities = factualities;
    this.intentions = intentions;
    this.codebook = codebook;
    this.places = places;
  }

  /** The events of source–target pairs: the pattern's code each way it has one. */
  List<Event> emit(Coding at, Trigger trigger, List<Pair> pairs, int sourceHead, int targetHead) {
    LexiconEntry p = trigger.pattern();
    List<Event> events = new ArrayList<>(pairs.size());
    for (Pair pair : pairs) {
      if (p.code() != null) {
        events.add(event(at, trigger, p.code(), new Side(pair.source(), sourceHead), new Side(pair.target(), targetHead)));
      }
      if (p.reverseCode() != null) {
        events.add(event(at, trigger, p.reverseCode(), new Side(pair.target(), targetHead),
            new Side(pair.source(), sourceHead)));
      }
    }
    return events;
  }

  private Event event(Coding at, Trigger trigger, String codeValue, Side sourceSide, Side targetSide) {
    ArticleDoc doc = at.doc();
    Sentence sentence = at.sentence();
    ParseGraph g = at.g();
    Participants who = at.who();
    Resolution source = sourceSide.actor();
    Resolution target = targetSide.actor();
    int sourceHead = sourceSide.head();
    int targetHead = targetSide.head();
    Factualities.Reading reading = factualities.read(g, trigger.predicate(), trigger.noun());
    Intentions.Coded coded = intentions.code(trigger, codeValue, reading, source, target, who);
    CameoCode code = codebook.orRoot(coded.code());
    int first = Math.min(trigger.token(), trigger.predicate());
    int last = Math.max(trigger.token(), trigger.predicate());
    for (int head : new int[] {sourceHead, targetHead}) {
      if (head >= 0) {
        Phrase span = who.span(head);
        first = Math.min(first, span.first());
        last = Math.max(last, span.last());
      }
    }
    int start = g.token(first).begin();
    int end = g.token(last).end();
    String tense = g.token(trigger.predicate()).pos();
    EventDating.When when = coded.stated()
        ? EventDating.stated(doc, sentence, reading.frame() >= 0 ? reading.frame() : trigger.token())
        : EventDating.date(doc, sentence, trigger.token(), tense.equals("VBD") || tense.equals("VBN"));
    Factuality factuality = coded.factuality();
    String attributedTo = reading.attributedTo() >= 0 ? text(doc, g, who.span(reading.attributedTo())) : null;
    Quote quote = quoteAt(doc, g.token(trigger.token()).begin());
    if (quote != null && !factualities.stronger(factuality, Factuality.REPORTED)) {
      factuality = Factuality.REPORTED;
      attributedTo = quote.speaker() == null ? null : quote.speaker().name();
    }
    double confidence = Math.min(0.95, 0.45 + 0.05 * trigger.pattern().specificity()
        + (targetHead >= 0 ? 0.2 : 0.0) + 0.1 * Math.min(source.confidence(), target.confidence()));
    return new Event(doc.article().id(), sentence.index(), start, end, doc.text().substring(start, end),
        triggerSpan(g, trigger), actor(source), actor(target), code.code(), code.root(), code.plover(), code.goldstein(), code.quad(),
        when.value(), when.precision(), places.find(g, who, trigger, sourceHead, targetHead, false), factuality, attributedTo,
        Math.round(confidence * 100) / 100.0);
  }

  /** The trigger's words: the verb with its particle ("called off"), or a light verb through its noun ("held talks"). */
  private static Span triggerSpan(ParseGraph g, Trigger trigger) {
    int first = Math.min(trigger.token(), trigger.predicate());
    int last = Math.max(trigger.token(), trigger.predicate());
    if (trigger.pattern().particle() != null) {
      for (int particle : g.childrenWith(trigger.token(), Ud.COMPOUND_PRT)) {
        first = Math.min(first, particle);
        last = Math.max(last, particle);
      }
    }
    return new Span(g.token(first).begin(), g.token(last).end());
  }

  private static Actor actor(Resolution r) {
    return r == Scene.UNKNOWN ? null : new Actor(r.code(), r.country(), r.sector(), r.text());
  }

  private static String text(ArticleDoc doc, ParseGraph g, Phrase span) {
    return doc.text().substring(g.token(span.first()).begin(), g.token(span.last()).end());
  }

  private static Quote quoteAt(ArticleDoc doc, int offset) {
    for (Quote q : doc.quotes()) {
      if (q.covers(offset)) {
        return q;
      }
    }
    return null;
  }
}
