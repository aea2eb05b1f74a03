package orbit.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.Response;
import orbit.core.Json;
import org.junit.jupiter.api.Test;

class WebApiTest {
  static final List<String> INJECTIONS = List.of("' OR '1'='1", "RUS'; DROP TABLE events; --", "%", "\\",
      "1) UNION SELECT text FROM articles --", "RUS:AZE' --", "<script>alert(1)</script>");
  static JsonNode json(Response r) throws IOException {
    return Json.mapper().readTree(r.body().string());
  }

  @Test
  void eventsFilterByDyadActorRootDateAndText() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      assertThat(json(client.get("/api/events?dyad=RUS:AZE")).get("events")).hasSize(2);
      assertThat(json(client.get("/api/events?actor=AZEGOV")).get("events")).hasSize(2);
      assertThat(json(client.get("/api/events?root=16")).get("events")).hasSize(1);
      assertThat(json(client.get("/api/events?since=2025-01-01&until=2025-06-30")).get("events")).hasSize(2);
      assertThat(json(client.get("/api/events?q=police&limit=1&offset=1")).get("events")).hasSize(1);
      JsonNode first = json(client.get("/api/events?dyad=AZE:RUS&limit=1")).get("events").get(0);
      assertThat(first.get("id").asText()).startsWith("wire-001#");
      assertThat(first.get("source").get("code").asText()).isEqualTo("AZEGOV");
    });
  }

  @Test
  void oneEventHasEvidenceClusterAndArticle() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      JsonNode e = json(client.get("/api/events/wire-002%230"));
      assertThat(e.get("event").get("evidence").asText()).isEqualTo("Russian police detained");
      assertThat(e.get("cluster").get("mentions").asInt()).isEqualTo(1);
      assertThat(e.get("article").get("title").asText()).isEqualTo("Raids in Yekaterinburg");
    });
  }

  @Test
  void dyadSeriesHasBothDirections() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      JsonNode s = json(client.get("/api/dyads/RUS/AZE/series"));
      assertThat(s.get("aToB")).hasSize(2);
      assertThat(s.get("aToB").get(0).get("goldstein").asDouble()).isEqualTo(-5.0);
      assertThat(s.get("bToA")).hasSize(1);
      assertThat(s.get("bToA").get(0).get("events").asInt()).isEqualTo(2);
      // the analytics' series, both directions, with the bounds of each figure's interval
      assertThat(s.get("facts").findValuesAsText("source")).contains("RUS", "AZE");
      assertThat(s.get("facts")).allSatisfy(p -> {
        assertThat(p.get("eventsLow").asDouble()).isLessThanOrEqualTo(p.get("events").asDouble());
        assertThat(p.get("eventsHigh").asDouble()).isGreaterThanOrEqualTo(p.get("events").asDouble());
      });
    });
  }

  @Test
  void quotesArticlesCodebookAndOverview() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      assertThat(json(client.get("/api/quotes?mentions=AZE&speaker=spokes")).get("quotes")).hasSize(2);
      JsonNode a = json(client.get("/api/articles/wire-001"));
      assertThat(a.get("article").get("text").asText()).startsWith("Azerbaijan recalled");
      assertThat(a.get("events")).hasSize(2);
      assertThat(a.get("quotes").get(0).get("start").asInt()).isPositive();
      assertThat(json(client.get("/api/codebook")).findValuesAsText("code")).contains("01", "1823");
      JsonNode o = json(client.get("/api/overview"));
      assertThat(o.get("articles").asInt()).isEqualTo(3);
      assertThat(o.get("dyads")).hasSize(2);
    });
  }

  @Test
  void networkHasTheDyadsOfAPeriodWithTheirTone() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      JsonNode all = json(client.get("/api/network")).get("dyads");
      assertThat(all.findValuesAsText("source")).containsExactlyInAnyOrder("RUS", "AZE");
      JsonNode rusAze = all.get(all.get(0).get("source").asText().equals("RUS") ? 0 : 1);
      assertThat(rusAze.get("events").asInt()).isEqualTo(2);
      assertThat(rusAze.get("goldstein").asDouble()).isEqualTo(-5.0);
      assertThat(rusAze.get("conflict").asDouble()).isEqualTo(1.0);
      JsonNode later = json(client.get("/api/network?since=2025-07-01&until=2025-12-31")).get("dyads");
      assertThat(later).singleElement().satisfies(d -> assertThat(d.get("source").asText()).isEqualTo("RUS"));
      assertThat(json(client.get("/api/network?until=2020-01-01")).get("dyads")).isEmpty();
    });
  }

  @Test
  void theMapGivesCountriesByRelationAndPlacesWithTheirLatestEvents() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      JsonNode all = json(client.get("/api/map"));
      assertThat(all.get("countries").findValuesAsText("country")).containsExactlyInAnyOrder("RUS", "AZE");
      assertThat(all.get("places").findValuesAsText("name")).containsExactlyInAnyOrder("Yekaterinburg", "Moscow");
      JsonNode yekaterinburg = json(client.get("/api/map?since=2025-01-01")).get("places").get(0);
      assertThat(yekaterinburg.get("name").asText()).isEqualTo("Yekaterinburg");
      assertThat(yekaterinburg.get("lat").asDouble()).isEqualTo(56.84);
      assertThat(yekaterinburg.get("latest").get(0).asText()).isEqualTo("wire-002#0");
      JsonNode aroundAzerbaijan = json(client.get("/api/map?actor=AZE"));
      assertThat(aroundAzerbaijan.get("countries").findValuesAsText("country")).containsExactly("RUS");
      assertProblem(client.get("/api/map?actor=AZ"), 400, "actor must be a three-letter country code");
      assertProblem(client.get("/api/map?since=2025-13-01"), 400, "since must be a date");
    });
  }

  @Test
  void alertsComeFromTheAnalyticsModuleLatestFirst() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      // the default detector: the first month has no history to be improbable against; June 2025 follows a silent year
      JsonNode standard = json(client.get("/api/alerts"));
      assertThat(standard.get("detector").asText()).isEqualTo("poisson_gamma");
      assertThat(standard.get("settings").get("alpha").asDouble()).isEqualTo(orbit.analytics.PoissonGamma.STANDARD.alpha());
      assertThat(standard.get("alerts").findValuesAsText("period")).contains("2025-06-01").doesNotContain("2024-03-01");
      // CUSUM's standard allowance lets one or two events against an empty baseline pass ...
      JsonNode cusum = json(client.get("/api/alerts?detector=cusum"));
      assertThat(cusum.get("settings").get("h").asDouble()).isEqualTo(orbit.analytics.Cusum.STANDARD.h());
      assertThat(cusum.get("alerts")).isEmpty();
      // ... without allowance and with a low threshold each of them alarms
      JsonNode a = json(client.get("/api/alerts?detector=cusum&k=0&h=0.5"));
      assertThat(a.get("alerts").findValuesAsText("period")).containsExactly("2025-07-01", "2025-06-01", "2024-03-01");
      assertThat(a.get("alerts").get(1).get("source").asText()).isEqualTo("AZE");
      assertThat(a.get("alerts").get(1).get("conflict").asDouble()).isEqualTo(2.0);
      assertThat(a.get("alerts").get(0).get("events").findValuesAsText("id")).containsExactly("wire-002#0");
      assertThat(json(client.get("/api/alerts?detector=cusum&k=0&h=0.5&actor=GEO")).get("alerts")).isEmpty();
      assertThat(json(client.get("/api/alerts?detector=cusum&k=0&h=0.5&limit=1")).get("alerts")).hasSize(1);
      assertProblem(client.get("/api/alerts?actor=georgia"), 400, "actor must be a three-letter country code");
      assertProblem(client.get("/api/alerts?detector=cusum&h=0"), 400, "h must be a number from 0.01 to 50.0");
      assertProblem(client.get("/api/alerts?detector=ewma"), 400, "detector must be poisson_gamma or cusum");
    });
  }

  @Test
  void influenceOfAPatronOverARegion() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      JsonNode t = json(client.get("/api/influence/RUS?region=caucasus"));
      assertThat(t.get("toYear").asInt()).isEqualTo(2025);
      assertThat(t.get("fromYear").asInt()).isEqualTo(2024);
      assertThat(t.get("clients").findValuesAsText("client")).containsExactlyInAnyOrder("ARM", "AZE", "GEO");
      JsonNode aze = t.get("clients").get(t.get("clients").findValuesAsText("client").indexOf("AZE"));
      assertThat(aze.get("eventsTo").asInt()).isEqualTo(3);
      assertThat(aze.get("drivers").findValuesAsText("id")).contains("wire-002#0");
      assertThat(t.get("summary").get("trend").asText()).isNotBlank();
      JsonNode index = aze.get("indexTo");
      assertThat(t.get("trend").get("AZE").get("2025").get("value").asDouble()).isEqualTo(index.get("value").asDouble());
      assertThat(index.get("low").asDouble()).isLessThanOrEqualTo(index.get("value").asDouble());
      assertThat(index.get("high").asDouble()).isGreaterThanOrEqualTo(index.get("value").asDouble());
      assertThat(aze.get("minEvents").asInt()).isEqualTo(3);
      JsonNode strict = json(client.get("/api/influence/RUS?region=caucasus&minEvents=4"));
      assertThat(strict.get("clients").findValuesAsText("trend")).containsOnly("insufficient evidence");
      assertThat(strict.get("summary").get("enough").asInt()).isZero();
      assertProblem(client.get("/api/influence/RUS?minEvents=0"), 400, "minEvents");
      assertProblem(client.get("/api/influence/RUS?region=atlantis"), 400, "unknown region atlantis");
      assertProblem(client.get("/api/influence/RUS?from=2025&to=2024"), 400, "from needs a later year");
      assertProblem(client.get("/api/influence/russia"), 400, "p must be a three-letter country code");
    });
  }

  @Test
  void openApiListsEveryRoute() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      JsonNode paths = json(client.get("/api/docs")).get("paths");
      assertThat(paths.fieldNames()).toIterable().containsExactlyInAnyOrder("/api/overview", "/api/events",
          "/api/events/{id}", "/api/dyads/{a}/{b}/series", "/api/quotes", "/api/articles/{id}", "/api/codebook",
          "/api/network", "/api/map", "/api/alerts", "/api/alerts/raised", "/api/influence/{p}", "/api/articles", "/api/ingest/{job}");
      assertThat(paths.get("/api/articles").fieldNames()).toIterable().containsExactly("post");
    });
  }

  @Test
  void domesticIsAFlagOfEventsAlertsAndInfluence() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      // the fixture has no domestic event: including them changes nothing, a bad flag is a 400 naming it
      assertThat(json(client.get("/api/events?domestic=true")).get("events").size())
          .isEqualTo(json(client.get("/api/events")).get("events").size()).isEqualTo(4);
      assertThat(json(client.get("/api/alerts?domestic=true")).get("alerts").size())
          .isEqualTo(json(client.get("/api/alerts")).get("alerts").size());
      assertThat(client.get("/api/influence/RUS?domestic=false").code()).isEqualTo(200);
      assertProblem(client.get("/api/events?domestic=yes"), 400, "domestic must be true or false");
      assertProblem(client.get("/api/alerts?domestic=1"), 400, "domestic must be true or false");
    });
  }

  @Test
  void errorsAreJsonProblemsWithoutStackTraces() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      assertProblem(client.get("/api/events/nope%230"), 404, "no event nope#0");
      assertProblem(client.get("/api/articles/nope"), 404, "no article nope");
      assertProblem(client.get("/api/nothing"), 404, "not found");
      assertProblem(client.get("/nothing.html"), 404, "not found");
      assertProblem(client.get("/api/events?limit=100000"), 400, "limit must be a whole number from 1 to 200");
      assertProblem(client.get("/api/events?since=yesterday"), 400, "since must be a date");
      assertProblem(client.get("/api/dyads/RUSSIA/AZE/series"), 400, "a must be a three-letter country code");
      assertProblem(client.get("/api/events?q=" + "x".repeat(300)), 400, "q is at most 200 characters");
    });
  }

  @Test
  void injectionStringsInEveryFilterAreOnlyData() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      for (String bad : INJECTIONS) {
        String v = URLEncoder.encode(bad, StandardCharsets.UTF_8);
        for (String query : List.of("/api/events?dyad=", "/api/events?actor=", "/api/events?root=",
            "/api/events?since=", "/api/events?until=", "/api/events?q=", "/api/events?limit=", "/api/events?offset=",
            "/api/quotes?speaker=", "/api/quotes?mentions=", "/api/events/", "/api/articles/", "/api/dyads/RUS/",
            "/api/network?since=", "/api/network?until=", "/api/network?limit=", "/api/alerts?since=",
            "/api/alerts?actor=", "/api/alerts?limit=", "/api/alerts?k=", "/api/alerts?h=", "/api/alerts?alpha=", "/api/alerts?detector=", "/api/alerts?baseline=", "/api/influence/", "/api/influence/RUS?region=",
            "/api/influence/RUS?since=", "/api/influence/RUS?from=", "/api/influence/RUS?to=", "/api/influence/RUS?minEvents=", "/api/ingest/")) {
          try (Response r = client.get(query + v + (query.endsWith("RUS/") ? "/series" : ""))) {
            String body = r.body().string();
            assertThat(r.code()).as(query + bad).isIn(200, 400, 403, 404);
            assertThat(body).as(query + bad).doesNotContain("Exception", "\tat ", "SQL");
            if (r.code() == 200 && query.contains("?")) {
              assertThat(Json.mapper().readTree(body).findValues("id")).as(query + bad).isEmpty();
            }
          }
        }
      }
      assertThat(WebFixture.events()).isEqualTo(4);
    });
  }

  static void assertProblem(Response r, int status, String message) throws IOException {
    assertThat(r.code()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    JsonNode body = json(r);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("message").asText()).contains(message);
  }
}
