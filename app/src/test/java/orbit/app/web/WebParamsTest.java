package orbit.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** Impossible filter values are a 400 naming the parameter, never an empty 200 that reads as "nothing happened". */
class WebParamsTest {
  /** A request and the parameter its 400 must name. */
  record Bad(String path, String parameter) {}

  static final List<Bad> IMPOSSIBLE = List.of(
      new Bad("/api/events?root=99", "root"),               // CAMEO roots are 01 … 20
      new Bad("/api/events?root=00", "root"),
      new Bad("/api/events?root=1", "root"),
      new Bad("/api/events?actor=XYZGOV", "actor"),         // no country XYZ
      new Bad("/api/events?actor=azegov", "actor"),
      new Bad("/api/events?dyad=RUS:XYZ", "dyad"),
      new Bad("/api/events?dyad=RUS-AZE", "dyad"),
      new Bad("/api/events?since=2025-02-30", "since"),     // no such day
      new Bad("/api/events?until=2025-13-01", "until"),
      new Bad("/api/events?since=0001-01-01", "since"),     // outside 1900 … 2100
      new Bad("/api/events?since=2025-07-01&until=2025-06-01", "until"),
      new Bad("/api/events?limit=-1", "limit"),
      new Bad("/api/events?limit=0", "limit"),
      new Bad("/api/events?offset=-5", "offset"),
      new Bad("/api/events?root=16&root=99", "root"),       // a filter given twice
      new Bad("/api/events?q=%ZZ", "query"),               // not percent-encoding: Javalin dropped q
      new Bad("/api/network?since=2025-07-01&until=2025-06-01", "until"),
      new Bad("/api/network?limit=-1", "limit"),
      new Bad("/api/quotes?mentions=XYZ", "mentions"),
      new Bad("/api/quotes?limit=-3", "limit"),
      new Bad("/api/alerts?actor=XYZ", "actor"),
      new Bad("/api/alerts?since=2025-02-29", "since"),
      new Bad("/api/alerts?baseline=0", "baseline"),
      new Bad("/api/alerts?k=-1", "k"),
      new Bad("/api/alerts?alpha=0.9", "alpha"),
      new Bad("/api/alerts?detector=CUSUM", "detector"),
      new Bad("/api/dyads/XYZ/AZE/series", "a"),
      new Bad("/api/dyads/RUS/QQQ/series", "b"),
      new Bad("/api/influence/XYZ", "p"),
      new Bad("/api/influence/RUS?region=ARM,XYZ", "region"),
      new Bad("/api/influence/RUS?from=1800&to=2025", "from"),
      new Bad("/api/influence/RUS?since=2025-04-31", "since"));

  @Test
  void impossibleCodesDatesAndNumbersAre400ProblemsNamingTheParameterNotEmpty200s() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      for (Bad bad : IMPOSSIBLE) {
        try (Response r = client.get(bad.path())) {
          assertThat(r.code()).as(bad.path()).isEqualTo(400);
          assertThat(r.header("Content-Type")).as(bad.path()).startsWith("application/json");
          assertThat(WebApiTest.json(r).get("message").asText()).as(bad.path()).startsWith(bad.parameter() + " ");
        }
      }
    });
  }

  @Test
  void possibleValuesOfTheSameKindsStillAnswer() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      for (String path : List.of("/api/events?root=16", "/api/events?root=20", "/api/events?actor=AZEGOV",
          "/api/events?actor=IGOUNO", "/api/events?actor=NGOHRI", "/api/events?dyad=RUS:AZE",
          "/api/events?since=2024-02-29&until=2024-02-29", "/api/network?since=2025-06-01&until=2025-06-01",
          "/api/quotes?mentions=EUR", "/api/alerts?actor=GEO", "/api/dyads/ARM/AZE/series",
          "/api/influence/RUS?region=ARM,AZE")) {
        try (Response r = client.get(path)) {
          assertThat(r.code()).as(path).isEqualTo(200);
        }
      }
      assertThat(WebApiTest.json(client.get("/api/events?root=16")).get("events")).hasSize(1);
    });
  }
}
