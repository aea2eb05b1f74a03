package orbit.nlp.resolve.petrarch;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A PETRARCH-2 verbs dictionary (CAMEO.2.0.txt syntax) read into patterns, one per verb and pattern
 * line: synsets ({@code &NAME} with {@code +WORD} members, nested synsets, {@code (…)} phrases), verb
 * blocks ({@code --- NAME [code] ---}) whose verb lines carry irregular forms {@code {…}} and
 * compound verbs ({@code +GO_THROUGH}, {@code WIRE_+TAP}), and pattern lines {@code - before * after
 * [code]} with {@code $} source, {@code +} target, {@code ^} skip, {@code %} compound subject,
 * {@code {…}} noun phrases, {@code (…)} prepositional phrases, {@code &SYNSET}, null codes
 * {@code [---]} and paired codes {@code [a:b]}. Lines it cannot interpret are returned as problems
 * with file and line.
 */
public record VerbDictionary(List<VerbPattern> patterns, List<PetrarchDictionary.Problem> problems) {
  /** What a slot of a pattern stands for. */
  public enum Kind { WORDS, SOURCE, TARGET }

  /**
   * One position of a pattern: for WORDS, the word sequences that may fill it (a synset gives
   * several); a word ending in '_' must match whole, other words match as stems.
   */
  public record Slot(Kind kind, List<List<String>> alternatives) {
    public int words() {
      return kind == Kind.WORDS ? alternatives.stream().mapToInt(List::size).min().orElse(0) : 0;
    }
  }

  /**
   * One verb and pattern: the verb's lemma and forms, the slots before and after it, the code from
   * source to target and the code back (null when none); a null code ("---") codes nothing.
   * {@code compound}: the pattern wants a compound subject ({@code %}).
   */
  public record VerbPattern(String verb, Set<String> forms, List<Slot> before, List<Slot> after, String code,
                            String reverseCode, boolean compound, String file, int line) {
    public boolean isNull() {
      return code == null && reverseCode == null;
    }
  }

  public static VerbDictionary read(Path file) {
    VerbReader reader = new VerbReader(file.getFileName().toString());
    List<String> lines = PetrarchDictionary.lines(file);
    for (int i = 0; i < lines.size(); i++) {
      reader.line(i + 1, lines.get(i));
    }
    return reader.finish();
  }
}
