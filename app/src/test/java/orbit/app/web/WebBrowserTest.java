package orbit.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real headless browser ({@link Headless}). Skips where chromium is absent. Screenshots go to
 * app/target/screenshots/.
 */
class WebBrowserTest {
  @TempDir static Path profile;
  static Javalin app;
  static Headless browser;
  static ChromeDriver driver;
  static WebDriverWait wait;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    assumeTrue(Headless.available(), "needs /usr/bin/chromium and chromedriver");
    app = WebFixture.app().start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port() + "/";
    browser = Headless.start(profile);
    driver = browser.driver();
    wait = browser.waiting();
    driver.get(base + "style.css"); // the browser's own start-up is not the first page's paint time
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.stop();
    }
  }

  static void shot(String name) throws IOException {
    browser.shot(name);
  }

  static WebElement visible(String css) {
    return browser.visible(css);
  }

  /**
   * Prints the page's first contentful paint and DOMContentLoaded from the browser's Performance API. Timing is
   * for the record (docs/dashboard.md), not a pass mark: the bound here only catches a page that hangs.
   */
  static void paint(String page) {
    @SuppressWarnings("unchecked")
    List<Number> t = (List<Number>) driver.executeScript("const p = performance.getEntriesByType('paint')"
        + ".find(e => e.name === 'first-contentful-paint'); const n = performance.getEntriesByType('navigation')[0];"
        + " return [p ? p.startTime : -1, n ? n.domContentLoadedEventEnd : -1];");
    System.out.printf(Locale.ROOT, "first paint %-18s FCP %6.0f ms, DOMContentLoaded %6.0f ms%n", page,
        t.get(0).doubleValue(), t.get(1).doubleValue());
    assertThat(t.get(0).doubleValue()).as("first contentful paint of " + page).isLessThan(15_000);
  }

  /** The highlighted evidence sentence of the dyad explorer, once it shows {@code text}. */
  static WebElement evidence(String text) {
    By sentence = By.cssSelector("#evidence .sentence");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(sentence, text));
    return driver.findElement(sentence);
  }

  @Test
  void fromTheOverviewThroughTheDyadChartToTheEvidenceAndTheArticle() throws IOException {
    driver.get(base);
    visible("#dyads tr a");
    visible("#network svg a.edge");
    visible("#alerts tr td");
    paint("overview");
    assertThat(driver.findElement(By.id("stats")).getText()).contains("3").contains("articles");
    assertThat(driver.findElements(By.cssSelector("#network a.node"))).extracting(e -> e.getAttribute("data-country"))
        .containsExactlyInAnyOrder("RUS", "AZE");
    shot("overview");

    driver.findElement(By.cssSelector("#network a.node[data-country='RUS'] text")).click();
    wait.until(ExpectedConditions.urlContains("dyad.html?a=RUS&b=AZE"));
    WebElement over = visible("#chart .u-over");
    assertThat(driver.findElement(By.cssSelector("#chart .u-legend")).getText()).contains("RUS→AZE events 95 % low");
    visible("#events .event-link");
    paint("dyad");
    // the chart runs over every month, quiet ones too: a click at its right edge picks the last month, which has events
    new Actions(driver).moveToElement(over, over.getSize().getWidth() / 2 - 2, 0).click().perform();
    wait.until(ExpectedConditions.textMatches(By.id("events-title"), java.util.regex.Pattern.compile(" in \\d{4}-\\d{2}")));
    visible("#events .event-link").click();
    String trigger = wait.until(d -> d.findElement(By.cssSelector("#evidence .sentence .trigger")).getText());
    assertThat(trigger).isNotBlank();
    shot("dyad-month-evidence");
    // the keyboard's way to a month: the month list
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("month"))).selectByVisibleText("2024-03");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("events-title"), "in 2024-03"));
    assertThat(visible("#events tr[data-id='wire-003#0']")).isNotNull();

    driver.get(base + "dyad.html?a=RUS&b=AZE");
    visible("#events tr[data-id='wire-002#0'] .event-link").click();
    WebElement sentence = evidence("Russian police detained");
    assertThat(sentence.findElement(By.cssSelector(".actor-source")).getText()).isEqualTo("Russian police");
    assertThat(sentence.findElement(By.cssSelector(".trigger")).getText()).isEqualTo("detained");
    shot("dyad-evidence");

    driver.findElement(By.cssSelector("#evidence a[href^='article.html']")).click();
    visible("#text .span-event");
    paint("article");
    assertThat(driver.findElements(By.cssSelector("#text .trigger"))).extracting(WebElement::getText)
        .containsExactly("detained");
    shot("article");
  }

  @Test
  void influenceTableLinksItsTopEventsToTheirEvidence() throws IOException {
    driver.get(base + "influence.html?p=RUS&region=caucasus");
    WebElement aze = visible("#clients tr[data-client='AZE']");
    paint("influence");
    assertThat(driver.findElements(By.cssSelector("#clients tr"))).hasSize(3);
    assertThat(driver.findElement(By.id("summary")).getText()).contains("RUS").contains("baseline 2024 against 2025")
        .contains("clients with 3 or more events in both periods");
    // intervals on the figures, "insufficient evidence" where too few events
    assertThat(aze.getText()).containsPattern("±|insufficient evidence");
    shot("influence");
    aze.findElement(By.cssSelector("a.driver[href*='wire-002']")).click();
    WebElement sentence = evidence("Russian police detained");
    assertThat(sentence.findElement(By.cssSelector(".trigger")).getText()).isEqualTo("detained");
    shot("influence-evidence");
  }

  @Test
  void hostileArticleTextIsShownAsTextAndNeverRuns() throws IOException {
    driver.get(base + "article.html?id=wire-003");
    visible("#text .span-event");
    assertThat(driver.findElement(By.id("text")).getText()).contains(WebFixture.HOSTILE);
    assertThat(driver.findElements(By.cssSelector("#text script, #text img, #title *"))).isEmpty();
    assertThat(driver.findElement(By.id("title")).getText()).contains("<script>");
    assertThat(driver.findElements(By.cssSelector("#text .span-event")).stream().map(WebElement::getText)
        .collect(java.util.stream.Collectors.joining())).isEqualTo("Russian police detained");
    assertThat(driver.findElement(By.cssSelector("#text .trigger")).getText()).isEqualTo("detained");
    shot("article-hostile");

    driver.get(base + "dyad.html?a=RUS&b=AZE&event=wire-003%230");
    WebElement sentence = evidence("Russian police detained");
    assertThat(sentence.findElement(By.cssSelector(".trigger")).getText()).isEqualTo("detained");
    assertThat(driver.findElement(By.id("evidence")).getText()).contains("Hostile <script>");
    assertThat(driver.findElements(By.cssSelector("#evidence script, #evidence img"))).isEmpty();
    shot("dyad-hostile");

    driver.get(base + "influence.html?p=RUS&region=" + java.net.URLEncoder.encode(WebFixture.HOSTILE,
        java.nio.charset.StandardCharsets.UTF_8));
    assertThat(visible("#clients .error").getText()).contains("region must be").contains("<img src=x");
    assertThat(driver.findElements(By.cssSelector("main script, main img"))).isEmpty();
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
  }

  /**
   * First paint of each page on the sample database, when {@code ./orbit demo} has made it (out/demo.duckdb):
   * printed for docs/dashboard.md; the issue asks for under a second.
   */
  @Test
  void firstPaintOfEachPageOnTheSampleDatabase() {
    Path demo = Path.of("../out/demo.duckdb");
    assumeTrue(Files.isRegularFile(demo), "needs the sample database: ./orbit demo --no-serve");
    try (WebServer sample = WebServer.start(demo, ServerConfig.of("127.0.0.1", 0), null)) {
      String url = sample.url();
      for (String[] page : new String[][] {{"index.html", "#network svg a.edge"}, {"dyad.html?a=RUS&b=AZE", "#chart .u-over"},
          {"article.html?id=sample-a22", "#text .trigger"}, {"voices.html", "#voices .speaker"},
          {"influence.html?p=RUS&region=caucasus", "#clients tr[data-client='AZE']"}, {"map.html", "#map svg a.country"}}) {
        driver.get(url + page[0]);
        visible(page[1]);
        paint("sample " + page[0].replaceAll("\\.html.*", ""));
      }
    }
  }

  @Test
  void voicesListsQuotesBySpeakerFilteredByCountry() throws IOException {
    driver.get(base + "voices.html?mentions=AZE");
    visible("#voices .speaker");
    paint("voices");
    assertThat(driver.findElements(By.cssSelector("#voices li"))).hasSize(2);
    shot("voices");
  }

  @Test
  void theMapShadesCountriesByTheirRelationsAndOpensAPlacesSentences() throws IOException {
    driver.get(base + "map.html");
    visible("#map svg a.country");
    paint("map");
    assertThat(driver.findElements(By.cssSelector("#map a.country"))).extracting(e -> e.getAttribute("data-country"))
        .containsExactlyInAnyOrder("RUS", "AZE");
    assertThat(driver.findElements(By.cssSelector("#map a.place"))).extracting(e -> e.getAttribute("data-place"))
        .containsExactlyInAnyOrder("Yekaterinburg", "Moscow");
    driver.findElement(By.cssSelector("#map a.place[data-place='Yekaterinburg'] circle")).click();
    WebElement sentence = wait.until(d -> d.findElement(By.cssSelector("#place .sentence")));
    assertThat(sentence.getText()).contains("Russian police detained");
    assertThat(sentence.findElement(By.cssSelector(".trigger")).getText()).isEqualTo("detained");
    shot("map");
    // a country chosen: the others are shaded by their relation with it and link to the pair (Russia's shapes span
    // the map, so its link is followed rather than clicked at its centre)
    driver.get(base + "map.html?actor=AZE");
    String pair = visible("#map a.country[data-country='RUS']").getDomAttribute("href");
    assertThat(pair).isEqualTo("dyad.html?a=AZE&b=RUS");
    assertThat(driver.findElements(By.cssSelector("#map a.country"))).hasSize(1);
    driver.get(base + pair);
    visible("#events .event-link");
    // the keyboard's way to a place: the table under the map
    driver.get(base + "map.html");
    visible("#places tr[data-place='Moscow'] button").click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#place h2"), "Moscow (RUS): 1 event"));
    assertThat(driver.findElement(By.cssSelector("#place .place-event")).getDomAttribute("data-id")).isEqualTo("wire-003#0");
  }
}
