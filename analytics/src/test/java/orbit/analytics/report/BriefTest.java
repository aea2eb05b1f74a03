package orbit.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import orbit.analytics.Cusum;
import orbit.analytics.Escalation;
import orbit.analytics.Influence;
import orbit.store.FactEvent;
import org.junit.jupiter.api.Test;

class BriefTest {
  static FactEvent fact(String id, long cluster, String day, String src, String tgt, double g, int quad, String evidence) {
    return new FactEvent(id, cluster, "a", LocalDate.parse(day), src, tgt, "190", "19", g, quad, evidence);
  }

  @Test
  void theBriefIsSelfContainedAndEscapesTheData() {
    List<FactEvent> facts = List.of(
        fact("a#0", 1, "2024-05-01", "RUS", "AZE", 3.0, 1, "Russia & Azerbaijan met"),
        fact("a#1", 2, "2025-06-30", "RUS", "AZE", -10.0, 4, "<script>alert(1)</script> raided homes"),
        fact("a#2", 3, "2025-07-01", "RUS", "AZE", -5.0, 4, "detained"),
        fact("a#3", 4, "2025-07-02", "RUS", "AZE", -2.0, 3, "accused"),
        fact("a#4", 5, "2025-07-03", "RUS", "AZE", -5.0, 4, "detained & beaten"));
    var rows = new Influence(facts, List.of(), 1).clients("RUS", List.of("AZE"), 2024, 2025);   // one 2024 event
    var alerts = new Escalation(Cusum.STANDARD).alerts(facts);
    var quote = new orbit.core.event.Quote("a", 0, 0, 9, "Moscow <lost> its grip", true,
        new orbit.core.event.Speaker("Temur Umarov", "fellow", null, null), List.of("RUS", "AZE"), Map.of("RUS", -0.4));
    String html = new Brief(facts, Map.of()).html("RUS", "caucasus", "Is <Moscow> losing the Caucasus?", rows, alerts,
        List.of(quote));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "</svg>", "influence is falling here",
        "&lt;script&gt;alert(1)&lt;/script&gt; raided homes", "detained &amp; beaten", "RUS→AZE 2025-07", "Temur Umarov, fellow", "Moscow &lt;lost&gt; its grip", "tone to RUS -0.40",
        "Question: <q>Is &lt;Moscow&gt; losing the Caucasus?</q>",
        // the intervals: the influence table's and each month's count in the chart
        "-0.500 <small>[", "2025-06: 1 conflict (95 % 0–", "2025-07: 3 conflict (95 % ")
        .doesNotContain("<script>", "src=", "href=", "<link");
  }
}
