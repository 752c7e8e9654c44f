package io.github.somepolicy.register;

import static io.github.somepolicy.register.RegisterFixtures.SWEDISH;
import static io.github.somepolicy.register.RegisterFixtures.TODAY;
import static io.github.somepolicy.register.RegisterFixtures.allowingErrors;
import static io.github.somepolicy.register.RegisterFixtures.copy;
import static io.github.somepolicy.register.RegisterFixtures.exampleConfig;
import static io.github.somepolicy.register.RegisterFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.load.Limits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The people report lists everyone named on an account with their roles, and never lands in the public
 * register's folder; links to elected officials' own accounts never appear among the municipality's
 * accounts in the register.
 */
class PeopleReportTest {

    @TempDir
    Path out;

    @Test
    void listsEveryPersonWithRolesAbsencesAndLastDay() throws Exception {
        Path config = out.resolve("config");
        copy(exampleConfig(), config);
        Files.writeString(
                config.resolve("organisation.yaml"),
                "departures:\n  - name: Lina Ström\n    email: lina.strom@ekeby.se\n    lastDay: 2027-02-28\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        PeopleGenerator.Result result = new PeopleGenerator()
                .generate(
                        config, out.resolve("people"), out.resolve("register"), TODAY, Locale.ENGLISH, Limits.DEFAULT);

        String markdown = Files.readString(out.resolve("people/people.md"));
        List<String> csv = Files.readAllLines(out.resolve("people/people.csv"));
        assertThat(markdown).contains("## Lina Ström (lina.strom@ekeby.se)", "- Last day: 2027-02-28");
        assertThat(markdown).contains("2026-12-23–2027-01-08 (Jul- och nyårsledighet)");
        // Lina is the only stand-in on the school account and one of its two credentials holders
        assertThat(csv)
                .anyMatch(row -> row.startsWith("Lina Ström,lina.strom@ekeby.se,Ekebygymnasiet,")
                        && row.contains(",\"stand-in, credentials holder\",stand-in,"));
        assertThat(csv.get(0)).startsWith("Person,E-mail,Account,File,Unit,Status,Roles,Alone as");
        assertThat(result.people()).isEqualTo(markdown.split("\n## ", -1).length - 1);
        assertThat(result.written()).hasSize(2);
    }

    @Test
    void isNeverWrittenIntoThePublicRegister() throws Exception {
        Path register = out.resolve("site/register");
        assertThatThrownBy(() -> new PeopleGenerator()
                        .generate(
                                exampleConfig(),
                                register.resolve("internal"),
                                register,
                                TODAY,
                                SWEDISH,
                                Limits.DEFAULT))
                .isInstanceOf(SomepolicyException.class)
                .satisfies(
                        e -> assertThat(((SomepolicyException) e).userMessage().key())
                                .isEqualTo("register.people.in-register"));
        assertThatThrownBy(() -> new PeopleGenerator()
                        .generate(exampleConfig(), register, register, TODAY, SWEDISH, Limits.DEFAULT))
                .isInstanceOf(SomepolicyException.class);

        new RegisterGenerator().generate(allowingErrors(request(exampleConfig(), out.resolve("site"), SWEDISH)));
        new PeopleGenerator()
                .generate(exampleConfig(), out.resolve("site/people"), register, TODAY, SWEDISH, Limits.DEFAULT);
        assertThat(out.resolve("site/people/people.md")).exists();
        try (Stream<Path> files = Files.walk(register)) {
            List<Path> published = files.filter(Files::isRegularFile).toList();
            assertThat(published).isNotEmpty();
            assertThat(published).noneMatch(p -> p.getFileName().toString().startsWith("people"));
            for (Path file : published) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("Oskar Falk", "lina.strom@");
            }
        }
    }

    @Test
    void electedOfficialsAreNotListedAsTheMunicipalitysAccounts() throws Exception {
        Path config = out.resolve("config");
        copy(exampleConfig(), config);
        Files.writeString(config.resolve("accounts/kommunikation/blog-ks-ordforande.yaml"), """
                kind: account
                version: 1
                name: Kommunstyrelsens ordförande bloggar
                platform: blog
                url: https://ordforanden.example.org/blogg
                unit: kommunikation
                accountType: elected-official
                scope: unit
                status: active
                activated: 2022-05-01
                disclaimer: Länken går till ordförandens egen blogg. Åsikterna där är hennes egna och inte kommunens.
                """);
        new RegisterGenerator().generate(allowingErrors(request(config, out.resolve("site"), SWEDISH)));
        try (Stream<Path> files = Files.walk(out.resolve("site/register"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file))
                        .as(file.toString())
                        .doesNotContain("ordforanden.example.org", "Kommunstyrelsens ordförande bloggar");
            }
        }
        assertThat(Files.readString(out.resolve("site/register/register.json"))).contains("facebook.com/ekebykommun");
    }
}
