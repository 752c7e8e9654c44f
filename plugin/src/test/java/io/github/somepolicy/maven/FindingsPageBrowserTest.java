package io.github.somepolicy.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.ExampleConfig;
import io.github.somepolicy.HeadlessBrowser;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The findings page that {@code mvn somepolicy:report} writes, opened in Chromium: no axe-core violation
 * and no sideways scrolling from a phone's 320 px to a desktop, in Swedish and English, with open
 * findings (the example configuration once its waiver has ended) and with a waived one (before).
 */
class FindingsPageBrowserTest {

    private static final Path EXAMPLE = ExampleConfig.root();

    private static Path out;
    private static ChromeDriver browser;
    private static final List<Path> PAGES = new ArrayList<>();

    @BeforeAll
    static void openBrowser() throws Exception {
        HeadlessBrowser.requireOrSkip();
        out = Files.createTempDirectory("somepolicy-findings-");
        for (String date : List.of("2026-11-23", "2027-04-15")) {
            var report = new Validator()
                    .validate(new ValidationRequest(EXAMPLE, LocalDate.parse(date), Limits.DEFAULT, "test"));
            for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
                Path page = out.resolve("findings-" + locale.getLanguage() + "-" + date + ".html");
                Files.writeString(page, new FindingsPage(report, Messages.of(locale)).html());
                PAGES.add(page);
            }
        }
        browser = HeadlessBrowser.start(out.resolve("profile"));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void reflowsWithoutSidewaysScrollingAndPassesAxeAtEveryWidth() throws Exception {
        for (int width : new int[] {320, 390, 1280}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            for (Path page : PAGES) {
                browser.get(page.toUri().toString());
                String name = page.getFileName() + " at " + width + " px";
                assertThat(HeadlessBrowser.overflow(browser)).as(name).isLessThanOrEqualTo(0);
                if (width < 1280) {
                    assertThat(HeadlessBrowser.tooWide(browser)).as(name).isEmpty();
                }
                assertThat(HeadlessBrowser.axe(browser)).as(name).isEqualTo("[]");
            }
        }
    }
}
