package orbit.core.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Checks Orbit's own codebook against the third-party tables in ../shared/data (GDELT's CAMEO code and Goldstein
 * lookups, PLOVER's CAMEO2PLOVER-2021). Skips when ../shared is absent. Every deliberate difference is listed here
 * with its reason, in the resource header and in README.md.
 */
class CodebookReferenceTest {
  /** Codes whose Goldstein weight Orbit deliberately sets differently from GDELT's table: none. */
  static final Map<String, String> GOLDSTEIN_DISAGREEMENTS = Map.of();

  /** Codes whose name differs from GDELT's in more than wording (their first two words differ), with the reason. */
  static final Map<String, String> NAME_DISAGREEMENTS = Map.of(
      "020", "GDELT shortens CAMEO's 'Make an appeal or request' to 'Appeal'",
      "102", "GDELT shortens CAMEO's 'Demand diplomatic cooperation (such as policy support)'",
      "101", "GDELT carries a pre-1.1 name ('Demand information, investigation') that contradicts 1011-1014",
      "103", "GDELT carries a pre-1.1 name ('Demand aid, protection, or peacekeeping')",
      "105", "GDELT carries a pre-1.1 name ('Demand mediation') that contradicts 1051-1056",
      "106", "GDELT carries a pre-1.1 name ('Demand withdrawal')",
      "107", "GDELT carries a pre-1.1 name ('Demand ceasefire')",
      "108", "GDELT carries a pre-1.1 name ('Demand meeting, negotiation'), CAMEO 1.1b3's 106");

  /** Roots whose PLOVER category is Orbit's choice because PLOVER 0.8 drops them, with the reason. */
  static final Map<String, String> PLOVER_CHOICES = Map.of(
      "01", "PLOVER 0.8 has no category for statements: Orbit leaves 01 and its codes without one",
      "02", "PLOVER 0.8 drops appeals: Orbit maps 02 to REQUEST, the category PLOVER folds demands (10) into");

  /** Codes (not under PLOVER_CHOICES) whose PLOVER category Orbit sets differently, with the reason. */
  static final Map<String, String> PLOVER_DISAGREEMENTS = Map.of();

  private static final Pattern PLOVER_LINE = Pattern.compile("^(\\d{2,4}):\\s*([A-Z]+)");

  private Path data;
  private final Codebook codebook = Codebook.standard();

  @BeforeEach
  void findReferenceData() {
    String shared = System.getProperty("orbit.shared");
    assumeTrue(shared != null && Files.isDirectory(Path.of(shared, "data", "cameo")),
        "reference data ../shared/data is absent");
    data = Path.of(shared, "data");
  }

  @Test
  void hasExactlyTheCodesOfGdeltsCameoTable() throws IOException {
    Map<String, String> reference = gdeltTable(data.resolve("cameo/CAMEO.eventcodes.txt"));
    assertThat(codebook.all()).extracting(CameoCode::code).containsExactlyInAnyOrderElementsOf(reference.keySet());
  }

  @Test
  void namesAgreeWithGdeltsTableExceptDocumentedDisagreements() throws IOException {
    Map<String, String> reference = gdeltTable(data.resolve("cameo/CAMEO.eventcodes.txt"));
    Map<String, String> differ = new TreeMap<>();
    for (CameoCode code : codebook.all()) {
      String theirs = reference.get(code.code());
      if (!firstTwoWords(theirs).equals(firstTwoWords(code.name()))) {
        differ.put(code.code(), "Orbit '" + code.name() + "', GDELT '" + theirs + "'");
      }
    }
    assertThat(differ.keySet()).as("name disagreements %s", differ).isEqualTo(NAME_DISAGREEMENTS.keySet());
  }

  @Test
  void goldsteinWeightsAgreeWithGdeltsTableExceptDocumentedDisagreements() throws IOException {
    Map<String, String> reference = gdeltTable(data.resolve("cameo/CAMEO.goldsteinscale.txt"));
    Map<String, String> differ = new TreeMap<>();
    for (CameoCode code : codebook.all()) {
      double theirs = Double.parseDouble(reference.get(code.code()));
      if (Double.compare(theirs, code.goldstein()) != 0) {
        differ.put(code.code(), "Orbit " + code.goldstein() + ", GDELT " + theirs);
      }
    }
    assertThat(differ.keySet()).as("Goldstein disagreements %s", differ)
        .isEqualTo(GOLDSTEIN_DISAGREEMENTS.keySet());
  }

  @Test
  void ploverCategoriesAgreeWithCameo2PloverExceptDocumentedChoices() throws IOException {
    Map<String, Set<String>> reference = cameo2Plover(data.resolve("plover/CAMEO2PLOVER-2021.txt"));
    Map<String, String> differ = new TreeMap<>();
    for (CameoCode code : codebook.all()) {
      Set<String> theirs = reference.get(code.code());
      if (PLOVER_CHOICES.containsKey(code.root())) {
        assertThat(theirs).as("CAMEO2PLOVER now maps %s; revisit Orbit's choice", code.code()).isNull();
      } else if (theirs == null || !theirs.contains(code.plover())) {
        differ.put(code.code(), "Orbit " + code.plover() + ", CAMEO2PLOVER " + theirs);
      }
    }
    assertThat(differ.keySet()).as("PLOVER disagreements %s", differ).isEqualTo(PLOVER_DISAGREEMENTS.keySet());
  }

  private static List<String> firstTwoWords(String name) {
    List<String> words = List.of(name.toLowerCase(Locale.ROOT).split("[^a-z]+"));
    return words.subList(0, Math.min(2, words.size()));
  }

  /** GDELT's lookup tables: tab-separated, a header line, code then one value. */
  private static Map<String, String> gdeltTable(Path file) throws IOException {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar().withSkipFirstDataRow(true);
    Map<String, String> table = new LinkedHashMap<>();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         MappingIterator<List<String>> rows = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
             .readerForListOf(String.class).with(schema).readValues(in)) {
      rows.forEachRemaining(row -> table.put(row.get(0).strip(), row.get(1).strip()));
    }
    return table;
  }

  /** CAMEO2PLOVER lines read "CODE: CATEGORY, mode, context # comment"; a root may have two categories (08). */
  private static Map<String, Set<String>> cameo2Plover(Path file) throws IOException {
    Map<String, Set<String>> table = new HashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      Matcher m = PLOVER_LINE.matcher(line);
      if (m.find()) {
        table.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(m.group(2));
      }
    }
    return table;
  }
}
