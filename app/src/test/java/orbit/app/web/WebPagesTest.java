package orbit.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

class WebPagesTest {
  static final List<String> PAGES = List.of("index.html", "dyad.html", "article.html", "voices.html",
      "influence.html");
  static final List<String> SCRIPTS = List.of("orbit.js", "overview.js", "network.js", "dyad.js", "article.js",
      "voices.js", "influence.js");
  @Test
  void pagesAndTheChartLibraryAreServedFromThisProcess() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      for (String page : PAGES) {
        try (Response r = client.get("/" + page)) {
          String html = r.body().string();
          assertThat(r.code()).as(page).isEqualTo(200);
          assertThat(html).as(page).doesNotContain("http://", "https://", "<script>");
          assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'");
        }
      }
      try (Response r = client.get("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js")) {
        assertThat(r.code()).isEqualTo(200);
      }
      assertThat(client.get("/").body().string()).contains("Most active dyads");
    });
  }

  @Test
  void hostileArticleTextOnlyTravelsAsJsonWhichBrowsersWillNotSniffAsHtml() {
    JavalinTest.test(WebFixture.app(), (server, client) -> {
      for (String path : List.of("/api/articles/wire-003", "/api/events?q=blogger", "/api/quotes",
          "/api/articles/" + "%3Cscript%3E", "/api/events?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")) {
        try (Response r = client.get(path)) {
          assertThat(r.header("Content-Type")).as(path).startsWith("application/json");
          assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
      }
      assertThat(client.get("/api/articles/wire-003").body().string()).contains(WebFixture.HOSTILE.substring(0, 8));
      for (String page : PAGES) {
        assertThat(client.get("/" + page + "?id=wire-003").body().string()).doesNotContain("alert(");
      }
    });
  }

  @Test
  void scriptsBuildTheDomWithTextNeverMarkup() throws IOException {
    for (String script : SCRIPTS) {
      try (InputStream in = WebPagesTest.class.getResourceAsStream("/orbit/web/" + script)) {
        assertThat(in).as(script).isNotNull();
        String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(js).as(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
            "eval(", "new Function");
      }
    }
  }
}
