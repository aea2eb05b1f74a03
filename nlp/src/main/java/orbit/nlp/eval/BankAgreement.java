package orbit.nlp.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import orbit.core.Json;
import orbit.core.OrbitException;
import orbit.nlp.eval.Gold.GoldEvent;

/**
 * Agreement between the bank's annotation and an independent second pass ({@code second-pass/*.jsonl}: lines of
 * {@code id}, {@code events}, {@code notEvents}): Cohen's kappa on each item's main root (the first required
 * event's first root, "none" for an item without one), and F1 on the (source, target, root) triples of the
 * required events, a symmetric event matching either way round. Each triple of one pass matches at most one of
 * the other.
 */
public record BankAgreement(int items, double kappa, double observed, int triplesA, int triplesB, int matched,
                            List<String> disagreements) {
  public double tripleF1() {
    return triplesA + triplesB == 0 ? 1 : 2.0 * matched / (triplesA + triplesB);
  }

  /** Second-pass annotations of some items. */
  record Pass(String id, List<GoldEvent> events, List<GoldEvent> notEvents) {
    Pass {
      events = events == null ? List.of() : events;
      notEvents = notEvents == null ? List.of() : notEvents;
    }
  }

  public static BankAgreement of(Bank bank) {
    Map<String, BankItem> byId = new HashMap<>();
    bank.items().forEach(i -> byId.put(i.id(), i));
    List<Pass> passes = read(bank.dir().resolve("second-pass"));
    Map<String, Integer> labelsA = new HashMap<>(), labelsB = new HashMap<>();
    int agree = 0, triplesA = 0, triplesB = 0, matched = 0;
    List<String> disagreements = new ArrayList<>();
    for (Pass p : passes) {
      BankItem item = byId.get(p.id());
      if (item == null) {
        throw new OrbitException("second pass names item '" + p.id() + "', which is not in the bank");
      }
      String a = item.mainRoot();
      String b = mainRoot(p.events());
      labelsA.merge(a, 1, Integer::sum);
      labelsB.merge(b, 1, Integer::sum);
      agree += a.equals(b) ? 1 : 0;
      List<GoldEvent> ea = required(item.events()), eb = required(p.events());
      int m = matches(ea, eb);
      triplesA += ea.size();
      triplesB += eb.size();
      matched += m;
      if (!a.equals(b) || m < Math.max(ea.size(), eb.size())) {
        disagreements.add(p.id() + "\tbank " + triples(ea) + "\tsecond " + triples(eb));
      }
    }
    int n = passes.size();
    double observed = n == 0 ? 1 : (double) agree / n;
    double expected = 0;
    for (Map.Entry<String, Integer> e : labelsA.entrySet()) {
      expected += (double) e.getValue() / n * labelsB.getOrDefault(e.getKey(), 0) / n;
    }
    double kappa = expected == 1 ? 1 : (observed - expected) / (1 - expected);
    return new BankAgreement(n, kappa, observed, triplesA, triplesB, matched, disagreements);
  }

  private static List<GoldEvent> required(List<GoldEvent> events) {
    return events.stream().filter(GoldEvent::required).filter(e -> !e.roots().isEmpty()).toList();
  }

  private static String mainRoot(List<GoldEvent> events) {
    return required(events).stream().map(e -> e.roots().get(0)).findFirst().orElse("none");
  }

  private static int matches(List<GoldEvent> a, List<GoldEvent> b) {
    boolean[] used = new boolean[b.size()];
    int m = 0;
    for (GoldEvent x : a) {
      for (int j = 0; j < b.size(); j++) {
        if (!used[j] && same(x, b.get(j))) {
          used[j] = true;
          m++;
          break;
        }
      }
    }
    return m;
  }

  private static boolean same(GoldEvent x, GoldEvent y) {
    boolean roots = x.roots().stream().anyMatch(y.roots()::contains);
    boolean straight = same(x.source(), y.source()) && same(x.target(), y.target());
    boolean swapped = (x.eitherDirection() || y.eitherDirection()) && same(x.source(), y.target())
        && same(x.target(), y.source());
    return roots && (straight || swapped);
  }

  /** Sides agree as the scorer compares them: a bare IGO stands for any IGO… code. */
  private static boolean same(String a, String b) {
    return Objects.equals(a, b) || a != null && b != null && (Scorer.same(a, b) || Scorer.same(b, a));
  }

  private static String triples(List<GoldEvent> events) {
    return events.stream().map(e -> e.source() + "->" + e.target() + " " + e.roots()).toList().toString();
  }

  private static List<Pass> read(Path dir) {
    List<Pass> passes = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return passes;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          if (!line.isBlank()) {
            passes.add(Json.mapper().readValue(line, Pass.class));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return passes;
  }
}
