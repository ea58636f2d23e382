package dev.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver, on the dashboard page. The
 * browser is a requirement of the test, not an option: without it the test fails and says how to
 * install it, unless {@code -Dhelpdesk.browser-tests=skip} is given, which skips it visibly.
 */
final class DashboardBrowser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("helpdesk.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("helpdesk.chromedriver", "/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    private DashboardBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(50));
    }

    static DashboardBrowser open(int port) throws IOException {
        Assumptions.assumeFalse("skip".equals(System.getProperty("helpdesk.browser-tests")),
                "browser tests skipped on request (-Dhelpdesk.browser-tests=skip)");
        assertThat(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute())
                .as("The dashboard's browser test needs Debian's Chromium and ChromeDriver at %s and %s. Install them "
                        + "with `apt-get install -y chromium chromium-driver` (.ci/run does), or skip the test "
                        + "with -Dhelpdesk.browser-tests=skip.", CHROMIUM, CHROMEDRIVER)
                .isTrue();
        Path profile = Files.createTempDirectory("dashboard-chromium-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--window-size=1920,1080", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        DashboardBrowser browser = new DashboardBrowser(new ChromeDriver(service, options), profile);
        browser.driver.get("http://127.0.0.1:" + port + "/dashboard");
        return browser;
    }

    void signIn(String clientId, String secret) {
        WebElement id = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("client-id")));
        id.clear();
        id.sendKeys(clientId);
        driver.findElement(By.id("client-secret")).sendKeys(secret);
        driver.findElement(By.id("sign-in")).click();
    }

    void signOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
    }

    void awaitTile(String tile, String value) {
        By shown = By.cssSelector("#" + tile + " .value");
        wait.until(ExpectedConditions.textToBe(shown, value));
    }

    String tile(String tile) {
        return driver.findElement(By.cssSelector("#" + tile + " .value")).getText();
    }

    String label(String tile) {
        return driver.findElement(By.cssSelector("#" + tile + " .label")).getText();
    }

    /** The bars of a chart panel, by data-key ("" for none), with their data-value. */
    Map<String, Long> bars(String panel) {
        Map<String, Long> bars = new LinkedHashMap<>();
        for (WebElement bar : driver.findElements(By.cssSelector(panel + " rect.bar"))) {
            bars.put(bar.getDomAttribute("data-key"), Long.parseLong(bar.getDomAttribute("data-value")));
        }
        return bars;
    }

    long seriesTotal(String series) {
        return driver.findElements(By.cssSelector("#chart-over-time rect[data-series='" + series + "']")).stream()
                .mapToLong(bar -> Long.parseLong(bar.getDomAttribute("data-value"))).sum();
    }

    List<String> tableRows(String table) {
        return driver.findElements(By.cssSelector(table + " tbody tr")).stream().map(WebElement::getText).toList();
    }

    void awaitTableRow(String table, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(table + " tbody"), text));
    }

        String liveState() {
        return driver.findElement(By.id("live")).getDomAttribute("data-i18n");
    }

    void switchLanguage(String lang) {
        driver.findElement(By.cssSelector("button.lang[data-lang='" + lang + "']")).click();
    }

    void awaitBoardError(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("board-error"), text));
    }

    void awaitLoginError(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("login-error"), text));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
