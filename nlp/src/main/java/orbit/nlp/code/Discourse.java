package orbit.nlp.code;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import orbit.core.doc.Sentence;
import orbit.core.doc.Token;
import orbit.core.event.Actor;
import orbit.core.event.Event;
import orbit.nlp.resolve.ActorResolver.Resolution;
import orbit.nlp.resolve.ArticleActors;

/**
 * What the article has mentioned so far, in order: resolves "he", "it", "both countries" and the
 * implicit counterpart of statements such as "voiced concern" to recent actors, and names a later
 * "Ruto" or "the president" by its first full mention ({@link ArticleActors}). One per article.
 */
final class Discourse {
  /** How many sentences back a reference may reach. */
  private static final int REACH = 2;

  /** Finite verb tags: a name right before one is its subject. */
  static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  /** At most this many tokens after one name of a list and before the next: ", and". */
  private static final int LIST_GAP = 3;

  /** {@code place}: the mention follows a locative preposition ("in Astana") and names a place, not an actor. */
  record Mention(int sentence, int position, Resolution actor, boolean person, boolean place, boolean subject) {}

  private final List<Mention> mentions = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final ArticleActors actors;

  Discourse(ArticleActors actors) {
    this.actors = actors;
  }

  /** The article's actors, with what its earlier sentences taught them. */
  ArticleActors actors() {
    return actors;
  }

  /**
   * Adds the sentence's actor mentions, marking persons, places ("in Astana") and subjects (of the repaired parse
   * {@code g}, null when the sentence has none); returns them.
   */
  List<Mention> remember(Sentence sentence, ParseGraph g, LocalDate date) {
    List<Mention> found = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    Set<Integer> subjects = new HashSet<>();
    for (int i = 0; g != null && i < g.size(); i++) {
      if (g.relation(i).startsWith(Ud.NSUBJ)) {
        subjects.add(i);
      }
    }
    for (Resolution r : actors.mentions(tokens, date)) {
      // "from Malaysian police": a sector noun after the marker names an actor, not a place
      boolean sectorNoun = r.sector() != null && !tokens.get(r.last()).pos().startsWith("NNP");
      boolean place = r.first() > 0 && !sectorNoun && Words.STANDARD.is(Words.Kind.PLACE_MARKER,
          tokens.get(r.first() - 1).word().toLowerCase(Locale.ROOT));
      boolean person = false;
      boolean subject = false;
      for (int k = r.first(); k <= r.last(); k++) {
        person |= tokens.get(k).ner().equals("PERSON");
        subject |= subjects.contains(k);
      }
      // "The leader of Yemen's Houthi movement …. He accused …": the actor of an office one person holds
      int office = g == null ? -1 : office(g, r.last());
      if (office >= 0) {
        person = true;
        subject |= subjects.contains(office);
      }
      // a title resolves without the unknown name after it: "Latvian Foreign Minister Baiba Braze" is a person
      int after = r.last() + 1;
      person |= after < tokens.size() && tokens.get(after).ner().equals("PERSON");
      // an unparsed sentence has no nsubj: a name right before a finite verb is its subject ("Rahmon said")
      subject |= !sentence.isParsed() && r.last() + 1 < tokens.size()
          && FINITE.contains(tokens.get(r.last() + 1).pos());
      Mention m = new Mention(sentence.index(), r.first(), r, person, place, subject);
      mentions.add(m);
      found.add(m);
    }
    return found;
  }

  /** An actor of an event the discourse coded, as a participant found at token {@code at}. */
  static Resolution resolution(Actor a, String entry, double confidence, int at) {
    return new Resolution(a.text(), a.code(), a.country(), a.sector(), entry, confidence, at, at);
  }

  /**
   * The office a name modifies, through its phrase ("Kenya's president", "the leader of Yemen's Houthi movement"):
   * a noun of words.tsv persons; -1 when none.
   */
  private static int office(ParseGraph g, int name) {
    int node = name;
    for (int steps = 0; steps < 3 && g.head(node) >= 0; steps++) {
      String rel = g.baseRelation(node);
      if (!(rel.equals(Ud.NMOD) || rel.equals(Ud.COMPOUND) || rel.equals(Ud.AMOD))) {
        return -1;
      }
      node = g.head(node);
      if (g.token(node).pos().equals("NN") && Words.STANDARD.is(Words.Kind.PERSONS, g.lemma(node))) {
        return node;
      }
    }
    return -1;
  }

  /** Adds an event just coded, for a later "the attack" to refer to. */
  void witnessed(Event e) {
    events.add(e);
  }

  /**
   * The source of the latest event of one of {@code roots} coded so far in this sentence or the ones just before, when
   * it is not of {@code country}: "Israel struck Doha. Qatar called the attack a violation" (the attacker).
   */
  Actor actorOf(Set<String> roots, int sentence, String country) {
    for (int k = events.size() - 1; k >= 0; k--) {
      Event e = events.get(k);
      if (e.sentence() < sentence - REACH) {
        break;
      }
      if (roots.contains(e.root()) && e.source() != null && !e.source().country().equals(country)) {
        return e.source();
      }
    }
    return null;
  }

  /**
   * The latest person (for "he"/"she") or non-person actor (for "it") mentioned before this point,
   * preferring one that was a grammatical subject: "he" continues the story of its last subject.
   */
  Resolution latest(int sentence, int position, boolean person) {
    return latest(sentence, position, m -> m.person() == person);
  }

