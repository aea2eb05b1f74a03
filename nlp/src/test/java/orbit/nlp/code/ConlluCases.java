package orbit.nlp.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import orbit.core.doc.Article;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Pipeline;
import orbit.core.doc.Sentence;
import orbit.core.doc.Timex;
import orbit.core.doc.Token;
import orbit.core.event.Event;
import orbit.nlp.Stages;
import orbit.nlp.petrarch.ConlluParse;

/**
 * Articles given as hand-written CoNLL-U parses (a test resource), coded by the quote and code stages without
 * loading CoreNLP. A document starts at {@code # newdoc id = NAME}; {@code # date = YYYY-MM-DD} sets its article
 * date (default 2025-07-24); {@code # newpar} starts a paragraph; each sentence has its {@code # text = ...}
 * and may list {@code # timex = FIRST-LAST TYPE VALUE} (token ids, as the tagger would normalise them); MISC
 * {@code NER=PERSON} tags a token's entity class, which CoNLL-U has no column for. The article text is the
 * sentences' texts joined by a space, or by a blank line at a new paragraph.
 */
final class ConlluCases {
  private static final LocalDate DATE = LocalDate.of(2025, 7, 24);
  private static final Pipeline CODING = Stages.standard().pipeline(ConlluParse.LAYERS, "quotes", "code");

  private final Map<String, List<Parsed>> docs;
  private final Map<String, LocalDate> dates;

  /** One sentence: its text, its CoNLL-U lines, its time expressions, whether it opens a paragraph. */
  record Parsed(String text, String conllu, List<Timex> timexes, boolean newParagraph) {}

  private ConlluCases(Map<String, List<Parsed>> docs, Map<String, LocalDate> dates) {
    this.docs = docs;
    this.dates = dates;
  }

  /** The documents of a CoNLL-U resource next to this class. */
  static ConlluCases read(String resource) {
    try (InputStream in = ConlluCases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ConlluCases parse(String all) {
    Map<String, List<Parsed>> docs = new LinkedHashMap<>();
    Map<String, LocalDate> dates = new LinkedHashMap<>();
    String id = null;
    for (String block : all.split("\\R\\s*\\R")) {
      String text = null;
      boolean par = false;
      List<Timex> timexes = new ArrayList<>();
      StringBuilder lines = new StringBuilder();
      for (String line : block.strip().split("\\R")) {
        if (line.startsWith("# newdoc id = ")) {
          id = line.substring("# newdoc id = ".length()).strip();
          docs.put(id, new ArrayList<>());
          dates.put(id, DATE);
        } else if (line.startsWith("# date = ")) {
          dates.put(id, LocalDate.parse(line.substring("# date = ".length()).strip()));
        } else if (line.startsWith("# newpar")) {
          par = true;
        } else if (line.startsWith("# text = ")) {
          text = line.substring("# text = ".length());
        } else if (line.startsWith("# timex = ")) {
          String[] f = line.substring("# timex = ".length()).strip().split(" ", 3);
          String[] span = f[0].split("-");
          timexes.add(new Timex(Integer.parseInt(span[0]) - 1, Integer.parseInt(span[1]) - 1, f[1], f[2]));
        } else if (!line.startsWith("#") && !line.isBlank()) {
          lines.append(line).append('\n');
        }
      }
      if (text != null) {
        docs.get(id).add(new Parsed(text, lines.toString(), List.copyOf(timexes), par));
      }
    }
    return new ConlluCases(docs, dates);
  }

  /** The document of this name as an annotated article: its text, parses, entity tags and time expressions. */
  ArticleDoc doc(String id) {
    List<Parsed> parsed = docs.get(id);
    if (parsed == null) {
      throw new IllegalArgumentException("no document " + id + " in the cases");
    }
    StringBuilder text = new StringBuilder();
    List<Integer> offsets = new ArrayList<>();
    for (Parsed p : parsed) {
      if (!text.isEmpty()) {
        text.append(p.newParagraph() ? "\n\n" : " ");
      }
      offsets.add(text.length());
      text.append(p.text());
    }
    String all = text.toString();
    List<Sentence> sentences = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      Parsed p = parsed.get(i);
      Sentence s = ConlluParse.sentence(p.conllu(), all, i, offsets.get(i));
      sentences.add(new Sentence(i, s.begin(), s.end(), tagged(s.tokens(), p.conllu()), s.dependencies(),
          p.timexes()));
    }
    return ArticleDoc.of(new Article(id, dates.get(id), null, null, null, all))
        .withSentences(sentences, ConlluParse.LAYERS);
  }

  /** The events the standard coder finds in the document of this name. */
  List<Event> code(String id) {
    return CODING.apply(doc(id)).events();
  }

  /** The events another pipeline (over the same given layers) finds in the document of this name. */
  List<Event> code(String id, Pipeline coding) {
    return coding.apply(doc(id)).events();
  }

  /** The tokens with the entity classes of the MISC column ({@code NER=...}); the others stay O. */
  private static List<Token> tagged(List<Token> tokens, String conllu) {
    String[] rows = conllu.strip().split("\\R");
    List<Token> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String ner = t.ner();
      for (String field : rows[t.index()].split("\t")[9].split("\\|")) {
        ner = field.startsWith("NER=") ? field.substring("NER=".length()) : ner;
      }
      out.add(new Token(t.index(), t.begin(), t.end(), t.word(), t.lemma(), t.pos(), ner));
    }
    return out;
  }
}
