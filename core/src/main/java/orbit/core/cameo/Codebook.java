package orbit.core.cameo;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import orbit.core.OrbitException;

/**
 * The CAMEO event codebook: every code with its name, Goldstein weight, QuadClass and PLOVER category. Immutable and
 * thread-safe; {@link #standard()} is read once from {@code orbit/cameo/cameo-codes.tsv} (see its header for sources,
 * the QuadClass rule and the PLOVER choices). Lookups are hash-map gets, cheap enough to call per event.
 */
public final class Codebook {
  /** The resource {@link #standard()} reads. */
  public static final String RESOURCE = "/orbit/cameo/cameo-codes.tsv";

  private final List<CameoCode> all;
  private final Map<String, CameoCode> byCode;
  private final Map<String, List<CameoCode>> children;

  private Codebook(List<CameoCode> all) {
    Map<String, CameoCode> codes = new HashMap<>();
    Map<String, List<CameoCode>> kids = new HashMap<>();
    for (CameoCode c : all) {
      if (codes.put(c.code(), c) != null) {
        throw new OrbitException("CAMEO codebook lists code '" + c.code() + "' twice");
      }
      if (!c.isRoot()) {
        kids.computeIfAbsent(parentCode(c.code()), k -> new ArrayList<>()).add(c);
      }
    }
    kids.replaceAll((code, list) -> List.copyOf(list));
    this.all = List.copyOf(all);
    this.byCode = Map.copyOf(codes);
    this.children = Map.copyOf(kids);
  }

  /** Orbit's CAMEO 1.1b3 codebook, read once from the bundled resource. */
  public static Codebook standard() {
    return Standard.INSTANCE;
  }

  /** Reads a codebook in the format of {@link #RESOURCE}: tab-separated, '#' comment lines, a header line. */
  public static Codebook read(URL tsv) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator('\t')
        .withoutQuoteChar().withComments();
    List<CameoCode> rows = new ArrayList<>();
    try (MappingIterator<CameoCode> it = new CsvMapper().enable(CsvParser.Feature.EMPTY_STRING_AS_NULL)
        .readerFor(CameoCode.class).with(schema).readValues(tsv)) {
      it.forEachRemaining(rows::add);
    } catch (IOException e) {
      throw new OrbitException("cannot read CAMEO codebook " + tsv + ": " + e.getMessage(), e);
    }
    return new Codebook(rows);
  }

  /** All codes in codebook order (01, 010, 011, …, 2042). */
  public List<CameoCode> all() {
    return all;
  }

  /** The code, or empty when the codebook has no such code. */
  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  /** The code; an unknown code throws an {@link OrbitException} that names it and the valid codes near it. */
  public CameoCode get(String code) {
    CameoCode found = code == null ? null : byCode.get(code);
    if (found == null) {
      throw unknown(code);
    }
    return found;
  }

  /**
   * The code; a code outside CAMEO (a user dictionary's own: "1121", "075A") comes back under its
   * own number with its root's name, weight and class, or neutral when even the root is unknown.
   */
  public CameoCode orRoot(String code) {
    CameoCode found = byCode.get(code);
    if (found != null) {
      return found;
    }
    CameoCode root = code.length() < 2 ? null : byCode.get(code.substring(0, 2));
    return root == null ? new CameoCode(code, "code " + code + " (not in CAMEO)", 0.0, 0, null)
        : new CameoCode(code, root.name() + " (code " + code + ", not in CAMEO)", root.goldstein(), root.quad(), root.plover());
  }

  /** The codes asked for, in the order given; no codes means all of them. Fails on the first unknown code. */
  public List<CameoCode> select(List<String> codes) {
    if (codes.isEmpty()) {
      return all;
    }
    List<CameoCode> selected = new ArrayList<>(codes.size());
    for (String code : codes) {
      selected.add(get(code));
    }
    return List.copyOf(selected);
  }

  /** The root (two-digit) code of a known code: "18" for "1823", "18" for "18". */
  public CameoCode root(String code) {
    return get(get(code).root());
  }

  /** The code one level up ("182" for "1823", "18" for "182"); empty for a root. */
  public Optional<CameoCode> parent(String code) {
    CameoCode c = get(code);
    return c.isRoot() ? Optional.empty() : Optional.of(get(parentCode(c.code())));
  }

  /** The codes one level down ("1821", "1822", "1823" for "182"); empty for a leaf. */
  public List<CameoCode> children(String code) {
    return children.getOrDefault(get(code).code(), List.of());
  }

  private static String parentCode(String code) {
    return code.length() == 3 ? code.substring(0, 2) : code.substring(0, 3);
  }

  private OrbitException unknown(String code) {
    String known = code == null ? "" : code;
    while (!known.isEmpty() && !byCode.containsKey(known)) {
      known = known.substring(0, known.length() - 1);
    }
    List<CameoCode> under = children.getOrDefault(known, List.of());
    String hint = known.isEmpty() ? "the roots are " + codes(all.stream().filter(CameoCode::isRoot).toList())
        : under.isEmpty() ? known + " has no finer codes"
        : "codes under " + known + " are " + codes(under);
    return new OrbitException("unknown CAMEO code '" + code + "': " + hint + " (" + all.size()
        + " codes in all: the roots 01-20 with their 3- and 4-digit codes)");
  }

  private static String codes(List<CameoCode> codes) {
    return codes.stream().map(CameoCode::code).collect(Collectors.joining(", "));
  }

  /** Holder: the standard codebook is read on first use, once. */
  private static final class Standard {
    static final Codebook INSTANCE = read(resource());

    private static URL resource() {
      URL url = Codebook.class.getResource(RESOURCE);
      if (url == null) {
        throw new OrbitException("CAMEO codebook resource " + RESOURCE + " is missing from the classpath");
      }
      return url;
    }
  }
}
