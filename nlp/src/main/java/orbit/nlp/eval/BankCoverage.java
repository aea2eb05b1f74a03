package orbit.nlp.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import orbit.core.cameo.Codebook;
import orbit.nlp.eval.Gold.GoldEvent;

/**
 * The bank's coverage against the targets of {@code coverage.tsv} (what it must hold per root, code, country,
 * actor kind and construction) and its validity: anchors found verbatim, codes in the codebook and under their
 * roots, ids unique, a split for every item. {@link #failures()} is empty when the bank meets every target.
 */
public record BankCoverage(Map<String, String> figures, List<String> failures) {
  public static BankCoverage of(Bank bank, Codebook codebook) {
    Map<String, String> targets = targets(bank.dir().resolve("coverage.tsv"));
    Set<String> postSoviet = words(targets.get("postSoviet"));
    Set<String> nonState = words(targets.get("nonStateSectors"));
    List<BankItem> items = bank.items();
    Map<String, String> figures = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>(validity(bank, codebook));
    Check check = new Check(targets, figures, failures);

    check.atLeast("items", items.size(), "minItems");
    Map<String, Integer> roots = new TreeMap<>();
    Map<String, Integer> codes = new TreeMap<>();
    for (BankItem item : items) {
      required(item).map(e -> e.roots().get(0)).distinct().forEach(r -> roots.merge(r, 1, Integer::sum));
      required(item).filter(e -> !e.codes().isEmpty()).map(e -> e.codes().get(0).substring(0, 3)).distinct()
          .forEach(c -> codes.merge(c, 1, Integer::sum));
    }
    for (int r = 1; r <= 20; r++) {
      String root = String.format("%02d", r);
      check.atLeast("root " + root, roots.getOrDefault(root, 0), "minItemsPerRoot");
    }
    for (String code : topCodes(bank.dir().resolve("top-codes.tsv"))) {
      check.atLeast("code " + code, codes.getOrDefault(code, 0), "minItemsPerTopCode");
    }
    Set<String> countries = new TreeSet<>();
    items.forEach(i -> sides(i).filter(BankCoverage::isCountry).forEach(countries::add));
    check.atLeast("countries", countries.size(), "minCountries");
    check.share("outside post-Soviet", count(items, i -> sides(i).noneMatch(postSoviet::contains)), items.size(),
        "minShareOutsidePostSoviet");
    check.share("non-state actors", count(items, i -> nonState(i, nonState)), items.size(), "minShareNonState");
    check.share("domestic", count(items, BankCoverage::domestic), items.size(), "minShareDomestic");
    for (String tag : words(targets.get("constructions"))) {
      check.atLeast("construction " + tag, count(items, i -> i.constructions().contains(tag)),
          "minItemsPerConstruction");
    }
    Set<String> traps = words(targets.get("traps"));
    check.atLeast("traps", count(items, i -> i.constructions().stream().anyMatch(traps::contains)), "minTraps");
    return new BankCoverage(figures, failures);
  }

  private record Check(Map<String, String> targets, Map<String, String> figures, List<String> failures) {
    void atLeast(String name, int value, String key) {
      int min = Integer.parseInt(targets.get(key));
      figures.put(name, value + "\t(≥ " + min + ")");
      if (value < min) {
        failures.add(name + ": " + value + " < " + min);
      }
    }

    void share(String name, int value, int of, String key) {
      double min = Double.parseDouble(targets.get(key));
      double share = of == 0 ? 0 : (double) value / of;
      figures.put(name, String.format(java.util.Locale.ROOT, "%.3f\t(%d of %d; ≥ %.2f)", share, value, of, min));
      if (share < min) {
        failures.add(String.format(java.util.Locale.ROOT, "%s: %.3f < %.2f", name, share, min));
      }
    }
  }

  private static List<String> validity(Bank bank, Codebook codebook) {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (BankItem item : bank.items()) {
      if (ids.merge(item.id(), 1, Integer::sum) > 1) {
        problems.add(item.id() + ": duplicate id");
      }
      if (item.date() == null || item.text() == null || item.text().isBlank()) {
        problems.add(item.id() + ": no date or no text");
        continue;
      }
      if (!bank.splits().containsKey(item.id())) {
        problems.add(item.id() + ": in no split");
      }
      Stream.concat(item.events().stream(), item.notEvents().stream()).forEach(e -> {
        if (e.anchor() == null || !item.text().contains(e.anchor())) {
          problems.add(item.id() + " " + e.id() + ": anchor not in the text");
        }
        if (e.roots().isEmpty()) {
          problems.add(item.id() + " " + e.id() + ": no root");
        }
        e.roots().stream().filter(r -> r.length() != 2 || codebook.find(r).isEmpty())
            .forEach(r -> problems.add(item.id() + " " + e.id() + ": no such root " + r));
        e.codes().stream().filter(c -> codebook.find(c).isEmpty() || !e.roots().contains(c.substring(0, 2)))
            .forEach(c -> problems.add(item.id() + " " + e.id() + ": code " + c + " unknown or not under its roots"));
      });
    }
    return problems;
  }

  private static Stream<GoldEvent> required(BankItem item) {
    return item.events().stream().filter(GoldEvent::required).filter(e -> !e.roots().isEmpty());
  }

  private static Stream<String> sides(BankItem item) {
    return Stream.concat(item.events().stream(), item.notEvents().stream())
        .flatMap(e -> Stream.of(e.source(), e.target())).filter(c -> c != null);
  }

  /** A country's code, as against an international body's (IGO…, EUR) or NGO. */
  static boolean isCountry(String code) {
    return code.length() == 3 && !code.equals("NGO") && !code.equals("EUR") && !code.equals("IGO");
  }

  /** The sectors coverage.tsv counts as non-state actors. */
  public static Set<String> nonStateSectors(Bank bank) {
    return words(targets(bank.dir().resolve("coverage.tsv")).get("nonStateSectors"));
  }

  private static boolean nonState(BankItem item, Set<String> sectors) {
    return Stream.concat(item.events().stream(), item.notEvents().stream()).anyMatch(e ->
        sectors.contains(e.sourceSector()) || sectors.contains(e.targetSector())
            || Stream.of(e.source(), e.target()).anyMatch(c -> c != null && !isCountry(c)));
  }

  private static boolean domestic(BankItem item) {
    return item.events().stream().anyMatch(e -> e.source() != null && e.source().equals(e.target()));
  }

  private static int count(List<BankItem> items, Predicate<BankItem> test) {
    return (int) items.stream().filter(test).count();
  }

  private static Set<String> words(String value) {
    return new HashSet<>(Arrays.asList(value.trim().split("\\s+")));
  }

  private static Map<String, String> targets(Path file) {
    Map<String, String> targets = new HashMap<>();
    lines(file).forEach(f -> targets.put(f[0], f[1]));
    return targets;
  }

  private static List<String> topCodes(Path file) {
    return lines(file).map(f -> f[0]).toList();
  }

  /** The data rows of a tab-separated file with '#' comments and a header line. */
  private static Stream<String[]> lines(Path file) {
    try {
      return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1)
          .map(l -> l.split("\t"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
