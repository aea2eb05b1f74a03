package orbit.analytics.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import orbit.analytics.Alert;
import orbit.analytics.Bootstrap;
import orbit.analytics.ClientInfluence;
import orbit.analytics.DyadPeriod;
import orbit.analytics.DyadSeries;
import orbit.analytics.Granularity;
import orbit.analytics.Influence;
import orbit.core.event.Quote;
import orbit.core.event.Speaker;
import orbit.store.FactEvent;

/**
 * A self-contained HTML brief on a patron and a region: the influence table and verdict, each client's
 * monthly cooperation and conflict with the patron (inline SVG), the events behind each change and the
 * escalation alerts involving the patron, all with evidence sentences, and the voices (quotes) on them. No script, no network; every
 * string from the data is HTML-escaped.
 */
public final class Brief {
  private final List<FactEvent> facts;
  private final Map<LocalDate, Long> articlesPerDay;

  public Brief(List<FactEvent> facts, Map<LocalDate, Long> articlesPerDay) {
    this.facts = facts;
    this.articlesPerDay = articlesPerDay;
  }

  static final int VOICES = 15;

  /**
   * The brief; {@code question} is the analyst's question it answers (null when none was asked); {@code quotes} are
   * quotes that mention the patron (those mentioning a client too are shown).
   */
  public String html(String patron, String region, String question, List<ClientInfluence> rows, List<Alert> alerts,
                     List<Quote> quotes) {
    StringBuilder h = new StringBuilder();
    String title = patron + "'s influence: " + region;
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(title))
        .append("</title><style>body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}"
            + "td:first-child{text-align:left}.muted{color:#777}.ev{font-size:90%;color:#444}.fall{color:#b00}.rise{color:#060}"
            + "</style></head><body>\n");
    h.append("<h1>").append(Html.escape(title)).append("</h1>\n");
    if (question != null) {
      h.append("<p class=\"question\">Question: <q>").append(Html.escape(question)).append("</q></p>\n");
    }
    h.append("<p><strong>").append(Html.escape(Influence.summary(patron, rows).line())).append("</strong></p>\n");
    h.append("<p>Method, weights and limits: docs/influence.md and docs/analytics.md of Orbit. Fact events only, one per"
        + " real-world event; English-language news coverage. In brackets: 95 % bootstrap intervals over the real-world"
        + " events; a trend only where the change's interval excludes zero.</p>\n");
    influenceTable(h, rows);
    h.append("<h2>Clients</h2>\n");
    for (ClientInfluence r : rows) {
      client(h, patron, r);
    }
    alertSection(h, patron, rows, alerts);
    voices(h, patron, rows, quotes);
    return h.append("</body></html>\n").toString();
  }

  private static void influenceTable(StringBuilder h, List<ClientInfluence> rows) {
    if (rows.isEmpty()) {
      return;
    }
    ClientInfluence first = rows.get(0);
    String base = first.fromYear() == first.toYear() - 1 ? Integer.toString(first.fromYear())
        : first.fromYear() + "–" + (first.toYear() - 1);
    h.append("<table><tr><th>client</th><th>relational ").append(base).append("</th><th>relational ")
        .append(first.toYear()).append("</th><th>structural ").append(first.toYear()).append("</th><th>index ")
        .append(base).append("</th><th>index ").append(first.toYear())
        .append("</th><th>change</th><th>trend</th><th>events</th></tr>\n");
    for (ClientInfluence r : rows) {
      String cls = r.trend().equals("falling") ? " class=\"fall\"" : r.trend().equals("rising") ? " class=\"rise\"" : "";
      h.append("<tr><td>").append(Html.escape(r.client())).append("</td>").append(cell(r.relationalFrom(), r.eventsFrom()))
          .append(cell(r.relationalTo(), r.eventsTo())).append("<td>").append(f(r.structuralTo())).append("</td>")
          .append(cell(r.indexFrom(), r.eventsFrom())).append(cell(r.indexTo(), r.eventsTo()))
          .append(cell(r.change(), Math.min(r.eventsFrom(), r.eventsTo()))).append("<td").append(cls).append('>')
          .append(Html.escape(r.trend())).append("</td><td>").append(r.eventsFrom()).append(" → ").append(r.eventsTo())
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private void client(StringBuilder h, String patron, ClientInfluence r) {
    List<DyadPeriod> series = DyadSeries.of(facts, articlesPerDay, patron, r.client(), Granularity.month);
    if (series.isEmpty()) {
      return;
    }
    h.append("<h3>").append(Html.escape(patron + " – " + r.client())).append("</h3>\n");
    h.append(BarChart.svg(months(series), patron + " – " + r.client()
            + ": cooperation (up) and conflict (down) events per month, with their 95 % intervals"))
        .append('\n');
    if (!r.components().isEmpty()) {
      StringBuilder parts = new StringBuilder("Structural components: ");
      r.components().forEach((k, v) -> parts.append(k).append(String.format(Locale.ROOT, " %.2f; ", v)));
      h.append("<p class=\"ev\">").append(Html.escape(parts.toString())).append("</p>\n");
    }
    if (r.why() != null) {
      h.append("<p class=\"ev\">Why: ").append(Html.escape(r.why())).append("</p>\n");
    }
    events(h, r.drivers());
    if (!r.others().isEmpty()) {
      h.append("<p class=\"ev\">Meanwhile, with ").append(Html.escape(r.client())).append("'s other partners:</p>\n");
      events(h, r.others());
    }
  }

  private static List<BarChart.Month> months(List<DyadPeriod> series) {
    Map<LocalDate, int[]> byMonth = new TreeMap<>();
    for (DyadPeriod p : series) {
      int[] m = byMonth.computeIfAbsent(p.period(), k -> new int[2]);
      m[0] += p.quad1() + p.quad2();
      m[1] += p.quad3() + p.quad4();
    }
    List<BarChart.Month> months = new ArrayList<>();
    String dyad = series.get(0).source() + "-" + series.get(0).target() + " ";
    byMonth.forEach((month, m) -> months.add(new BarChart.Month(month, Bootstrap.count(m[0], dyad + month + " cooperation"),
        Bootstrap.count(m[1], dyad + month + " conflict"))));
    return months;
  }

  private static void events(StringBuilder h, List<FactEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    h.append("<ul class=\"ev\">\n");
    for (FactEvent e : events) {
      h.append("<li>").append(e.day()).append(' ').append(Html.escape(e.source() + "→" + e.target())).append(" CAMEO ")
          .append(Html.escape(e.cameo())).append(String.format(Locale.ROOT, " (%+.1f): “", e.goldstein()))
          .append(Html.escape(e.evidence())).append("” <small>").append(Html.escape(e.id())).append("</small></li>\n");
    }
    h.append("</ul>\n");
  }

  private static void alertSection(StringBuilder h, String patron, List<ClientInfluence> rows, List<Alert> alerts) {
    List<String> clients = rows.stream().map(ClientInfluence::client).toList();
    List<Alert> mine = alerts.stream().filter(a -> a.source().equals(patron) && clients.contains(a.target())
        || a.target().equals(patron) && clients.contains(a.source())).toList();
    h.append("<h2>Escalation alerts</h2>\n");
    if (mine.isEmpty()) {
      h.append("<p>No alert between ").append(Html.escape(patron)).append(" and these clients.</p>\n");
    }
    for (Alert a : mine) {
      h.append("<h3>").append(Html.escape(a.source() + "→" + a.target())).append(' ')
          .append(a.period().toString(), 0, 7).append(String.format(Locale.ROOT,
              ": %.0f conflict events against a baseline of %.2f (excess %+.2f)", a.conflict(), a.baseline(), a.excess()))
          .append("</h3>\n");
      events(h, a.events());
    }
  }

  private static void voices(StringBuilder h, String patron, List<ClientInfluence> rows, List<Quote> quotes) {
    List<String> clients = rows.stream().map(ClientInfluence::client).toList();
    List<Quote> mine = quotes.stream().filter(q -> q.mentions().contains(patron)
        && q.mentions().stream().anyMatch(clients::contains)).limit(VOICES).toList();
    h.append("<h2>Voices</h2>\n");
    if (mine.isEmpty()) {
      h.append("<p>No quote mentions ").append(Html.escape(patron)).append(" and these clients.</p>\n");
      return;
    }
    h.append("<ul class=\"ev\">\n");
    for (Quote q : mine) {
      Speaker s = q.speaker();
      String who = s == null ? "unattributed" : String.join(", ", java.util.stream.Stream.of(s.name(), s.role(),
          s.affiliation()).filter(x -> x != null && !x.isBlank()).toList());
      Double tone = q.tone().get(patron);
      h.append("<li><strong>").append(Html.escape(who)).append("</strong>").append(q.direct() ? ": “" : " (indirect): “")
          .append(Html.escape(q.text())).append("”").append(tone == null ? ""
              : String.format(Locale.ROOT, " <small>tone to %s %+.2f</small>", Html.escape(patron), tone))
          .append(" <small>").append(Html.escape(q.article())).append("</small></li>\n");
    }
    h.append("</ul>\n");
  }

  /** A figure and its 95 % interval, or "insufficient evidence" with the events there were. */
  private static String cell(orbit.analytics.Estimate e, int events) {
    return e == null ? "<td class=\"muted\">" + Influence.INSUFFICIENT + " (" + events + ")</td>"
        : String.format(Locale.ROOT, "<td>%.3f <small>%s</small></td>", e.value(), e.interval());
  }

  private static String f(Double v) {
    return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
  }
}
