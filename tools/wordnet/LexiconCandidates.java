import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * Lists WordNet 3.1 candidates for Orbit's event lexicon: for each verb or noun entry of lexicon.tsv
 * (the seed), the other words of the seed's first senses (same synset) and the nouns (for verbs) or
 * verbs (for nouns) derivationally related to it, each with the seed's code and its constraints
 * carried over. Candidates are not entries: many are other senses of the word, so a person reviews
 * them and copies the right ones into lexicon.tsv. Words the lexicon already has (same part of speech
 * and lemma) are left out. Output: TSV with code, pos, lemma, constraints, seed, sense, lexicographer
 * file and gloss. Words rare in WordNet's tagged corpus (fewer than MIN_USES tagged uses in that sense,
 * default 1) are left out too: "dubiety" for "doubt" is no news word.
 * Usage: tools/wordnet/run.sh [LEXICON.tsv] [SENSES] [MIN_USES] (the seed's first SENSES senses, default 2).
 */
public final class LexiconCandidates {
  private static final Set<String> PARTICLES = Set.of("down", "up", "out", "off", "in", "on", "over", "back",
      "away", "into");

  record Seed(String code, String pos, String lemma, String constraints) {}

  record Candidate(String code, String pos, String lemma, String constraints) {}

  public static void main(String[] args) throws Exception {
    File tsv = new File(args.length > 0 ? args[0] : "nlp/src/main/resources/orbit/code/lexicon.tsv");
    int senses = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int minUses = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    List<Seed> seeds = read(tsv);
    Set<String> known = new HashSet<>();
    seeds.forEach(s -> known.add(s.pos() + " " + s.lemma()));
    Dictionary wordnet = Dictionary.getDefaultResourceInstance();
    Map<Candidate, List<String>> found = new LinkedHashMap<>();
    for (Seed seed : seeds) {
      POS pos = seed.pos().equals("verb") ? POS.VERB : POS.NOUN;
      POS other = pos == POS.VERB ? POS.NOUN : POS.VERB;
      IndexWord index = wordnet.getIndexWord(pos, seed.lemma().replace('-', ' '));
      if (index == null) {
        continue;
      }
      List<Synset> synsets = index.getSenses();
      for (int n = 0; n < Math.min(senses, synsets.size()); n++) {
        Synset synset = synsets.get(n);
        String note = seed.lemma() + "\t" + (n + 1) + "\t" + synset.getLexFileName() + "\t"
            + synset.getGloss().split(";")[0];
        for (Word w : synset.getWords()) {
          if (w.getUseCount() >= minUses) {
            add(found, known, synonym(seed, w.getLemma()), note);
          }
        }
        for (Word w : synset.getWords()) {
          if (!w.getLemma().equalsIgnoreCase(index.getLemma())) {
            continue;
          }
          for (Pointer p : w.getPointers(PointerType.DERIVATION)) {
            if (p.getTarget() instanceof Word related && related.getPOS() == other && related.getUseCount() >= minUses) {
              add(found, known, derived(seed, related.getLemma()), note);
            }
          }
        }
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println("code\tpos\tlemma\tconstraints\tseed\tsense\tlexfile\tgloss");
    found.forEach((c, notes) -> out.println(c.code() + "\t" + c.pos() + "\t" + c.lemma() + "\t" + c.constraints()
        + "\t" + notes.get(0) + (notes.size() > 1 ? " (+" + (notes.size() - 1) + " seeds)" : "")));
  }

  private static List<Seed> read(File tsv) throws Exception {
    CsvSchema schema = CsvSchema.builder().addColumn("code").addColumn("pos").addColumn("lemma")
        .addColumn("constraints").setColumnSeparator('\t').setAllowComments(true).setQuoteChar('\0').build();
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    List<Seed> seeds = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(tsv)) {
      while (rows.hasNext()) {
        Map<String, String> r = rows.next();
        if (!r.get("pos").equals("light")) {
          seeds.add(new Seed(r.get("code"), r.get("pos"), r.get("lemma"), r.getOrDefault("constraints", "-")));
        }
      }
    }
    return seeds;
  }

  private static void add(Map<Candidate, List<String>> found, Set<String> known, Candidate c, String note) {
    if (c != null && !known.contains(c.pos() + " " + c.lemma())) {
      found.computeIfAbsent(c, k -> new ArrayList<>()).add(note);
    }
  }

  /** A synonym keeps the seed's constraints; a two-word verb ending in a particle gets prt=. */
  private static Candidate synonym(Seed seed, String lemma) {
    String[] words = lemma.toLowerCase().split(" ");
    if (words.length == 1) {
      return new Candidate(seed.code(), seed.pos(), words[0], seed.constraints());
    }
    if (words.length == 2 && seed.pos().equals("verb") && PARTICLES.contains(words[1])) {
      String rest = seed.constraints().equals("-") ? "" : " " + seed.constraints().replaceAll("prt=\\S+ ?", "").trim();
      return new Candidate(seed.code(), "verb", words[0], ("prt=" + words[1] + rest).trim());
    }
    return null;
  }

  /**
   * A noun derived from a verb seed takes its object as "of" (seize obj=city → seizure obl=of:city);
   * a verb derived from a noun seed takes its "of" as object. Other constraints do not carry over.
   */
  private static Candidate derived(Seed seed, String lemma) {
    if (lemma.contains(" ")) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (String c : seed.constraints().split(" ")) {
      if (seed.pos().equals("verb") && c.startsWith("obj=")) {
        kept.add("obl=of:" + c.substring(4));
      } else if (seed.pos().equals("verb") && c.startsWith("obl=") || c.startsWith("mode=")) {
        kept.add(c);
      } else if (seed.pos().equals("noun") && c.startsWith("obl=of:")) {
        kept.add("obj=" + c.substring(7));
      } else if (seed.pos().equals("noun") && c.startsWith("amod=")) {
        return null;  // "suicide attack" is not a reading of the verb "attack"
      }
    }
    return new Candidate(seed.code(), seed.pos().equals("verb") ? "noun" : "verb", lemma.toLowerCase(),
        kept.isEmpty() ? "-" : String.join(" ", kept));
  }
}
