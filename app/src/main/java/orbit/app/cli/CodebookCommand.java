package orbit.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.core.cameo.CameoCode;
import orbit.core.cameo.Codebook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ./orbit codebook}: prints CAMEO codes with their names, Goldstein weights, QuadClass and PLOVER category. */
@Command(name = "codebook",
    header = "Print CAMEO event codes with names, Goldstein weights, QuadClass and PLOVER categories.",
    description = "Columns: code, name, goldstein, quad, plover. With no CODE, prints all of them.",
    footer = {"%nExamples:",
        "  ./orbit codebook 190                  one code",
        "  ./orbit codebook 18 182 1823          a root, a code and a finer code",
        "  ./orbit codebook --format json 0871   JSON Lines",
        "  ./orbit codebook                      the whole codebook as TSV"})
final class CodebookCommand implements Callable<Integer> {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--format", defaultValue = "tsv", paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Parameters(paramLabel = "CODE", arity = "0..*", description = "CAMEO codes to print (default: all).")
  List<String> codes = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<CameoCode> rows = Codebook.standard().select(codes);
    format.write(rows, CameoCode.class, spec.commandLine().getOut());
    return 0;
  }
}
