package orbit.nlp.code;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import orbit.core.cameo.Codebook;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Sentence;
import orbit.nlp.Stages;
import orbit.nlp.resolve.ActorResolver;
import orbit.nlp.resolve.ArticleActors;
import org.junit.jupiter.api.Test;

/** Temporary probe (not committed): prints the coder's intermediate steps per sentence. */
class ProbeDebug {
  @Test
  void probe() throws Exception {
    String text = Files.readString(Path.of("/tmp/probe.txt"));
    ArticleDoc doc = Stages.standard().pipeline("corenlp", "quotes").apply(new Article("p", LocalDate.of(2024, 9, 18), "", "", "", text));
    ActorResolver actors = ActorResolver.standard();
    EventLexicon lexicon = EventLexicon.standard();
    TriggerFinder tf = new TriggerFinder(lexicon);
    EventRoles roles = new EventRoles(actors);
    Discourse discourse = new Discourse(new ArticleActors(actors));
    Scene where = new Scene(actors, SceneRules.standard());
    for (Sentence s : doc.sentences()) {
      var mentions = discourse.remember(s, doc.article().date());
      ParseGraph g = s.isParsed() ? new ParseGraph(s) : null;
      var view = where.next(s.tokens(), g, mentions, false);
      System.out.println("## " + s.text(text) + " parsed=" + (g != null));
      if (g == null) continue;
      Participants who = new Participants(g, discourse.actors(), doc.article().date(), discourse, s.index(), view);
      for (Trigger t : tf.find(g)) {
        var src = EventRoles.source(g, who, t);
        var srcs = roles.sourceActors(g, who, t, src);
        System.out.println("  trigger " + g.token(t.token()).word() + " " + t.pattern() + " source=" + src + " -> " + srcs);
        if (!srcs.isEmpty()) {
          Phrase span = src.head() >= 0 ? who.span(src.head()) : Phrase.of(t.token());
          var tg = roles.target(g, who, t, srcs, src.head(), span);
          System.out.println("    target " + tg);
        }
      }
    }
  }
}
