package orbit.nlp.petrarch;

import java.util.List;
import java.util.Set;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Article;
import orbit.core.doc.Layer;
import orbit.core.doc.Sentence;
import orbit.nlp.SharedData;
import org.junit.jupiter.api.Test;

class ScratchTest {
  @Test
  void debug() {
    ValidationRecords file = ValidationRecords.read(SharedData.path("data/petrarch/ud-petr-validate/PETR_Validate_records_2_02.xml"));
    Dictionaries d = Dictionaries.load(file.dictionaries(), Dictionaries.Mode.REPLACE);
    List<String> ids = List.of(System.getProperty("ids", "COMMA-02").split(","));
    for (ValidationRecords.Record r : file.records()) {
      if (!ids.contains(r.id())) continue;
      Sentence s = ConlluParse.sentence(r.parse(), r.text(), 0, 0);
      for (var t : s.tokens()) System.out.print(t.index() + ":" + t.word() + "/" + t.pos() + " ");
      System.out.println();
      for (var dep : s.dependencies()) System.out.print(dep.dependent() + "<-" + dep.relation() + "-" + dep.governor() + " ");
      System.out.println();
      ArticleDoc doc = ArticleDoc.of(new Article(r.id(), r.date(), null, null, null, r.text())).withSentences(List.of(s), Set.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.DEPENDENCIES));
      for (var e : d.coder().apply(doc).events()) System.out.println(r.id() + " " + e.cameo() + " " + e.source() + " -> " + e.target() + " | " + e.evidence());
      System.out.println("expected " + r.expected());
    }
  }
}
