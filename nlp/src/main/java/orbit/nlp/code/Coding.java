package orbit.nlp.code;

import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Sentence;

/** The parsed sentence being coded, with its article, participants, the discourse so far and its scene. */
record Coding(ArticleDoc doc, Sentence sentence, ParseGraph g, Participants who, Discourse discourse,
              Scene.View scene) {}
