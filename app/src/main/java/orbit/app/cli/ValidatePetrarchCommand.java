package orbit.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import orbit.core.OrbitException;
import orbit.nlp.petrarch.Dictionaries;
import orbit.nlp.petrarch.Validation;
import orbit.nlp.petrarch.Validation.Outcome;
import orbit.nlp.petrarch.Validation.Score;
import orbit.nlp.petrarch.ValidationRecords;
import orbit.nlp.petrarch.ValidationRecords.Record;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate-petrarch", mixinStandardHelpOptions = true,
    header = "Run a PETRARCH validation file through Orbit's coder; score it per category.",
    description = "Reads a PETRARCH validation records file (lenient XML), codes each record to be evaluated in the "
        + "categories its <Include> lists, and prints per category the expected events found and missed and the "
        + "extra events coded, in UD-PETRARCH's measure: found / (found + missed) and extra events per record. The "
        + "dictionaries default to the files its <Environment> names, next to it.",
    footer = {"%nExamples:",
        "  ./orbit validate-petrarch ../shared/data/petrarch/ud-petr-validate/PETR_Validate_records_2_02.xml",
        "  ./orbit validate-petrarch RECORDS.xml --parse corenlp --category DEMO --category VERB --verbose"})
final class ValidatePetrarchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "RECORDS.xml", description = "The validation records file.")
  Path file;

  @Mixin DictionaryOptions dictionaries;

  @Option(names = "--parse", paramLabel = "conllu|corenlp", defaultValue = "conllu",
      description = "conllu: each record's own CoNLL-U parse, so that the comparison isolates the coding; "
          + "corenlp: Orbit's CoreNLP analysis of its text (default: ${DEFAULT-VALUE}).")
  String parse;

  @Option(names = "--category", paramLabel = "C", description = "Only these categories (default: the file's <Include>).")
  List<String> categories = new ArrayList<>();

  @Option(names = "--verbose", description = "Also print each record's missed and extra events.")
  boolean verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!parse.equalsIgnoreCase("conllu") && !parse.equalsIgnoreCase("corenlp")) {
      throw new OrbitException("--parse is conllu or corenlp, not '" + parse + "'");
    }
    ValidationRecords records = ValidationRecords.read(file);
    Dictionaries d = dictionaries.given() ? dictionaries.load(err) : dictionaries.load(records.dictionaries(), err);
    Validation validation = Validation.of(d, Validation.Parse.valueOf(parse.toUpperCase(Locale.ROOT)));
    Set<String> include = categories.isEmpty() ? records.include() : Set.copyOf(categories);
    List<Outcome> outcomes = new ArrayList<>();
    for (Record r : records.records()) {
      if (r.evaluate() && (include.isEmpty() || include.contains(r.category()))) {
        Outcome o = validation.run(r);
        outcomes.add(o);
        if (verbose && (!o.missed().isEmpty() || !o.extra().isEmpty())) {
          out.printf("%s\tmissed %s\textra %s\t%s%n", r.id(), o.missed(), o.extra(), r.text());
        }
      }
    }
    out.println("category\trecords\tfound\tmissed\textra\tfound%\textra/record%");
    for (Score s : Validation.scores(outcomes)) {
      out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%.2f\t%.2f%n", s.category(), s.records(), s.found(), s.missed(),
          s.extra(), 100 * s.foundShare(), 100 * s.extraPerRecord());
    }
    out.flush();
    return 0;
  }
}
