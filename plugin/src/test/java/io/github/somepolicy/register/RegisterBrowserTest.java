package io.github.somepolicy.register;

import static io.github.somepolicy.register.RegisterFixtures.SWEDISH;
import static io.github.somepolicy.register.RegisterFixtures.exampleConfig;
import static io.github.somepolicy.register.RegisterFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.HeadlessBrowser;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.model.Document;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The register as a person sees it: the example configuration's pages in headless Chromium, with its
 * rows checked against the configuration, a unit link followed, axe-core run on each page and
 * screenshots saved under {@code target/register-screenshots/}. Skipped when Chromium or its driver is
 * not installed, unless {@code somepolicy.requireBrowser} or the environment variable
 * {@code SOMEPOLICY_REQUIRE_BROWSER} is true ({@code .ci/run} installs them and sets the variable).
 */
class RegisterBrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "register-screenshots");

    private static Path out;
    private static ChromeDriver browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        HeadlessBrowser.requireOrSkip();
        out = Files.createTempDirectory("somepolicy-browser-");
        new RegisterGenerator().generate(request(exampleConfig(), out, SWEDISH));
        new RegisterGenerator().generate(request(exampleConfig(), out.resolve("en"), java.util.Locale.ENGLISH));
        browser = HeadlessBrowser.start(out.resolve("profile"));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static void open(String page) {
        browser.get(out.resolve("register").resolve(page).toUri().toString());
    }

    private static void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Runs axe-core on the open page for WCAG 2.1 A and AA and best practices, and returns the violations. */
    private static String axe() throws IOException {
        return HeadlessBrowser.axe(browser);
    }

    /** The active accounts of the configuration, by id, with their addresses. */
    private static Map<String, String> activeAccounts() throws IOException {
        Map<String, String> accounts = new LinkedHashMap<>();
        for (Document account :
                Configuration.read(exampleConfig(), Limits.DEFAULT).accounts()) {
            if (Configuration.text(account, "/status").orElse("").equals("active")) {
                String id = account.file().replaceFirst("^accounts/", "").replaceFirst("\\.yaml$", "");
                accounts.put(id, Configuration.text(account, "/url").orElseThrow());
            }
        }
        return accounts;
    }

    @Test
    void showsEveryActiveAccountOfTheConfigurationWithItsLink() throws Exception {
        open("index.html");
        List<WebElement> rows = browser.findElements(By.cssSelector("#active-caption ~ tbody tr"));
        Map<String, String> shown = new LinkedHashMap<>();
        for (WebElement row : rows) {
            WebElement link = row.findElement(By.cssSelector("th[scope=row] a"));
            shown.put(row.getAttribute("data-account"), link.getAttribute("href"));
        }
        assertThat(shown).containsExactlyInAnyOrderEntriesOf(activeAccounts());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ekeby kommun i sociala medier");
        assertThat(browser.findElements(By.cssSelector("#closed-caption ~ tbody tr")))
                .hasSize(1)
                .first()
                .satisfies(row -> assertThat(row.getText()).contains("Ekeby sommarscen", "31 januari 2026"));
        screenshot("index.png");
    }

    @Test
    void followsAUnitLinkToTheUnitsOwnPage() throws Exception {
        open("index.html");
        browser.findElement(By.linkText("Kultur- och fritidsförvaltningen")).click();
        assertThat(browser.getCurrentUrl()).endsWith("units/kultur-och-fritid.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Kultur- och fritidsförvaltningen");
        assertThat(browser.findElements(By.cssSelector("#active-caption ~ tbody tr")))
                .extracting(row -> row.getAttribute("data-account"))
                .containsExactlyInAnyOrder(
                        "kultur-och-fritid/instagram-ekebybibliotek", "kultur-och-fritid/instagram-visitekeby");
        assertThat(browser.findElement(By.cssSelector("a[href^='mailto:']")).getText())
                .isEqualTo("kultur@ekeby.se");
        screenshot("unit.png");
        browser.findElement(By.linkText("Alla konton i Ekeby kommun")).click();
        assertThat(browser.getCurrentUrl()).endsWith("register/index.html");
    }

    @Test
    void axeFindsNoViolationsOnAnyPage() throws Exception {
        open("index.html");
        assertThat(axe()).isEqualTo("[]");
        open("units/kommunikation.html");
        assertThat(axe()).isEqualTo("[]");
    }

    @Test
    void axeFindsAViolationOnABrokenPage() throws Exception {
        Path broken = out.resolve("register/broken.html");
        Files.writeString(broken, "<!DOCTYPE html><html><body><img src=x><a href=#></a></body></html>");
        browser.get(broken.toUri().toString());
        assertThat(axe()).contains("image-alt").contains("html-has-lang");
    }

    /** How far the open page reaches past the viewport sideways, in CSS pixels: anything above 0 scrolls. */
    private static int overflow() {
        return HeadlessBrowser.overflow(browser);
    }

    /** The visible elements of the open page that are wider than their box or reach past the viewport. */
    private static String tooWide() {
        return HeadlessBrowser.tooWide(browser);
    }

    @Test
    void reflowsWithoutSidewaysScrollingOnEveryPageInBothLanguages() throws Exception {
        Dimension desktop = browser.manage().window().getSize();
        try {
            for (String language : List.of("", "en/")) {
                Path register = out.resolve(language + "register");
                List<String> pages = new java.util.ArrayList<>(List.of("index.html"));
                try (var units = Files.list(register.resolve("units"))) {
                    units.map(u -> "units/" + u.getFileName()).sorted().forEach(pages::add);
                }
                assertThat(pages).contains("units/samhallsbyggnad.html", "units/kommunikation.html");
                for (int width : new int[] {320, 390, 1280}) {
                    browser.manage().window().setSize(new Dimension(width, 900));
                    for (String page : pages) {
                        browser.get(register.resolve(page).toUri().toString());
                        int viewport = ((Number) ((JavascriptExecutor) browser)
                                        .executeScript("return document.documentElement.clientWidth;"))
                                .intValue();
                        assertThat(viewport)
                                .as("the window is as narrow as asked")
                                .isLessThanOrEqualTo(width);
                        assertThat(overflow())
                                .as(language + page + " at " + width + " px")
                                .isLessThanOrEqualTo(0);
                        if (width < 1280) {
                            assertThat(tooWide())
                                    .as(language + page + " at " + width + " px")
                                    .isEmpty();
                        }
                        if (width == 320) {
                            assertThat(axe()).as(language + page + " at 320 px").isEqualTo("[]");
                        }
                    }
                }
            }
            browser.manage().window().setSize(new Dimension(320, 900));
            open("units/samhallsbyggnad.html");
            screenshot("samhallsbyggnad-320.png");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void theReflowCheckWouldCatchAPageThatScrollsSideways() throws Exception {
        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(320, 900));
            Path wide = out.resolve("register/wide.html");
            Files.writeString(
                    wide,
                    "<!DOCTYPE html><html lang=\"sv\"><head><meta name=\"viewport\" content=\"width=device-width\">"
                            + "<title>x</title></head><body><h1>Samhällsbyggnadsförvaltningen"
                            + "Samhällsbyggnadsförvaltningen</h1></body></html>");
            browser.get(wide.toUri().toString());
            assertThat(overflow()).isPositive();
            assertThat(tooWide()).contains("H1");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    @Test
    void fitsAPhoneScreenAndShowsWhereTheFocusIs() throws Exception {
        Dimension desktop = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            open("index.html");
            JavascriptExecutor js = browser;
            Object overflow = js.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
            assertThat(axe()).isEqualTo("[]");
            screenshot("index-phone.png");

            browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement focused = browser.switchTo().activeElement();
            assertThat(focused.getAttribute("class")).isEqualTo("skip");
            assertThat(focused.getRect().getX()).isGreaterThanOrEqualTo(0);
            assertThat(focused.getCssValue("outline-style")).isNotEqualTo("none");
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }
}
