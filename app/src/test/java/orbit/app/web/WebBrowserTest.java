package orbit.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
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

  @Test
  void fromTheOverviewThroughTheDyadChartToTheEvidenceAndTheArticle() throws IOException {
    driver.get(base);
    visible("#dyads tr a");
    assertThat(driver.findElement(By.id("stats")).getText()).contains("3").contains("articles");
    shot("overview");

    driver.get(base + "dyad.html?a=RUS&b=AZE");
    WebElement over = visible("#chart .u-over");
    visible("#events .event-link");
    over.click();
    wait.until(ExpectedConditions.textMatches(By.id("events-title"), java.util.regex.Pattern.compile(" in \\d{4}-\\d{2}")));
    visible("#events .event-link").click();
    assertThat(visible("#evidence .sentence").getText()).isNotBlank();
    shot("dyad-month-evidence");

    driver.get(base + "dyad.html?a=RUS&b=AZE");
    visible("#events tr[data-id='wire-002#0'] .event-link").click();
    WebElement sentence = visible("#evidence .sentence");
    wait.until(ExpectedConditions.textToBePresentInElement(sentence, "Russian police detained"));
    assertThat(sentence.findElement(By.cssSelector(".actor-source")).getText()).isEqualTo("Russian police");
    shot("dyad-evidence");

    driver.findElement(By.cssSelector("#evidence a[href^='article.html']")).click();
    visible("#text .span-event");
    shot("article");
  }

  @Test
  void hostileArticleTextIsShownAsTextAndNeverRuns() throws IOException {
    driver.get(base + "article.html?id=wire-003");
    WebElement text = visible("#text .span-event");
    assertThat(driver.findElement(By.id("text")).getText()).contains(WebFixture.HOSTILE);
    assertThat(driver.findElements(By.cssSelector("#text script, #text img, #title *"))).isEmpty();
    assertThat(driver.findElement(By.id("title")).getText()).contains("<script>");
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(text.getText()).isEqualTo("Russian police detained");
    shot("article-hostile");
  }

  @Test
  void voicesListsQuotesBySpeakerFilteredByCountry() throws IOException {
    driver.get(base + "voices.html?mentions=AZE");
    visible("#voices .speaker");
    assertThat(driver.findElements(By.cssSelector("#voices li"))).hasSize(2);
    shot("voices");
  }
}
