package orbit.nlp.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import orbit.core.actors.ActorBase;
import orbit.core.actors.ActorEntry;
import orbit.core.doc.Token;
import orbit.core.event.Location;
import orbit.nlp.quotes.WordTable;

/**
 * Turns a noun phrase into CAMEO-style actors: country (alpha-3 or a body's code) + sector.
 * Rules, in order: the phrase ends at the first preposition other than "of"/"from" ("Russian
 * ambassador to Azerbaijan" is Russian); the part before "of"/"from" is read first and the part
 * after only when the first names no country ("the presidents of Azerbaijan and Armenia"); every
 * country, demonym, metonym, region or body named gives one actor, with the sector of the last
 * sector noun, else the sector the name implies (a metonym its government, a demonym for people
 * CVL), else none (a bare country is its code alone, as CAMEO codes it); a known person or
 * organisation gives its role on the date, and the countries named beside it take its sector
 * ("Russian-Armenian businessman Samvel Karapetyan" -> RUSBUS, ARMBUS). Nothing named, nothing
 * resolved: "officials", "he", "both countries" give an empty list, unless a sector noun acts in a
 * country after "in" or in a place of the gazetteer ("people in France" -> FRACVL, "Guangzhou
 * authorities" -> CHNGOV, "Cairo University" -> EGYEDU; confidence 0.1 lower). "former" apart from
 * its noun gives the sector of "former NOUN" ("a former Kenyan president" -> KENELI). A phrase that
 * resolves to nothing is read again with one misspelt name corrected ({@link FuzzyNames}: "Mumbay
 * police" -> INDCOP, confidence 0.2 lower, the entry saying so). Immutable and thread-safe.
 */
public final class ActorResolver {
  /** One actor of a phrase: tokens [first, last] of the sentence gave it; {@code entry} names the data that did. */
  public record Resolution(String text, String code, String country, String sector, String entry,
      double confidence, int first, int last) {}

  /** A sector noun that names no actor: its entry, and tokens [first, last] of the sentence. */
  public record Unnamed(ActorEntry entry, int first, int last) {}

  /** Participles a name modifies with a hyphen ("Russia-led"): participles.tsv. */
  private static final Set<String> COMPOUNDS = words("participles.tsv");
  private static final Set<String> LEADING = words("leading.tsv");

  private final ActorBase base;
  private final PhraseMatcher matcher;
  private final FuzzyNames fuzzy;
  private final PlaceReader places;

  public ActorResolver(ActorBase base) {
    this.base = base;
    this.matcher = new PhraseMatcher(base.lexicon());
    this.fuzzy = new FuzzyNames(base);
    this.places = new PlaceReader(base.gazetteer(), matcher);
  }

  /** Orbit's own knowledge base; built once and shared. */
  public static ActorResolver standard() {
    return Standard.RESOLVER;
  }

  private static final class Standard {
    static final ActorResolver RESOLVER = new ActorResolver(ActorBase.standard());
  }

  public ActorBase base() {
    return base;
  }

  /** The actors tokens [from, to) of a sentence name on {@code date} (today when null). */
  public List<Resolution> resolve(List<Token> sentence, int from, int to, LocalDate date) {
    LocalDate day = date == null ? LocalDate.now() : date;
    TokenView view = TokenView.of(sentence, from, to);
    List<Resolution> found = read(sentence, from, to, view, day);
    FuzzyNames.Fix fix = found.isEmpty() ? fuzzy.fix(view) : null;
    if (fix == null) {
      return found;
    }
    List<Resolution> fixed = new ArrayList<>(read(sentence, from, to, fix.view(), day));
    fixed.replaceAll(r -> lowered(r, 0.2, r.entry() + " (fuzzy: " + fix.note() + ")"));
    return fixed;
  }

  private static Resolution lowered(Resolution r, double by, String entry) {
    return new Resolution(r.text(), r.code(), r.country(), r.sector(), entry,
        Math.round((r.confidence() - by) * 100) / 100.0, r.first(), r.last());
  }