  /** The latest mention before this point that {@code kind} accepts, preferring a grammatical subject. */
  Resolution latest(int sentence, int position, Predicate<Mention> kind) {
    Mention any = null;
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.sentence() < sentence - REACH) {
        break;
      }
      if (before(m, sentence, position) && kind.test(m)) {
        if (m.subject()) {
          return m.actor();
        }
        any = any == null ? m : any;
      }
    }
    return any == null ? null : any.actor();
  }

  /**
   * The two countries "both countries", "the two sides" refer to: a pair named earlier in the
   * sentence ("A and B agreed …, but each side accused the other"), else the latest earlier sentence
   * that names two (pairs are introduced together: "Armenia and Azerbaijan agreed …"), else the two
   * latest across sentences. A lone earlier mention in the sentence is a speaker ("X said the two sides …").
   * Two people ("the two leaders") are two persons named, where the text names two: "Erdoğan received al-Sharaa
   * …, after al-Sharaa chose Saudi Arabia …" are Turkey and Syria.
   */
  List<Resolution> latestPair(int sentence, int position, boolean persons) {
    return latestGroup(sentence, position, 2, persons);
  }

  /** The {@code size} countries a group refers to ("the three countries"), found as {@link #latestPair} finds two. */
  List<Resolution> latestGroup(int sentence, int position, int size, boolean persons) {
    List<Resolution> found = persons ? latestGroup(sentence, position, size, Mention::person) : List.of();
    return found.isEmpty() ? latestGroup(sentence, position, size, m -> true) : found;
  }

  private List<Resolution> latestGroup(int sentence, int position, int size, Predicate<Mention> kind) {
    List<Resolution> found = group(kind.and(m -> m.sentence() == sentence && m.position() < position), sentence, size);
    for (int k = sentence - 1; found.isEmpty() && k >= Math.max(0, sentence - REACH); k--) {
      int before = k;
      found = group(kind.and(m -> m.sentence() == before), sentence, size);
    }
    return found.isEmpty() ? group(kind.and(m -> m.sentence() < sentence), sentence, size) : found;
  }

  /** A pair named earlier in the sentence ("Israel approved a ceasefire with Lebanon brokered by …"), else none. */
  List<Resolution> pairBefore(int sentence, int position) {
    return group(m -> m.sentence() == sentence && m.position() < position, sentence, 2);
  }

  private List<Resolution> group(Predicate<Mention> where, int sentence, int size) {
    return size == 2 ? latestTwo(where, sentence) : list(where, sentence, size);
  }

  /**
   * Three or more actors are named together: the latest list of {@code size} countries, one right after the other
   * ("Poland, Hungary and Slovakia"), none when there is no such list.
   */
  private List<Resolution> list(Predicate<Mention> where, int sentence, int size) {
    List<Mention> run = new ArrayList<>(size);
    for (int k = mentions.size() - 1; k >= 0 && run.size() < size; k--) {
      Mention m = mentions.get(k);
      if (m.sentence() < sentence - REACH) {
        break;
      }
      if (!where.test(m) || m.place() || m.actor().country().startsWith("IGO")) {
        run.clear();
        continue;
      }
      Mention next = run.isEmpty() ? null : run.get(0);
      if (next != null && (next.sentence() != m.sentence() || next.position() - m.actor().last() > LIST_GAP
          || run.stream().anyMatch(r -> r.actor().country().equals(m.actor().country())))) {
        run.clear();
      }
      run.add(0, m);
    }
    return run.size() == size ? run.stream().map(Mention::actor).toList() : List.of();
  }

  private List<Resolution> latestTwo(Predicate<Mention> where, int sentence) {
    List<Resolution> pair = new ArrayList<>(2);
    for (int k = mentions.size() - 1; k >= 0 && pair.size() < 2; k--) {
      Mention m = mentions.get(k);
      if (m.sentence() < sentence - REACH) {
        break;
      }
      if (where.test(m) && !m.place() && !m.actor().country().startsWith("IGO")
          && pair.stream().noneMatch(r -> r.country().equals(m.actor().country()))) {
        pair.add(0, m.actor());
      }
    }
    return pair.size() == 2 ? pair : List.of();
  }

  /**
   * The counterpart of an event whose text names no target: the other country of the same sentence
   * nearest to the trigger (outside the source phrase, places excluded), else the latest other
   * country of the sentences just before; never a country of the source's own side, the actors that act
   * together with it ("Slovakia and Hungary … they would not support": neither is the other's counterpart).
   */
  Resolution counterpart(int sentence, int trigger, Set<String> sourceCountries, Phrase sourceSpan) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.sentence() == sentence && !m.place() && !sourceCountries.contains(m.actor().country())
          && (m.position() < sourceSpan.first() || m.position() > sourceSpan.last())
          && (best == null || Math.abs(m.position() - trigger) < Math.abs(best.position() - trigger))) {
        best = m;
      }
    }
    if (best != null) {
      return best.actor();
    }
    for (int k = mentions.size() - 1; k >= 0; k--) {
      Mention m = mentions.get(k);
      if (m.sentence() < sentence - REACH) {
        break;
      }
      if (m.sentence() < sentence && !m.place() && !sourceCountries.contains(m.actor().country())) {
        return m.actor();
      }
    }
    return null;
  }

  private static boolean before(Mention m, int sentence, int position) {
    return m.sentence() < sentence || (m.sentence() == sentence && m.position() < position);
  }
}
