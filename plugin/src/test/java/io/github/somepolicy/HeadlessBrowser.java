package io.github.somepolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The headless Chromium the page tests open the plugin's HTML in, and what they measure there: axe-core's
 * violations, sideways scrolling and elements too wide for the window. The browser tests run when
 * Chromium and chromedriver are installed, and must run when {@code somepolicy.requireBrowser} or
 * {@code SOMEPOLICY_REQUIRE_BROWSER} is true ({@code .ci/run} installs them and sets the variable).
 */
public final class HeadlessBrowser {

    private static final Path CHROMIUM = Path.of(System.getProperty("somepolicy.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("somepolicy.chromedriver", "/usr/bin/chromedriver"));

    private HeadlessBrowser() {}

    /** Fails when the browser is required and missing; otherwise skips the test class without it. */
    public static void requireOrSkip() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        String missing = "Chromium and chromedriver are not installed: " + CHROMIUM + ", " + DRIVER;
        if (Boolean.getBoolean("somepolicy.requireBrowser")
                || "true".equals(System.getenv("SOMEPOLICY_REQUIRE_BROWSER"))) {
            assertThat(installed).as(missing).isTrue();
        }
        assumeTrue(installed, missing);
    }

    /** Starts the browser, 1,280 px wide, with its profile in the given folder. */
    public static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    /** Runs axe-core on the open page for WCAG 2.1 A and AA and best practices, and returns the violations. */
    public static String axe(ChromeDriver browser) throws IOException {
        String script;
        try (InputStream in = HeadlessBrowser.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js on the test class path").isNotNull();
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        JavascriptExecutor js = browser;
        js.executeScript(script);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: "
                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}, resultTypes: ['violations']})"
                + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.html)})))))"
                + ".catch(e => done('axe failed: ' + e));");
        return String.valueOf(result);
    }

    /** How far the open page reaches past the viewport sideways, in CSS pixels: anything above 0 scrolls. */
    public static int overflow(ChromeDriver browser) {
        return ((Number) ((JavascriptExecutor) browser)
                        .executeScript(
                                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .intValue();
    }

    /**
     * The visible elements of the open page that are wider than their box or reach past the viewport (the
     * column headers, visually hidden on narrow screens, are not shown).
     */
    public static String tooWide(ChromeDriver browser) {
        return String.valueOf(((JavascriptExecutor) browser)
                .executeScript("const width = document.documentElement.clientWidth;"
                        + "return [...document.querySelectorAll('body *')]"
                        + ".filter(e => !e.closest('thead, .skip'))"
                        + ".filter(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).display !== 'inline'"
                        + " || e.getBoundingClientRect().right > width + 1)"
                        + ".map(e => e.tagName + ' ' + e.textContent.trim().slice(0, 40)).join(' | ');"));
    }
}