  private List<Resolution> read(List<Token> sentence, int from, int to, TokenView view, LocalDate day) {
    List<PhraseMatcher.Match> matches = places.outsidePlaceNames(view, matcher.matches(view));
    if (matches.isEmpty()) {
      return List.of();
    }
    int cut = boundary(view, matches, false);
    int split = boundary(view, matches, true);
    PartReading head = new PartReading();
    PartReading tail = new PartReading();
    PhraseMatcher.Match leader = null;
    for (PhraseMatcher.Match m : matches) {
      if (m.start() >= cut) {
        break;
      }
      if (m.end() < view.size && COMPOUNDS.contains(view.words[m.end()])) {
        // "Russia-led CSTO", "Russian-sponsored events": the name modifies a participle, not the actor
        leader = leader == null && LEADING.contains(view.words[m.end()]) ? m : leader;
        continue;
      }
      (m.start() < split ? head : tail).add(m, view, day);
    }
    if (leader != null && head.isEmpty() && tail.isEmpty()) {
      head.add(leader, view, day); // "the Saudi-led coalition": no other name, so the leader's
    }
    String text = text(sentence, from, cut < view.size ? view.index[cut] : to);
    PartReading named = head.isEmpty() ? tail : head;
    PartReading nouns = head.sector != null ? head : tail;
    SectorWords.former(base.lexicon(), view, nouns);
    if (named.isEmpty() && nouns.sector != null) {
      PartReading where = SectorWords.located(base.gazetteer(), view, matches, cut, day);
      if (where != null) {
        text = text(sentence, from, to);
        List<Resolution> found = new ArrayList<>(combine(where, nouns, false, text));
        found.replaceAll(r -> lowered(r, 0.1, r.entry()));
        return found;
      }
    }
    return combine(named, nouns, named == tail, text);
  }

  /**
   * The sector noun of a phrase that names no actor ("riot police", "the court"): the last before
   * "of"/"from", else the last after it; empty when the phrase names an actor or no sector.
   */
  public Optional<Unnamed> unnamedSector(List<Token> sentence, int from, int to) {
    TokenView view = TokenView.of(sentence, from, to);
    List<PhraseMatcher.Match> matches = matcher.matches(view);
    int cut = boundary(view, matches, false);
    int split = boundary(view, matches, true);
    Unnamed[] parts = new Unnamed[2]; // the last sector noun before "of", and after it
    for (PhraseMatcher.Match m : matches) {
      if (m.start() >= cut) {
        break;
      }
      if (m.end() < view.size && COMPOUNDS.contains(view.words[m.end()])) {
        continue;
      }
      if (m.entries().stream().anyMatch(e -> e.kind() != ActorEntry.Kind.SECTOR)) {
        return Optional.empty();
      }
      parts[m.start() < split ? 0 : 1] = new Unnamed(m.entries().get(0), view.index[m.start()], view.index[m.end() - 1]);
    }
    return Optional.ofNullable(parts[0] != null ? parts[0] : parts[1]);
  }

  /** Which tokens could belong to an actor: any name, demonym, metonym, body, person, organisation or sector noun. */
  public boolean[] anchors(List<Token> sentence) {
    boolean[] anchor = new boolean[sentence.size()];
    TokenView view = TokenView.of(sentence, 0, sentence.size());
    for (PhraseMatcher.Match m : matcher.matches(view)) {
      for (int i = view.index[m.start()]; i <= view.index[m.end() - 1]; i++) {
        anchor[i] = true;
      }
    }
    return anchor;
  }

  /** The actors a sentence mentions, in order: each maximal run of anchor tokens, resolved. */
  public List<Resolution> mentions(List<Token> sentence, LocalDate date) {
    boolean[] anchors = anchors(sentence);
    List<Resolution> found = new ArrayList<>();
    for (int i = 0; i < sentence.size(); ) {
      if (!anchors[i]) {
        i++;
        continue;
      }
      int end = i;
      while (end < sentence.size() && anchors[end]) {
        end++;
      }
      found.addAll(resolve(sentence, i, end, date));
      i = end;
    }
    return found;
  }

  /** The place tokens [from, to) name: a city, region, capital or landmark of the gazetteer, else a country. */
  public Optional<Location> place(List<Token> sentence, int from, int to) {
    return places.place(sentence, from, to);
  }

