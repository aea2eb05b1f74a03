package orbit.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import orbit.core.OrbitException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorFileTest {
  @TempDir Path dir;

  @Test
  void readsQuotedFieldsAndEmptyOnes() throws IOException {
    Path csv = dir.resolve("i.csv");
    Files.writeString(csv, "country,partner,year,indicator,value,unit,source,url,note\n"
        + "arm,rus,2023,trade_share,35,%,\"Statistics, Armenia\",https://example.org/a,\n");
    assertThat(IndicatorFile.read(csv)).singleElement().satisfies(i -> {
      assertThat(i.country() + i.partner()).isEqualTo("ARMRUS");
      assertThat(i.value()).isEqualTo(35.0);
      assertThat(i.source()).isEqualTo("Statistics, Armenia");
    });
  }

  @Test
  void aRowWithoutSourceIsRefused() throws IOException {
    Path csv = dir.resolve("bad.csv");
    Files.writeString(csv, "country,partner,year,indicator,value,unit,source,url,note\nARM,RUS,2023,trade_share,35,%,,,\n");
    assertThatThrownBy(() -> IndicatorFile.read(csv)).isInstanceOf(OrbitException.class).hasMessageContaining("line 2");
  }

  @Test
  void theShippedPostSovietFileReads() {
    Path file = Path.of(System.getProperty("orbit.root", ".."), "corpus/indicators/post-soviet.csv");
    Assumptions.assumeTrue(Files.isRegularFile(file), "no corpus/indicators here");
    assertThat(IndicatorFile.read(file)).hasSize(243).allSatisfy(i -> assertThat(i.url()).startsWith("http"));
  }
}
