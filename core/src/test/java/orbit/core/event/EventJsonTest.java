package orbit.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import orbit.core.Json;
import org.junit.jupiter.api.Test;

/** The event contract's domestic flag and unknown sides in JSON. */
class EventJsonTest {
  static Event event(Actor source, Actor target) {
    return new Event("a", 0, 0, 10, "x", null, source, target, "173", "17", "COERCE", -5.0, 4, "2025-06-30",
        DatePrecision.DAY, null, Factuality.ASSERTED, null, 0.7);
  }

  @Test
  void domesticIsWrittenForOneCountryOnBothSidesAndReadBackIgnored() throws Exception {
    Event domestic = event(Actor.of("GEO", "COP", "police"), Actor.of("GEO", "OPP", "protesters"));
    JsonNode json = Json.mapper().valueToTree(domestic);
    assertThat(json.get("domestic").asBoolean()).isTrue();
    assertThat(Json.mapper().readValue(json.toString(), Event.class)).isEqualTo(domestic);
    assertThat(event(Actor.of("RUS", "COP", "police"), Actor.of("AZE", "CVL", "Azerbaijanis")).domestic()).isFalse();
  }

  @Test
  void aSideLeftUnknownIsNullAndNotDomestic() {
    Event unknown = event(null, Actor.of("RUS", "JRN", "two journalists"));
    JsonNode json = Json.mapper().valueToTree(unknown);
    assertThat(json.get("source").isNull()).isTrue();
    assertThat(json.get("domestic").asBoolean()).isFalse();
  }
}
