package orbit.nlp.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import orbit.core.doc.ArticleDoc;
import orbit.core.event.Quote;

/**
 * Test helper: quotes of a doc against a gold file's "quotes" and "notQuotes", matched by opening
 * words as DESIGN.md says (case, typographic quotes and leading marks folded); a speaker by full name.
 */
record QuoteGold(int gold, int found, int attributed, int scareReported, List<String> misses) {
  static QuoteGold score(JsonNode goldFile, ArticleDoc doc) {
    List<String> misses = new ArrayList<>();
    int found = 0;
    int attributed = 0;
    for (JsonNode g : goldFile.path("quotes")) {
      String opening = g.get("startsWith").asText();
      Quote q = first(doc, opening);
      String speaker = q == null || q.speaker() == null ? null : q.speaker().name();
      if (q == null) {
        misses.add("missed\t" + opening);
      } else if (g.get("speaker").asText().equals(speaker)) {
        attributed++;
      } else {
        misses.add("speaker\t" + opening + "\t" + speaker + " vs " + g.get("speaker").asText());
      }
      found += q == null ? 0 : 1;
    }
    int scare = 0;
    for (JsonNode not : goldFile.path("notQuotes")) {
      if (first(doc, not.asText()) != null) {
        scare++;
        misses.add("scare quote reported\t" + not.asText());
      }
    }
    return new QuoteGold(goldFile.path("quotes").size(), found, attributed, scare, misses);
  }

  QuoteGold plus(QuoteGold o) {
    List<String> all = new ArrayList<>(misses);
    all.addAll(o.misses);
    return new QuoteGold(gold + o.gold, found + o.found, attributed + o.attributed, scareReported + o.scareReported, all);
  }

  private static Quote first(ArticleDoc doc, String opening) {
    return doc.quotes().stream().filter(q -> normal(q.text()).startsWith(normal(opening))).findFirst().orElse(null);
  }

  private static String normal(String text) {
    String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'').replace('“', '"')
        .replace('”', '"').strip();
    while (!t.isEmpty() && (t.charAt(0) == '"' || t.charAt(0) == '\'')) {
      t = t.substring(1);
    }
    return t;
  }
}