  /**
   * Actors from the part that names them and the part whose noun gives the sector; {@code fromTail}
   * when the names come after "of"/"from", where a head noun outranks a named organisation's own
   * sector ("two journalists from ... Sputnik" are journalists).
   */
  private List<Resolution> combine(PartReading named, PartReading nouns, boolean fromTail, String text) {
    String nounSector = nouns.sector == null ? null : nouns.sector.sector();
    boolean headNoun = fromTail && nouns != named;
    double lower = fromTail ? 0.05 : 0;
    List<Resolution> out = new ArrayList<>(2);
    PartReading.Role role = named.role;
    if (named.countries.isEmpty()) {
      if (role == null) {
        return List.of();
      }
      String sector = role.exact() || role.sector() != null ? role.sector() : blankToNull(nounSector);
      out.add(resolution(text, role.country(), sector, role.entry().name(), role.exact() ? 0.95 : 0.6,
          named.roleFirst, named.roleLast));
      return out;
    }
    for (PartReading.Named n : named.countries) {
      boolean own = role != null && role.country().equals(n.code());
      String sector = own && !headNoun && role.exact() ? role.sector()
          : nounSector != null ? blankToNull(nounSector)
          : own ? role.sector()
          : role != null && role.sector() != null ? role.sector()
          : n.implied();
      String entry = own ? role.entry().name() : entryName(n, nouns);
      double confidence = (own ? 0.95 : sector != null ? 0.9 : 0.85) - lower
          - (n.entry().kind() == ActorEntry.Kind.METONYM && nounSector == null ? 0.1 : 0);
      int first = Math.min(n.first(), nouns.sectorFirst < 0 ? n.first() : nouns.sectorFirst);
      int last = Math.max(n.last(), Math.max(nouns.sectorLast, role == null ? -1 : named.roleLast));
      out.add(resolution(text, n.code(), sector, entry, confidence, first, last));
    }
    return out;
  }

  private static String entryName(PartReading.Named n, PartReading nouns) {
    return nouns.sector == null ? n.entry().name() : n.entry().name() + " + " + nouns.sector.name();
  }

  private static Resolution resolution(String text, String country, String sector, String entry,
      double confidence, int first, int last) {
    String code = sector == null ? country : country + sector;
    return new Resolution(text, code, country, sector, entry, Math.round(confidence * 100) / 100.0, first, last);
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /**
   * The first view position, outside any match, of a preposition: with {@code ofOnly} "of" or
   * "from" (where the head ends), else any other (where the phrase ends); the view size when none.
   */
  private static int boundary(TokenView view, List<PhraseMatcher.Match> matches, boolean ofOnly) {
    int m = 0;
    for (int i = 1; i < view.size; i++) {
      while (m < matches.size() && matches.get(m).end() <= i) {
        m++;
      }
      if (m < matches.size() && matches.get(m).start() <= i) {
        continue;
      }
      String pos = view.pos[i];
      boolean preposition = (pos.equals("IN") || pos.equals("TO")) && !quantifies(view, i);
      // "of steering the country away from the EU" opens a clause: it ends the phrase, it does not split it
      boolean of = (view.words[i].equals("of") || view.words[i].equals("from"))
          && !(i + 1 < view.size && view.pos[i + 1].equals("VBG"));
      if (preposition && of == ofOnly) {
        return i;
      }
      if (!ofOnly && (pos.equals("WDT") || pos.equals("WP"))) {
        return i;
      }
    }
    return view.size;
  }

  /** A preposition inside a quantity ("more than 200", "at least 12", "up to 300"): the phrase goes on. */
  private static boolean quantifies(TokenView view, int i) {
    int next = i + 1;
    if (next < view.size && (view.words[next].equalsIgnoreCase("least") || view.words[next].equalsIgnoreCase("most"))) {
      next++;
    }
    return next < view.size && view.pos[next].equals("CD");
  }

  private static Set<String> words(String resource) {
    return WordTable.read("/orbit/nlp/resolve/" + resource).stream().map(row -> row[0]).collect(Collectors.toUnmodifiableSet());
  }

  static String text(List<Token> sentence, int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i < to; i++) {
      Token t = sentence.get(i);
      if (i > from && t.begin() > sentence.get(i - 1).end()) {
        out.append(' ');
      }
      out.append(t.word());
    }
    return out.toString();
  }

}
