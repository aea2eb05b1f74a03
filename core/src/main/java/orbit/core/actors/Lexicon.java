package orbit.core.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable index from phrases to entries, keyed by normalised tokens joined with single
 * spaces: lower case, diacritics folded ("Erdoğan" = "erdogan"), hyphens and possessive "'s"
 * dropped, a leading "the" dropped. The resolver normalises sentence tokens the same way.
 */
public final class Lexicon<T> {
  private final Map<String, List<T>> byKey;
  private final java.util.Set<String> prefixes;
  private final int maxTokens;

  private Lexicon(Map<String, List<T>> byKey, int maxTokens) {
    this.byKey = byKey;
    this.maxTokens = maxTokens;
    java.util.Set<String> starts = new java.util.HashSet<>();
    for (String key : byKey.keySet()) {
      for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
        starts.add(key.substring(0, i));
      }
    }
    this.prefixes = java.util.Collections.unmodifiableSet(starts);
  }

  /** Whether some key is longer than this one and starts with its tokens: a scan can stop when not. */
  public boolean continues(String key) {
    return prefixes.contains(key);
  }

  /** The entries for a key (normalised tokens joined by spaces); empty when none. */
  public List<T> get(String key) {
    List<T> found = byKey.get(key);
    return found == null ? List.of() : found;
  }

  public int maxTokens() {
    return maxTokens;
  }

  public int size() {
    return byKey.size();
  }

  /** Every key, for look-ups by similarity. */
  public java.util.Set<String> keys() {
    return byKey.keySet();
  }

  /** The normalised form of one token: lower case, diacritics folded, curly apostrophes straight. */
  public static String fold(String word) {
    boolean plain = true;
    for (int i = 0; i < word.length() && plain; i++) {
      plain = word.charAt(i) < 128;
    }
    if (plain) {
      String lower = word.toLowerCase(Locale.ROOT);
      return lower.equals("st.") || lower.equals("st") ? "saint" : lower;
    }
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(c == 'ı' ? 'i' : c == '’' || c == '‘' ? '\'' : c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether a sentence token is left out of keys: hyphens, dashes and possessive markers. */
  public static boolean skipped(String word) {
    return word.equals("-") || word.equals("–") || word.equals("'s") || word.equals("’s")
        || word.equals("'") || word.equals("’");
  }

  /** The key of a phrase as a data file writes it ("the Kremlin" -> "kremlin", "Nagorno-Karabakh" -> "nagorno karabakh"). */
  public static String key(String phrase) {
    StringBuilder key = new StringBuilder(phrase.length());
    int start = 0;
    for (int i = 0; i <= phrase.length(); i++) {
      char c = i < phrase.length() ? phrase.charAt(i) : ' ';
      if (c == ' ' || c == '-' || c == ',') {
        addWord(key, phrase.substring(start, i));
        if (c == ',') {
          addWord(key, ",");
        }
        start = i + 1;
      }
    }
    boolean theFirst = key.length() > 4 && key.charAt(3) == ' ' && key.indexOf("the") == 0;
    return theFirst ? key.substring(4) : key.toString();
  }

  private static void addWord(StringBuilder key, String word) {
    if (word.isEmpty()) {
      return;
    }
    String folded = word.equals(",") ? word : fold(word);
    if (folded.endsWith("'s") && folded.length() > 2) {
      folded = folded.substring(0, folded.length() - 2);
    }
    if (!folded.isEmpty() && !skipped(folded)) {
      key.append(key.length() == 0 ? "" : " ").append(folded);
    }
  }

  /** Collects entries; {@link #build()} keeps, per key, the entries of the highest priority. */
  public static final class Builder<T> {
    private final Map<String, List<T>> byKey = new HashMap<>();
    private final java.util.function.ToIntFunction<T> priority;

    public Builder(java.util.function.ToIntFunction<T> priority) {
      this.priority = priority;
    }

    public Builder<T> add(String phrase, T entry) {
      String key = key(phrase);
      if (!key.isEmpty()) {
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
      }
      return this;
    }

    public Lexicon<T> build() {
      Map<String, List<T>> index = new HashMap<>(byKey.size() * 2);
      int longest = 1;
      for (Map.Entry<String, List<T>> e : byKey.entrySet()) {
        index.put(e.getKey(), top(e.getValue()));
        longest = Math.max(longest, tokenCount(e.getKey()));
      }
      return new Lexicon<>(java.util.Collections.unmodifiableMap(index), longest);
    }

    /** The entries of the highest priority, in the order added. */
    private List<T> top(List<T> entries) {
      if (entries.size() == 1) {
        return List.of(entries.get(0));
      }
      int top = Integer.MIN_VALUE;
      for (T t : entries) {
        top = Math.max(top, priority.applyAsInt(t));
      }
      List<T> kept = new ArrayList<>();
      for (T t : entries) {
        if (priority.applyAsInt(t) == top) {
          kept.add(t);
        }
      }
      return List.copyOf(kept);
    }

    private static int tokenCount(String key) {
      int n = 1;
      for (int i = 0; i < key.length(); i++) {
        if (key.charAt(i) == ' ') {
          n++;
        }
      }
      return n;
    }
  }
}
