package orbit.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import orbit.core.OrbitException;
import orbit.core.actors.CountryTable;
import orbit.core.actors.Country;
import orbit.core.actors.Igo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "countries", mixinStandardHelpOptions = true,
    header = "Show countries and international bodies: names, aliases, demonyms, capital, memberships.",
    description = "Without arguments, lists every code and name, tab-separated.",
    footer = {"%nExamples:", "  ./orbit countries AZE", "  ./orbit countries Turkey 'Kyrgyz Republic' NATO",
        "  ./orbit countries | wc -l"})
final class CountriesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "CODE|NAME", arity = "0..*", description = "Codes (AZE, EUR, IGOWSTNAT) or names.")
  List<String> queries = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    CountryTable table = CountryTable.load();
    PrintWriter out = spec.commandLine().getOut();
    if (queries.isEmpty()) {
      table.countries().forEach(c -> out.println(c.code() + "\t" + c.name() + "\t" + c.status()));
      table.igos().forEach(i -> out.println(i.code() + "\t" + i.name() + "\tbody"));
    }
    for (String query : queries) {
      String code = table.code(query).orElseThrow(() -> new OrbitException(
          "no country or body named '" + query + "': try './orbit countries' for the list"));
      table.country(code).ifPresent(c -> country(out, table, c));
      table.igo(code).ifPresent(i -> igo(out, table, i));
    }
    out.flush();
    return 0;
  }

  private static void country(PrintWriter out, CountryTable table, Country c) {
    out.println(c.code() + (c.iso2() == null ? "" : " (" + c.iso2() + ")") + "  " + c.name() + "  [" + c.status() + "]");
    line(out, "aliases", c.aliases());
    line(out, "adjectives", c.adjectives());
    line(out, "people", c.people());
    line(out, "capital", c.capitals());
    List<String> bodies = new ArrayList<>();
    table.memberships(c.code()).forEach(i -> bodies.add(i.name() + " (" + i.code() + ")"));
    line(out, "member of", bodies);
  }

  private static void igo(PrintWriter out, CountryTable table, Igo igo) {
    out.println(igo.code() + "  " + igo.name() + "  [international body]");
    line(out, "aliases", igo.aliases());
    List<String> members = new ArrayList<>();
    igo.members().forEach(m -> members.add(m + " " + table.name(m)));
    line(out, "members", igo.open() ? List.of("open to nearly all states (not listed)") : members);
  }

  private static void line(PrintWriter out, String label, List<String> values) {
    if (!values.isEmpty()) {
      out.println("  " + label + ": " + String.join(", ", values));
    }
  }
}
