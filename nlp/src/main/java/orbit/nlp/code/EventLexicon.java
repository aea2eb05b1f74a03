package orbit.nlp.code;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import orbit.core.doc.Token;
import orbit.nlp.resolve.petrarch.PetrarchDictionary.Discards;
import orbit.nlp.resolve.petrarch.VerbDictionary;

/**
 * The event lexicon (lexicon.tsv, format in LEXICON-FORMAT.md): trigger lemmas with constraints → CAMEO
 * codes; or a user's PETRARCH verbs and discards dictionaries; or both merged. An immutable index by
 * kind and lemma (PETRARCH verbs also by their listed forms: "LEFT", "SAID"), built once and shared
 * by all threads.
 */
public final class EventLexicon {
  /** Whether a sentence's text rules it (or its whole story) out of coding: PETRARCH's discards. */
  enum Discard { NONE, SENTENCE, STORY }

  private final Map<String, List<LexiconEntry>> verbs;
  private final Map<String, List<LexiconEntry>> nouns;
  private final Map<String, List<LexiconEntry>> lights;
  private final Map<String, List<LexiconEntry>> forms;
  private final Discards discards;

  private EventLexicon(Map<String, List<LexiconEntry>> verbs, Map<String, List<LexiconEntry>> nouns,
                       Map<String, List<LexiconEntry>> lights, Map<String, List<LexiconEntry>> forms, Discards discards) {
    this.verbs = verbs;
    this.nouns = nouns;
    this.lights = lights;
    this.forms = forms;
    this.discards = discards;
  }

  /** A lexicon of a PETRARCH verbs dictionary's patterns and a discards dictionary. */
  public static EventLexicon of(VerbDictionary dictionary, Discards discards) {
    Map<String, List<LexiconEntry>> verbs = new HashMap<>();
    Map<String, List<LexiconEntry>> forms = new HashMap<>();
    for (VerbDictionary.VerbPattern v : dictionary.patterns()) {
      LexiconEntry p = new LexiconEntry(v.code(), LexiconEntry.Kind.VERB, v.verb(), null, Set.of(), Set.of(), null, Set.of(), Set.of(), Set.of(),
          Set.of(), null, null, v.compound(), 0, v.before(), v.after(), v.reverseCode(), PetrarchRoles.INSTANCE, v.line());
      verbs.computeIfAbsent(v.verb(), k -> new ArrayList<>()).add(p);
      forms.computeIfAbsent(v.verb(), k -> new ArrayList<>()).add(p);
      for (String form : v.forms()) {
        forms.computeIfAbsent(form, k -> new ArrayList<>()).add(p);
      }
    }
    return new EventLexicon(freeze(verbs), Map.of(), Map.of(), freeze(forms), discards);
  }

  /** This lexicon and another together: for each word, the most specific entry of either wins. */
  public EventLexicon merge(EventLexicon other) {
    List<Discards> both = List.of(discards, other.discards);
    return new EventLexicon(union(verbs, other.verbs), union(nouns, other.nouns), union(lights, other.lights),
        union(forms, other.forms), new Discards(
            both.stream().flatMap(d -> d.sentence().stream()).toList(),
            both.stream().flatMap(d -> d.story().stream()).toList()));
  }

  private static Map<String, List<LexiconEntry>> union(Map<String, List<LexiconEntry>> a, Map<String, List<LexiconEntry>> b) {
    Map<String, List<LexiconEntry>> all = new HashMap<>();
    for (Map<String, List<LexiconEntry>> m : List.of(a, b)) {
      m.forEach((k, v) -> all.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
    }
    return freeze(all);
  }

  public static EventLexicon standard() {
    return read(EventLexicon.class.getResource("/orbit/code/lexicon.tsv"));
  }

  public static EventLexicon read(URL tsv) {
    CsvSchema schema = CsvSchema.builder().addColumn("code").addColumn("pos").addColumn("lemma")
        .addColumn("constraints").setColumnSeparator('\t').setAllowComments(true).setQuoteChar('\0').build();
    Map<LexiconEntry.Kind, Map<String, List<LexiconEntry>>> byKind = new HashMap<>();
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(tsv)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        int line = rows.getCurrentLocation().getLineNr() - 1;
        LexiconEntry p = LexiconRows.parse(row, line, tsv);
        byKind.computeIfAbsent(p.kind(), k -> new HashMap<>()).computeIfAbsent(p.lemma(), k -> new ArrayList<>()).add(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + tsv, e);
    }
    return new EventLexicon(freeze(byKind.get(LexiconEntry.Kind.VERB)), freeze(byKind.get(LexiconEntry.Kind.NOUN)),
        freeze(byKind.get(LexiconEntry.Kind.LIGHT)), Map.of(), Discards.NONE);
  }

