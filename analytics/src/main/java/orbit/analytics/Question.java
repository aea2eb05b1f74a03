package orbit.analytics;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import orbit.store.FactEvent;

/**
 * What an analyst's question asks the influence index: a patron and its clients (docs/influence.md).
 * Clients: the region the question names ("Central Asia", "the former Soviet states"; region-names.csv), else
 * the countries it names that belong to a region of regions.csv (a patron such as Russia, China or the US is in
 * none), else the default region. Patron: the first country named outside the clients, else the clients' most
 * frequent partner in the data (the country outside them with the most de-duplicated fact events with them).
 *
 * @param region      a region name or a list such as "KAZ,AZE", as {@code --region} takes it
 * @param patronHow   how the patron was found: "named" or "the clients' most frequent partner"
 * @param regionHow   how the clients were found: "region named", "countries named" or "default"
 */
public record Question(String text, String patron, String region, List<String> clients, String patronHow,
                       String regionHow) {

  /**
   * Reads a question.
   *
   * @param named         the countries the question names, in order (from the actor resolver)
   * @param defaultRegion the region when the question names neither a region nor a client
   * @param facts         the store's fact events, for a patron the question does not name
   */
  public static Question read(String text, List<String> named, Regions regions, String defaultRegion,
                              List<FactEvent> facts) {
    Optional<String> region = regions.named(text);
    List<String> members = named.stream().distinct().filter(regions::isMember).toList();
    String scope;
    String how;
    if (region.isPresent()) {
      scope = region.get();
      how = "region named";
    } else if (!members.isEmpty()) {
      scope = String.join(",", members);
      how = "countries named";
    } else {
      scope = defaultRegion;
      how = "default";
    }
    List<String> clients = regions.countries(scope);
    Optional<String> patron = named.stream().filter(c -> !clients.contains(c)).findFirst();
    return patron.map(p -> new Question(text, p, scope, clients, "named", how))
        .orElseGet(() -> new Question(text, topPartner(clients, facts), scope, clients,
            "the clients' most frequent partner", how));
  }

  /** The country outside {@code clients} with the most de-duplicated fact events with them (ties: by code); null when none. */
  static String topPartner(List<String> clients, List<FactEvent> facts) {
    Map<String, Integer> count = new TreeMap<>();
    for (FactEvent e : Clusters.representatives(facts)) {
      boolean s = clients.contains(e.source());
      boolean t = clients.contains(e.target());
      if (s != t) {
        count.merge(s ? e.target() : e.source(), 1, Integer::sum);
      }
    }
    return count.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
  }
}
