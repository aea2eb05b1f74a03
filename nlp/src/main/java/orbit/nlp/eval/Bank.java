package orbit.nlp.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import orbit.core.Json;
import orbit.core.OrbitException;

/**
 * The annotated bank: the items of {@code items/*.jsonl} (file and line order) and the frozen split of
 * {@code splits.tsv}. A line that does not parse is an error naming file and line, never skipped.
 */
public record Bank(Path dir, List<BankItem> items, Map<String, String> splits) {
  public static final List<String> SPLITS = List.of("train", "dev", "test");

  public static Bank read(Path dir) {
    List<BankItem> items = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir.resolve("items"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        items.addAll(readItems(file));
      }
    } catch (IOException e) {
      throw new OrbitException("cannot read the bank's items in " + dir + ": " + e.getMessage(), e);
    }
    return new Bank(dir, List.copyOf(items), readSplits(dir.resolve("splits.tsv")));
  }

  private static List<BankItem> readItems(Path file) throws IOException {
    List<BankItem> items = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          items.add(Json.mapper().readValue(line, BankItem.class));
        } catch (IOException e) {
          throw new OrbitException(file + ":" + number + ": not a bank item: " + e.getMessage(), e);
        }
      }
    }
    return items;
  }

  /** id → split; an absent file means no split has been made yet. */
  private static Map<String, String> readSplits(Path file) {
    Map<String, String> splits = new LinkedHashMap<>();
    if (!Files.exists(file)) {
      return splits;
    }
    try {
      for (String line : Files.readAllLines(file)) {
        String[] f = line.split("\t");
        if (f.length == 2 && !line.startsWith("#") && SPLITS.contains(f[1])) {
          splits.put(f[0], f[1]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return splits;
  }

  /** The items of one split, or all items for null. */
  public List<BankItem> items(String split) {
    if (split == null) {
      return items;
    }
    if (!SPLITS.contains(split)) {
      throw new OrbitException("unknown split '" + split + "' (one of " + String.join(", ", SPLITS) + ")");
    }
    return items.stream().filter(i -> split.equals(splits.get(i.id()))).toList();
  }
}
