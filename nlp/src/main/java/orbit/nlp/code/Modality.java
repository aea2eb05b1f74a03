package orbit.nlp.code;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import orbit.core.OrbitException;
import orbit.core.cameo.Codebook;

/**
 * CAMEO's modality conventions (modality.tsv): the code of an actor's stated intention (03x) or threat
 * (13x) by the code of the act it states, the longest listed prefix of that code deciding.
 */
public final class Modality {
  /**
   * How an actor states an act: as what it will do ("will visit", "offered to send"), as a threat ("warned it
   * would strike"), as decided ("agreed to exchange", "decided to expel"), or as refused ("refused to release",
   * "would not support"); in the order of the table's columns.
   */
  public enum Kind { INTENDED, THREATENED, DECIDED, REFUSED }

  private static final String SAME = "same";
  private static final String NONE = "-";
  /** The table's column of each kind. */
  private static final String[] COLUMNS = {"intent", "threat", "decision", "refusal"};

  /** Prefix of the stated act's code → the statement's code by kind, each a code, SAME or NONE. */
  private final Map<String, String[]> byPrefix;

  private Modality(Map<String, String[]> byPrefix) {
    this.byPrefix = byPrefix;
  }

  public static Modality standard(Codebook codebook) {
    return read(Modality.class.getResource("/orbit/code/modality.tsv"), codebook);
  }

  /** Reads the table; every code it names must be one of the codebook's. */
  static Modality read(URL tsv, Codebook codebook) {
    CsvSchema.Builder columns = CsvSchema.builder().addColumn("code");
    for (String column : COLUMNS) {
      columns.addColumn(column);
    }
    CsvSchema schema = columns.setColumnSeparator('\t').setAllowComments(true).setQuoteChar('\0').build();
    Map<String, String[]> index = new HashMap<>();
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();
    try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(tsv)) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        String code = checked(row.get("code"), codebook, tsv, false);
        String[] stated = new String[Kind.values().length];
        for (Kind kind : Kind.values()) {
          stated[kind.ordinal()] = checked(row.get(COLUMNS[kind.ordinal()]), codebook, tsv, true);
        }
        if (index.put(code, stated) != null) {
          throw new OrbitException(tsv + ": code " + code + " is listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read modality table " + tsv, e);
    }
    return new Modality(Map.copyOf(index));
  }

  private static String checked(String value, Codebook codebook, URL file, boolean statement) {
    String v = value == null ? "" : value.trim();
    if (statement && (v.equals(SAME) || v.equals(NONE)) || codebook.find(v).isPresent()) {
      return v;
    }
    throw new OrbitException(file + ": '" + v + "' is not a CAMEO code" + (statement ? ", 'same' or '-'" : ""));
  }

  /**
   * The code of the statement that an actor will do the act coded {@code code} (or threatens to), or
   * null when such a statement is no CAMEO event ("will make a statement") or the act's root is not listed.
   */
  public String stated(String code, Kind kind) {
    for (int length = code.length(); length >= 2; length--) {
      String[] stated = byPrefix.get(code.substring(0, length));
      if (stated != null) {
        String value = stated[kind.ordinal()];
        return value.equals(NONE) ? null : value.equals(SAME) ? code : value;
      }
    }
    return null;
  }
}
