package orbit.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

class ActorCommandsTest {
  private static String[] run(int expectedExit, String... args) {
    CommandLine cmd = OrbitCommand.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cmd.setOut(new PrintWriter(out));
    cmd.setErr(new PrintWriter(err));
    assertThat(cmd.execute(args)).as(err.toString()).isEqualTo(expectedExit);
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void countriesShowsNamesDemonymsCapitalAndMemberships() {
    String out = run(0, "countries", "AZE")[0];
    assertThat(out).contains("Azerbaijan", "Azerbaijanis", "Azeri", "Baku", "IGOCASOTS");
    assertThat(run(0, "countries", "Kyrgyz Republic")[0]).startsWith("KGZ");
    assertThat(run(0, "countries")[0].lines().count()).isGreaterThan(250);
    assertThat(run(1, "countries", "Atlantis")[1]).contains("Atlantis");
  }

  @Test
  void actorsPrintsJsonLinesPerActor() {
    String out = run(0, "actors", "--date", "2025-07-24", "two Azerbaijani nationals", "the Kremlin", "officials")[0];
    assertThat(out.lines()).containsExactly(
        "{\"text\":\"two Azerbaijani nationals\",\"code\":\"AZECVL\",\"country\":\"AZE\",\"sector\":\"CVL\","
            + "\"entry\":\"Azerbaijan + nationals\",\"confidence\":0.9}",
        "{\"text\":\"the Kremlin\",\"code\":\"RUSGOV\",\"country\":\"RUS\",\"sector\":\"GOV\","
            + "\"entry\":\"the Kremlin\",\"confidence\":0.8}",
        "{\"text\":\"officials\",\"code\":null,\"country\":null,\"sector\":null,\"entry\":null,\"confidence\":null}");
  }
}
