package orbit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import orbit.core.dedup.ClusterKey;
import orbit.core.event.DatePrecision;
import orbit.spark.ClusterScan.Mention;
import org.junit.jupiter.api.Test;

/** The de-duplication rule on the events of one group (same dyad, root and fact-or-not). */
class ClusterScanTest {
  private static Mention m(String id, String cameo, String date, String precision, String location) {
    return new Mention(id, ClusterKey.of("RUS", "UKR", ClusterKey.rootOf(null, cameo), cameo, true, date,
        DatePrecision.valueOf(precision.toUpperCase(Locale.ROOT)), location));
  }

  private static Map<String, String> assign(Mention... mentions) {
    return ClusterScan.assign(List.of(mentions));
  }

  @Test
  void dayEventsWithinThreeDaysAreOneCluster() {
    Map<String, String> c = assign(m("a", "1823", "2025-06-27", "day", "RUS"), m("b", "1823", "2025-06-30", "day", "RUS"),
        m("c", "1823", "2025-07-04", "day", "RUS"));
    assertThat(c.get("b")).isEqualTo("a");
    assertThat(c.get("c")).isEqualTo("c");
  }

  @Test
  void locationsMustShareACountryUnlessOneIsUnknown() {
    Map<String, String> c = assign(m("a", "190", "2025-06-27", "day", "RUS"), m("b", "190", "2025-06-27", "day", "UKR"),
        m("c", "190", "2025-06-28", "day", null));
    assertThat(c.get("b")).isEqualTo("b");
    assertThat(c.get("c")).isEqualTo("a");
  }

  @Test
  void coarseDatesJoinAClusterInTheirPeriod() {
    Map<String, String> c = assign(m("a", "042", "2025-07-10", "day", null), m("b", "042", "2025-07", "month", null),
        m("c", "042", "2025-08", "month", null), m("d", "042", "2025", "year", null));
    assertThat(c.get("b")).isEqualTo("a");
    assertThat(c.get("c")).isEqualTo("c");
    assertThat(c.get("d")).isIn("a", "c");
  }

  @Test
  void articleDatedEventsCoverTheArticlesDayAndTheDayBefore() {
    Map<String, String> c = assign(m("a", "1823", "2025-06-27", "day", null), m("b", "1823", "2025-07-01", "article", null),
        m("c", "1823", "2025-07-02", "article", null));
    assertThat(c.get("b")).isEqualTo("a");
    assertThat(c.get("c")).isEqualTo("c");
  }

  @Test
  void codesMustRefineEachOther() {
    Map<String, String> c = assign(m("a", "1823", "2025-06-27", "day", null), m("b", "1822", "2025-06-27", "day", null));
    assertThat(c.get("b")).isEqualTo("b");
  }

  @Test
  void theResultDoesNotDependOnInputOrder() {
    List<Mention> mentions = new ArrayList<>();
    String[] codes = {"190", "193", "195", "19"};
    String[] places = {null, "RUS", "UKR"};
    Random random = new Random(7);
    for (int i = 0; i < 200; i++) {
      String date = random.nextInt(5) == 0 ? "2025-0" + (1 + random.nextInt(9))
          : String.format("2025-%02d-%02d", 1 + random.nextInt(3), 1 + random.nextInt(28));
      mentions.add(m("e" + i, codes[random.nextInt(codes.length)], date, random.nextBoolean() ? "day" : "article",
          places[random.nextInt(places.length)]));
    }
    Map<String, String> first = ClusterScan.assign(mentions);
    Collections.shuffle(mentions, random);
    assertThat(ClusterScan.assign(mentions)).isEqualTo(first);
  }
}
