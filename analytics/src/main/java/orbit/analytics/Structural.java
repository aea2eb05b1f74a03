package orbit.analytics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import orbit.store.Indicator;

/**
 * The structural part of the influence index (docs/influence.md): the client's dependence on the
 * patron from loaded indicators, each scaled to 0 … 1, averaged over the indicators present.
 * For each indicator the value of the latest year up to the one asked is used (else the earliest after).
 */
public final class Structural {
  /** Scale of each indicator: the value that counts as full dependence (capped at 1). */
  static final Map<String, Double> FULL = Map.of(
      "trade_share", 50.0, "remittances_gdp", 30.0, "arms_imports_share", 100.0, "alliance_csto", 1.0,
      "alliance_eaeu", 1.0, "opinion_favourable", 100.0);
  /** Membership of the rival alliance: partner USA; counts against any other patron. */
  static final String NATO = "alliance_nato";
  static final String NATO_PARTNER = "USA";

  private Structural() {}

  /** The structural score and its components; score is null when no indicator applies. */
  public record Score(Double value, Map<String, Double> components) {}

  public static Score of(List<Indicator> rows, String client, String patron, int year) {
    Map<String, Double> components = new TreeMap<>();
    for (String indicator : FULL.keySet()) {
      Double v = value(rows, client, patron, indicator, year);
      if (v != null) {
        components.put(indicator, Math.max(0, Math.min(1, v / FULL.get(indicator))));
      }
    }
    Double nato = value(rows, client, NATO_PARTNER, NATO, year);
    if (nato != null) {
      components.put(NATO, patron.equals(NATO_PARTNER) ? nato : 1 - nato);
    }
    Double mean = components.isEmpty() ? null
        : components.values().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    return new Score(mean, components);
  }

  /** The indicator's value for the year: latest year up to it, else the earliest after; sources averaged. */
  static Double value(List<Indicator> rows, String client, String partner, String indicator, int year) {
    List<Indicator> mine = rows.stream().filter(i -> i.country().equals(client) && i.partner().equals(partner)
        && i.indicator().equals(indicator)).toList();
    if (mine.isEmpty()) {
      return null;
    }
    int before = mine.stream().mapToInt(Indicator::year).filter(y -> y <= year).max().orElse(Integer.MIN_VALUE);
    int chosen = before != Integer.MIN_VALUE ? before : mine.stream().mapToInt(Indicator::year).min().orElseThrow();
    return mine.stream().filter(i -> i.year() == chosen).mapToDouble(Indicator::value).average().orElseThrow();
  }
}