  private static Map<String, List<LexiconEntry>> freeze(Map<String, List<LexiconEntry>> map) {
    if (map == null) {
      return Map.of();
    }
    map.replaceAll((lemma, patterns) -> List.copyOf(patterns));
    return Map.copyOf(map);
  }

  List<LexiconEntry> verbs(String lemma) {
    return verbs.getOrDefault(lemma, List.of());
  }

  /**
   * The entries of a verb by its lemma; where a PETRARCH dictionary lists the word itself as a verb
   * or a verb's form ("LEFT", "SAID"), its dictionary entries are those of that listing only, as
   * PETRARCH looks verbs up by form ("left" is LEFT, not LEAVE).
   */
  List<LexiconEntry> verbs(String lemma, String word) {
    List<LexiconEntry> byForm = forms.getOrDefault(word, List.of());
    if (byForm.isEmpty()) {
      List<LexiconEntry> byLemma = verbs(lemma);
      return byLemma.stream().anyMatch(p -> p.roles().byForm()) && !isRegularForm(lemma, word)
          ? byLemma.stream().filter(p -> !p.roles().byForm()).toList() : byLemma;
    }
    List<LexiconEntry> all = new ArrayList<>(byForm);
    verbs(lemma).stream().filter(p -> !p.roles().byForm()).forEach(all::add);
    return all;
  }

  /**
   * Whether a word is a regular form of a verb (PETRARCH's rule for verbs without listed forms):
   * depart, departs, departed, departing; not "departes".
   */
  static boolean isRegularForm(String verb, String word) {
    if (word.equals(verb)) {
      return true;
    }
    String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
    String last = verb.isEmpty() ? "" : verb.substring(verb.length() - 1);
    boolean sibilant = verb.endsWith("s") || verb.endsWith("x") || verb.endsWith("z") || verb.endsWith("ch")
        || verb.endsWith("sh") || verb.endsWith("o");
    boolean consonantY = verb.length() >= 2 && verb.endsWith("y") && !isVowel(verb.charAt(verb.length() - 2));
    String y = consonantY ? verb.substring(0, verb.length() - 1) : null;
    // a short final syllable doubles its consonant: stop → stopped; depart → departed
    int n = verb.length();
    boolean doubles = n >= 3 && !isVowel(verb.charAt(n - 3)) && isVowel(verb.charAt(n - 2))
        && !isVowel(verb.charAt(n - 1)) && "wxy".indexOf(verb.charAt(n - 1)) < 0;
    return word.equals(sibilant ? verb + "es" : verb + "s")
        || word.equals(stem + "ed") || word.equals(stem + "ing")
        || doubles && (word.equals(verb + last + "ed") || word.equals(verb + last + "ing"))
        || y != null && (word.equals(y + "ies") || word.equals(y + "ied"));
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  /** Whether the sentence holds a discard phrase: PETRARCH leaves such sentences (or stories) uncoded. */
  Discard discard(List<Token> sentence) {
    if (contains(sentence, discards.story())) {
      return Discard.STORY;
    }
    return contains(sentence, discards.sentence()) ? Discard.SENTENCE : Discard.NONE;
  }

  private static boolean contains(List<Token> sentence, List<List<String>> phrases) {
    for (List<String> phrase : phrases) {
      for (int i = 0; i + phrase.size() <= sentence.size(); i++) {
        int k = 0;
        while (k < phrase.size() && sentence.get(i + k).word().equalsIgnoreCase(phrase.get(k))) {
          k++;
        }
        if (k == phrase.size()) {
          return true;
        }
      }
    }
    return false;
  }

  List<LexiconEntry> nouns(String lemma) {
    return nouns.getOrDefault(lemma, List.of());
  }

  boolean isLight(String lemma) {
    return lights.containsKey(lemma);
  }

  /**
   * Whether a token can trigger anything, by its tag: verbs (and past forms the tagger took for
   * adjectives) by verb entries, nouns by noun entries. Picks the sentences worth parsing.
   */
  public boolean mayTrigger(Token token) {
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    String pos = token.pos();
    String w = token.word().toLowerCase(Locale.ROOT);
    if (pos.startsWith("VB")) {
      return verbs.containsKey(lemma) || forms.containsKey(w);
    }
    if (pos.equals("JJ") && w.endsWith("ed")) {
      return verbs.containsKey(w.substring(0, w.length() - 1)) || verbs.containsKey(w.substring(0, w.length() - 2))
          || w.endsWith("ied") && verbs.containsKey(w.substring(0, w.length() - 3) + "y");
    }
    return pos.startsWith("NN") && nouns.containsKey(lemma);
  }

  /** Every code the lexicon uses, for checking it against the codebook. */
  public Set<String> codes() {
    Set<String> codes = new java.util.TreeSet<>();
    for (Map<String, List<LexiconEntry>> map : List.of(verbs, nouns, lights)) {
      map.values().forEach(list -> list.stream().filter(p -> p.code() != null).forEach(p -> codes.add(p.code())));
    }
    return codes;
  }
}
