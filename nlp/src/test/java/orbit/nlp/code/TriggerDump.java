package orbit.nlp.code;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.time.LocalDate;
import java.util.Map;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Sentence;
import orbit.core.doc.Token;
import orbit.nlp.Analysis;

/**
 * A lexicon work aid, not a test: prints every lexicon trigger of every parsed sentence of JSON Lines
 * articles ({"id","date","text"}), whether or not the coder finds actors for it, as JSON Lines in
 * the shape of {@code ./orbit code}'s events ({"article","trigger":{"start","end"},"cameo"}, plus
 * the lemma and lexicon line), so that tools/bank/misses.py can tell a missing word from a missing actor.
 * Run: {@code java -cp "nlp/target/test-classes:nlp/target/classes:CLASSPATH" orbit.nlp.code.TriggerDump FILE.jsonl}.
 */
public final class TriggerDump {
  private TriggerDump() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Analysis analysis = Analysis.full();
    TriggerFinder finder = new TriggerFinder(EventLexicon.standard());
    try (var lines = json.readerFor(JsonNode.class).<JsonNode>readValues(new File(args[0]))) {
      while (lines.hasNext()) {
        JsonNode a = lines.next();
        ArticleDoc doc = analysis.analyze(new Article(a.get("id").asText(), LocalDate.parse(a.get("date").asText()),
            null, null, null, a.get("text").asText()));
        for (Sentence s : doc.sentences()) {
          if (!s.isParsed()) {
            continue;
          }
          for (Trigger t : finder.find(new ParseGraph(s))) {
            Token token = s.tokens().get(t.token());
            System.out.println(json.writeValueAsString(Map.of("article", a.get("id").asText(),
                "trigger", Map.of("start", token.begin(), "end", token.end()), "cameo", t.pattern().code(),
                "lemma", token.lemma(), "line", t.pattern().line())));
          }
        }
      }
    }
  }
}
