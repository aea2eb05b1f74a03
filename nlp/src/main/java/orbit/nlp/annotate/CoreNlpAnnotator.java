package orbit.nlp.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import orbit.core.doc.ArticleDoc;
import orbit.core.doc.Layer;
import orbit.core.doc.Sentence;
import orbit.core.doc.Stage;
import orbit.core.doc.Token;

/**
 * The adapter to Stanford CoreNLP's tagging and parsing (the parser through {@link UdParser}). Built once
 * (models load in seconds) and shared by all threads. Tags every sentence; parses (UD basic
 * dependencies) only the sentences {@code parseWhere} selects, and normalises their time expressions
 * against the article date where they have a date-like token, with SUTime rules loaded for that article
 * alone: SUTime's rules tag the shared values of its constants and the tags outlive the article (after
 * "would resume on Friday", every later bare "Friday" resolved forward, in whichever article and thread
 * came next; CoreNLP issue 1061), so one shared instance made an article's dates depend on the others.
 */
public final class CoreNlpAnnotator implements Stage {
  private final NlpConfig config;
  private final StanfordCoreNLP tagger;
  private final UdParser parser;
  private final Predicate<List<Token>> parseWhere;

  /**
   * CoreNLP's neural UD parser, called directly (through {@link UdParser}): the depparse annotator would
   * also build the enhanced and enhanced++ graphs, which Orbit does not read.
   */
  private static final String UD_MODEL = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

  public CoreNlpAnnotator(NlpConfig config, Predicate<List<Token>> parseWhere) {
    this.config = config;
    this.parseWhere = parseWhere;
    // the parser loads on a second core while the tagger models load on this one
    CompletableFuture<UdParser> parsing = config.parse() == NlpConfig.ParseMode.NONE ? null
        : CompletableFuture.supplyAsync(() -> new UdParser(DependencyParser.loadFromModelFile(UD_MODEL, config.parser())));
    this.tagger = new StanfordCoreNLP(config.tagger());
    this.parser = parsing == null ? null : loaded(parsing);
  }

  private static UdParser loaded(CompletableFuture<UdParser> parsing) {
    try {
      return parsing.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException("loading " + UD_MODEL, e.getCause());
    }
  }

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer> provides() {
    EnumSet<Layer> layers = EnumSet.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ENTITIES);
    if (config.times()) {
      layers.add(Layer.TIMEXES);
    }
    if (parser != null) {
      layers.add(Layer.DEPENDENCIES);
    }
    return layers;
  }

  @Override
  public ArticleDoc apply(ArticleDoc doc) {
    Annotation annotation = new Annotation(doc.text());
    annotation.set(CoreAnnotations.DocDateAnnotation.class, doc.article().date().toString());
    tagger.annotate(annotation);
    List<CoreMap> coreSentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<Sentence> sentences = new ArrayList<>(coreSentences.size());
    List<CoreMap> toParse = new ArrayList<>();
    List<CoreMap> toTime = new ArrayList<>();
    for (CoreMap s : coreSentences) {
      nameVerbsAsNames(s.get(CoreAnnotations.TokensAnnotation.class));
      List<Token> tokens = tokens(s);
      sentences.add(new Sentence(sentences.size(), s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tokens, List.of(), List.of()));
      boolean selected = parseWhere.test(tokens);
      if (parser != null && (config.parse() == NlpConfig.ParseMode.ALL || selected)) {
        toParse.add(s);
      }
      // dates matter where events can be: SUTime (a third of the tagging cost) runs on those sentences
      // only, and on the lead, whose date is the news peg of the whole report
      if (config.times() && (selected || sentences.size() == 1) && DateWords.anyIn(tokens)) {
        toTime.add(s);
      }
    }
    if (!toTime.isEmpty()) {
      // loading the rules costs about 15 ms, a few per cent of an article's annotation
      new TimeAnnotator("sutime", config.sutime(), true).annotate(subset(toTime, doc.article().date().toString()));
    }
    for (CoreMap s : toParse) {
      int i = s.get(CoreAnnotations.SentenceIndexAnnotation.class);
      sentences.set(i, sentences.get(i).withParse(parser.parse(s)));
    }
    for (CoreMap s : coreSentences) {
      int i = s.get(CoreAnnotations.SentenceIndexAnnotation.class);
      Sentence sentence = sentences.get(i);
      List<CoreMap> timexes = s.get(TimeAnnotations.TimexAnnotations.class);
      if (timexes != null) {
        sentence = sentence.withTimexes(timexes(timexes, sentence.tokens()));
      }
      sentences.set(i, sentence);
    }
    return doc.withSentences(sentences, provides());
  }

  /** An annotation over some sentences only; annotators write their results into the shared sentence maps. */
  private static Annotation subset(List<CoreMap> sentences, String date) {
    Annotation part = new Annotation("");
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    if (date != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    return part;
  }

  /**
   * A capitalised verb inside a name the NER tagger found ("the Committee to Protect Journalists called on
   * Azerbaijan") is a word of the name: tagged a verb, it became the parser's root and the name's own
   * subject, and the sentence's real verb a relative clause under its object.
   */
  private static void nameVerbsAsNames(List<CoreLabel> labels) {
    for (int i = 1; i < labels.size() - 1; i++) {
      CoreLabel label = labels.get(i);
      String ner = label.ner();
      if (ner != null && !ner.equals("O") && label.tag().startsWith("VB") && Character.isUpperCase(label.word().charAt(0))
          && ner.equals(labels.get(i - 1).ner())) {
        label.setTag("NNP");
        label.setLemma(label.word());
        if (labels.get(i - 1).tag().equals("TO")) {
          labels.get(i - 1).setTag("IN");
        }
      }
    }
  }

  private static List<Token> tokens(CoreMap sentence) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel label : labels) {
      tokens.add(new Token(tokens.size(), label.beginPosition(), label.endPosition(), label.originalText(),
          label.lemma(), label.tag(), label.ner() == null ? "O" : label.ner()));
    }
    return tokens;
  }

  private static List<orbit.core.doc.Timex> timexes(List<CoreMap> found, List<Token> tokens) {
    List<orbit.core.doc.Timex> result = new ArrayList<>();
    for (CoreMap m : found) {
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      int first = -1;
      int last = -1;
      for (Token t : tokens) {
        if (t.begin() >= begin && t.end() <= end) {
          first = first < 0 ? t.index() : first;
          last = t.index();
        }
      }
      if (timex != null && first >= 0 && timex.value() != null) {
        result.add(new orbit.core.doc.Timex(first, last, timex.timexType(), timex.value()));
      }
    }
    return result;
  }
}
