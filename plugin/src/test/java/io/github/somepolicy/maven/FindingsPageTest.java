package io.github.somepolicy.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.ExampleConfig;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings page: the same content in the site's sink and as a page of its own, every value as text. */
class FindingsPageTest {

    private static final Path EXAMPLE = ExampleConfig.root();

    @TempDir
    Path root;

    private static Report validate(Path configuration, String date) throws Exception {
        return new Validator()
                .validate(new ValidationRequest(configuration, LocalDate.parse(date), Limits.DEFAULT, "test"));
    }

    /** The texts a page writes to a sink, in order. */
    private static List<String> sinkTexts(FindingsPage page) {
        List<String> texts = new ArrayList<>();
        Sink sink = (Sink) Proxy.newProxyInstance(
                Sink.class.getClassLoader(), new Class<?>[] {Sink.class}, (proxy, method, args) -> {
                    if (method.getName().equals("text")) {
                        texts.add((String) args[0]);
                    }
                    return null;
                });
        page.render(sink);
        return texts;
    }

    private static String unescaped(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    @Test
    void writesTheSameTextsInTheSameOrderToTheSiteAndToAPageOfItsOwn() throws Exception {
        for (String date : List.of("2026-11-23", "2027-04-15")) {
            for (Locale locale : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
                Report report = validate(EXAMPLE, date);
                FindingsPage page = new FindingsPage(report, Messages.of(locale));
                String html = unescaped(page.html());
                List<String> texts = sinkTexts(page);
                assertThat(texts).isNotEmpty().first().isEqualTo(page.title());
                int from = html.indexOf("<main>");
                for (String text : texts.subList(1, texts.size())) {
                    int at = html.indexOf(">" + text + "<", from);
                    assertThat(at)
                            .as("%s (%s, %s) after position %d", text, date, locale, from)
                            .isPositive();
                    from = at;
                }
                // every open finding has its row: the place, the rule and the message
                for (Finding finding : report.findings()) {
                    assertThat(html).contains(finding.ruleId());
                }
                assertThat(page.html()).contains("<html lang=\"" + locale.getLanguage() + "\">");
            }
        }
    }

    @Test
    void escapesMarkupFromTheConfiguration() throws Exception {
        Files.createDirectories(root.resolve("accounts/kommunikation"));
        Files.writeString(root.resolve("organisation.yaml"), """
                kind: organisation
                version: 1
                municipality: Testby kommun
                units:
                  - id: kommunikation
                    name: Kommunikationsavdelningen
                """);
        Files.writeString(root.resolve("accounts/kommunikation/facebook-testby.yaml"), """
                kind: account
                version: 1
                platform: facebook
                name: Testby <script>alert(1)</script>
                unit: "kommunkation<img src=x onerror=alert(1)>"
                """);
        Report report = validate(root, "2026-11-23");
        assertThat(report.findings()).isNotEmpty();

        String html = new FindingsPage(report, Messages.of(Locale.ENGLISH)).html();

        assertThat(html).doesNotContain("<script>").doesNotContain("<img");
        assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;");
    }
}
