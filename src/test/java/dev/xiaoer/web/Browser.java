package dev.xiaoer.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (no browser download): one per test
 * class. {@link #assumeInstalled} skips the tests where the browser is not installed, unless
 * {@code XIAOER_REQUIRE_BROWSER} is set (as CI sets it), where a missing browser fails them.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(10);

    final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots = Path.of(System.getProperty("xiaoer.screenshots", "target/screenshots"));

    static void assumeInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
            return;
        }
        String why = CHROMIUM + " or " + DRIVER + " is missing (apt-get install -y chromium chromium-driver)";
        if (System.getenv("XIAOER_REQUIRE_BROWSER") != null) {
            fail("XIAOER_REQUIRE_BROWSER is set and the browser tests cannot run: " + why);
        }
        Assumptions.abort("browser tests skipped: " + why + "; set XIAOER_REQUIRE_BROWSER=1 to fail instead");
    }

    Browser() throws IOException {
        profile = Files.createTempDirectory("xiaoer-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,900", "--lang=zh-CN",
                "--force-device-scale-factor=1");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    <T> T until(Function<WebDriver, T> condition) {
        return until(WAIT, condition);
    }

    <T> T until(Duration timeout, Function<WebDriver, T> condition) {
        // the pages redraw lists as data comes in: an element read mid-redraw is looked up again
        return new WebDriverWait(driver, timeout, Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class).until(condition);
    }

    WebElement find(String css) {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }

    /** Clicks the first element matching {@code css}, again should a redraw replace it under the click. */
    void click(String css) {
        until(d -> {
            find(css).click();
            return true;
        });
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Saves the page as {@code name}-desktop.png at 1280 px wide and {@code name}-phone.png at a phone's 390 px. */
    void screenshots(String name) throws IOException {
        Files.createDirectories(screenshots);
        try {
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 1280, "height", 1000, "deviceScaleFactor", 1, "mobile", false));
            js("window.scrollTo(0, 0)");
            Files.write(screenshots.resolve(name + "-desktop.png"), driver.getScreenshotAs(OutputType.BYTES));
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
            Files.write(screenshots.resolve(name + "-phone.png"), driver.getScreenshotAs(OutputType.BYTES));
            Long overflow = (Long) js("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertEquals(0L, overflow, name + " is wider than a phone's screen");
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** axe-core's rules on the page as it is now: no serious or critical violation. */
    void accessible(String page) {
        Results results = new AxeBuilder().analyze(driver);
        List<Rule> bad = results.getViolations().stream()
                .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())).toList();
        if (!bad.isEmpty()) {
            fail(page + ": accessibility violations: " + bad.stream().map(r -> r.getId() + " (" + r.getImpact() + "): "
                    + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("; ")));
        }
    }

    /** The browser's console errors since the last call (a CSP refusal shows here). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
