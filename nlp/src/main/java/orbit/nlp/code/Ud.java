package orbit.nlp.code;

/**
 * The Universal Dependencies (v2) relation labels the coder reads, as CoreNLP's parser and the CoNLL-U test cases
 * write them: one name for each label, so a comparison cannot misspell one. Subtyped labels keep their subtype
 * ({@code NSUBJ_PASS} is "nsubj:pass"); {@link ParseGraph#baseRelation} gives a label without it.
 */
final class Ud {
  static final String ACL = "acl";
  static final String ACL_RELCL = "acl:relcl";
  static final String ADVCL = "advcl";
  static final String ADVMOD = "advmod";
  static final String AMOD = "amod";
  static final String APPOS = "appos";
  static final String AUX = "aux";
  static final String AUX_PASS = "aux:pass";
  static final String CASE = "case";
  static final String CC = "cc";
  static final String CCOMP = "ccomp";
  static final String COMPOUND = "compound";
  static final String COMPOUND_PRT = "compound:prt";
  static final String CONJ = "conj";
  static final String COP = "cop";
  static final String CSUBJ = "csubj";
  static final String DEP = "dep";
  static final String DET = "det";
  static final String FLAT = "flat";
  static final String IOBJ = "iobj";
  static final String MARK = "mark";
  static final String NMOD = "nmod";
  static final String NMOD_POSS = "nmod:poss";
  static final String NSUBJ = "nsubj";
  static final String NSUBJ_PASS = "nsubj:pass";
  static final String NUMMOD = "nummod";
  static final String OBJ = "obj";
  static final String OBL = "obl";
  static final String OBL_NPMOD = "obl:npmod";
  static final String PARATAXIS = "parataxis";
  static final String PUNCT = "punct";
  static final String XCOMP = "xcomp";
  static final String NEG = "neg";
  static final String GOESWITH = "goeswith";

  private Ud() {}
}
