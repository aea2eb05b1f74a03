package orbit.nlp.annotate;

import java.util.Properties;

/**
 * How the CoreNLP adapter is configured. The defaults are the lean settings measured in
 * shared/notes: one 3-class NER model, no fine-grained or numeric classifiers, SUTime only on
 * sentences with a date-like token, the dependency parser only on sentences the caller selects.
 *
 * @param parse which sentences get a dependency parse
 * @param times whether time expressions are normalised (SUTime) on date-like sentences
 */
public record NlpConfig(ParseMode parse, boolean times) {
  public enum ParseMode { NONE, SELECTED, ALL }

  public static NlpConfig standard() {
    return new NlpConfig(ParseMode.SELECTED, true);
  }

  /** Tokens, tags, lemmas and entities only: for resolving short phrases. */
  public static NlpConfig tagsOnly() {
    return new NlpConfig(ParseMode.NONE, false);
  }

  /** The one place where the typed config becomes CoreNLP's Properties. */
  Properties tagger() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  /**
   * The UD parser keeps the hidden-layer sums of its most frequent input features ready, 8 KB each
   * (its hidden layer has 1,000 units). CoreNLP's default keeps 20,000 (0.24 GB, 1.5 s of start-up
   * CPU); the 5,000 most frequent give the same parses as fast (the rarer features' sums are computed
   * when met), in 0.13 GB and a third of the time.
   */
  Properties parser() {
    Properties p = new Properties();
    p.setProperty("numPreComputed", "5000");
    return p;
  }

  /** SUTime without the holiday rules (news dates events by calendar dates, not by feasts) and without binders. */
  Properties sutime() {
    Properties p = new Properties();
    p.setProperty("sutime.rules", "edu/stanford/nlp/models/sutime/defs.sutime.txt,"
        + "edu/stanford/nlp/models/sutime/english.sutime.txt");
    p.setProperty("sutime.binders", "0");
    return p;
  }
}
