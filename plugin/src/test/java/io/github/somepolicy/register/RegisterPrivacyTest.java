package io.github.somepolicy.register;

import static io.github.somepolicy.register.RegisterFixtures.SWEDISH;
import static io.github.somepolicy.register.RegisterFixtures.exampleConfig;
import static io.github.somepolicy.register.RegisterFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.load.Limits;
import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No output, public or internal, names a moderator, their e-mail address or a credentials holder: they
 * are collected from the configuration itself and searched for in every file written.
 */
class RegisterPrivacyTest {

    @TempDir
    Path out;

    private static Set<String> people(Path root) throws Exception {
        Set<String> people = new TreeSet<>();
        for (Document account : Configuration.read(root, Limits.DEFAULT).accounts()) {
            account.root().at("/moderation/moderators").ifPresent(list -> {
                for (Node moderator : ((Node.Sequence) list).items()) {
                    moderator.at("/name").flatMap(Node::text).ifPresent(people::add);
                    moderator.at("/email").flatMap(Node::text).ifPresent(people::add);
                }
            });
            account.root().at("/credentials/holders").ifPresent(list -> {
                for (Node holder : ((Node.Sequence) list).items()) {
                    holder.text().ifPresent(people::add);
                }
            });
            account.root().at("/credentials/storage").flatMap(Node::text).ifPresent(people::add);
        }
        return people;
    }

    @Test
    void noOutputNamesAModeratorOrACredentialsHolder() throws Exception {
        Set<String> people = people(exampleConfig());
        assertThat(people).contains("Anna Andersson", "anna.andersson@ekeby.se", "Bo Ek");

        int files = 0;
        for (Locale locale : new Locale[] {SWEDISH, Locale.ENGLISH}) {
            new RegisterGenerator().generate(request(exampleConfig(), out.resolve(locale.getLanguage()), locale));
        }
        try (Stream<Path> written = Files.walk(out)) {
            for (Path file : written.filter(Files::isRegularFile).toList()) {
                files++;
                String text = Files.readString(file);
                String unfolded = text.replace("\r\n ", "");
                for (String person : people) {
                    assertThat(unfolded).as(file.toString()).doesNotContain(person);
                }
            }
        }
        assertThat(files).isGreaterThanOrEqualTo(2 * 10);
    }
}
