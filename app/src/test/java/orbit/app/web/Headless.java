package orbit.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through chromedriver (installed by .ci/run), for the browser tests.
 * Screenshots go to app/target/screenshots/.
 */
public final class Headless implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SHOTS = Path.of("target/screenshots");

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private Headless(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    // pages re-render their lists and evidence after fetches: a condition that met a replaced element tries again
    this.wait.ignoring(StaleElementReferenceException.class);
  }

  /** Whether chromium and chromedriver are installed; tests skip when not. */
  public static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
  }

  /** A browser with its profile in {@code profile} (a temporary directory), window 1280×900. */
  public static Headless start(Path profile) throws IOException {
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
        "--window-size=1280,900", "--user-data-dir=" + profile.resolve("chromium"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort().build();
    Files.createDirectories(SHOTS);
    return new Headless(new ChromeDriver(service, options));
  }

  public ChromeDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  /** Saves a screenshot of the window as target/screenshots/NAME.png and returns its path. */
  public Path shot(String name) throws IOException {
    return Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  public WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
