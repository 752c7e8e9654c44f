package io.github.somepolicy.register;

import static io.github.somepolicy.register.RegisterFixtures.SWEDISH;
import static io.github.somepolicy.register.RegisterFixtures.copy;
import static io.github.somepolicy.register.RegisterFixtures.exampleConfig;
import static io.github.somepolicy.register.RegisterFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.load.Limits;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class RegisterGeneratorTest {

    @TempDir
    Path out;

    @TempDir
    Path config;

    /** The accounts of the example configuration with a status, read straight from the YAML. */
    private static List<String> accountsWithStatus(Path root, String status) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("accounts"))) {
            for (Path file :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                if (Files.readAllLines(file).contains("status: " + status)) {
                    String relative = root.resolve("accounts").relativize(file).toString();
                    ids.add(relative.replace('\\', '/').replaceFirst("\\.yaml$", ""));
                }
            }
        }
        return ids;
    }

    private static Schema schema() {
        return SchemaRegistry.withDefaultDialect(
                        SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                        .formatAssertionsEnabled(true)
                                        .build())
                                .schemaIdResolvers(r ->
                                        r.mapPrefix("https://somepolicy.github.io/schemas/v1/", "classpath:schemas/")))
                .getSchema(SchemaLocation.of(RegisterJson.SCHEMA_ID));
    }

    @Test
    void listsEveryActiveAccountAndTheRecentlyClosedOnesButNoPlannedOne() throws Exception {
        RegisterResult result = new RegisterGenerator().generate(request(exampleConfig(), out, SWEDISH));

        assertThat(result.register().active().stream().map(PublicRegister.Account::id))
                .containsExactlyInAnyOrderElementsOf(accountsWithStatus(exampleConfig(), "active"));
        assertThat(result.register().recentlyClosed().stream().map(PublicRegister.Account::id))
                .containsExactly("kultur-och-fritid/facebook-ekebysommarscen");
        String index = Files.readString(out.resolve("register/index.html"));
        for (String planned : accountsWithStatus(exampleConfig(), "planned")) {
            assertThat(index).doesNotContain(planned);
        }
        assertThat(index).contains("<time datetime=\"2026-01-31\">31 januari 2026</time>");
        assertThat(out.resolve("register/units/kultur-och-fritid.html")).exists();
        assertThat(out.resolve("register/units/socialtjanst.html")).doesNotExist();
    }

    @Test
    void jsonFollowsItsPublishedSchema() throws Exception {
        new RegisterGenerator().generate(request(exampleConfig(), out, SWEDISH));
        JsonNode json = new ObjectMapper().readTree(Files.readString(out.resolve("register/register.json")));
        assertThat(schema().validate(json)).isEmpty();
        assertThat(json.get("accounts").size()).isEqualTo(9);
        assertThat(json.get("municipality").get("name").asString()).isEqualTo("Ekeby kommun");
    }

    @Test
    void writesTheSameBytesTwiceOnTheSameDate() throws Exception {
        RegisterResult first = new RegisterGenerator().generate(request(exampleConfig(), out.resolve("a"), SWEDISH));
        new RegisterGenerator().generate(request(exampleConfig(), out.resolve("b"), SWEDISH));
        for (Path file : first.written()) {
            Path twin =
                    out.resolve("b").resolve(out.resolve("a").relativize(file).toString());
            assertThat(Files.readAllBytes(twin)).as(file.toString()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void csvParsesAsRfc4180AndDefusesFormulas() throws Exception {
        copy(exampleConfig(), config);
        Path account = config.resolve("accounts/kommunikation/facebook-ekebykommun.yaml");
        Files.writeString(
                account,
                Files.readString(account)
                        .replace("name: Ekeby kommun\n", "name: \"=HYPERLINK(\\\"x\\\"), \\\"a\\\"\"\n"));
        new RegisterGenerator().generate(request(config, out, SWEDISH));

        String csv = Files.readString(out.resolve("register/register.csv"));
        assertThat(csv).contains("\r\n").doesNotContain(",=HYPERLINK");
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(records).hasSize(9);
        assertThat(records.stream().map(r -> r.get("name"))).contains("'=HYPERLINK(\"x\"), \"a\"");
        assertThat(records.get(0).get("purpose")).contains(", ");
    }

    @Test
    void refusesAConfigurationWithErrorsUnlessAllowed() throws Exception {
        copy(exampleConfig(), config);
        Path account = config.resolve("accounts/kommunikation/facebook-ekebykommun.yaml");
        Files.writeString(account, Files.readString(account).replace("unit: kommunikation", "unit: okand-enhet"));

        assertThatThrownBy(() -> new RegisterGenerator().generate(request(config, out, SWEDISH)))
                .isInstanceOfSatisfying(
                        SomepolicyException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo(RegisterGenerator.REFUSED));
        assertThat(out.resolve("register")).doesNotExist();

        new RegisterGenerator().generate(RegisterFixtures.allowingErrors(request(config, out, SWEDISH)));
        assertThat(out.resolve("register/index.html")).exists();
    }

    @Test
    void neverWritesIntoTheConfiguration() throws Exception {
        copy(exampleConfig(), config);
        assertThatThrownBy(() -> new RegisterGenerator().generate(request(config, config.resolve("public"), SWEDISH)))
                .isInstanceOfSatisfying(
                        SomepolicyException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("output.in-configuration"));
        assertThat(config.resolve("public")).doesNotExist();
        new RegisterGenerator().generate(request(config, config.resolve("target/somepolicy"), SWEDISH));
        assertThat(config.resolve("target/somepolicy/register/index.html")).exists();
    }

    @Test
    void escapesMarkupAndLinksOnlyWebAddresses() throws Exception {
        copy(exampleConfig(), config);
        Path account = config.resolve("accounts/kommunikation/linkedin-ekeby-kommun.yaml");
        String yaml = Files.readString(account)
                .replace("name: Ekeby kommun\n", "name: \"<script>alert(1)</script> & Co\"\n")
                .replaceFirst("url: \\S+", "url: \"javascript:alert(1)\"");
        Files.writeString(account, yaml);
        new RegisterGenerator().generate(RegisterFixtures.allowingErrors(request(config, out, SWEDISH)));

        String index = Files.readString(out.resolve("register/index.html"));
        assertThat(index)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co")
                .doesNotContain("<script>")
                .doesNotContain("javascript:");
    }

    @Test
    void publishesEveryFileAsReadableAsAnyNewFileTheLogoToo() throws Exception {
        RegisterResult result = new RegisterGenerator().generate(request(exampleConfig(), out, SWEDISH));
        Path register = out.resolve("register");
        assertThat(register.resolve("logo.svg")).exists();
        // What the umask gives a new file here (rw-r--r-- under the usual 022): every output gets the same.
        Path probe = Files.createFile(out.resolve("probe"));
        var expected = Files.getPosixFilePermissions(probe);
        assertThat(expected)
                .as("the umask lets others read")
                .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        assertThat(result.written()).contains(register.resolve("logo.svg"));
        for (Path file : result.written()) {
            assertThat(Files.getPosixFilePermissions(file)).as(file.toString()).isEqualTo(expected);
        }
    }

    @Test
    void writesEnglishPagesWhenAsked() throws Exception {
        new RegisterGenerator().generate(request(exampleConfig(), out, Locale.ENGLISH));
        String index = Files.readString(out.resolve("register/index.html"));
        assertThat(index)
                .contains("<html lang=\"en\">")
                .contains("Active accounts")
                .contains("31 January 2026");
        assertThat(Files.readString(out.resolve("records/records-plan.md"))).contains("Retention decision");
    }

    @Test
    void usesTemplatesFromTheOverrideDirectory() throws Exception {
        Path templates = out.resolve("templates");
        Files.createDirectories(templates);
        Files.writeString(
                templates.resolve("index.peb"),
                "{% extends \"layout\" %}{% block content %}<h1>{{ page.heading }}</h1><p>Egen mall</p>{% endblock %}");
        RegisterRequest request = request(exampleConfig(), out, SWEDISH);
        request = new RegisterRequest(
                request.directory(),
                request.outputDirectory(),
                request.recordsDirectory(),
                request.today(),
                request.locale(),
                false,
                30,
                Optional.of(templates),
                Limits.DEFAULT,
                "0.0.0-test");
        RegisterResult result = new RegisterGenerator().generate(request);

        assertThat(Files.readString(out.resolve("register/index.html")))
                .contains("<p>Egen mall</p>")
                .contains("Ekeby kommun i sociala medier");
        assertThat(Files.readString(out.resolve("register/units/kommunikation.html")))
                .contains("Aktiva konton");
        assertThat(result.register().recentlyClosed()).isEmpty();
    }

    @Test
    void fallsBackToAnAccessibleColourWhenTheConfiguredOneIsTooLight() throws Exception {
        copy(exampleConfig(), config);
        Path organisation = config.resolve("organisation.yaml");
        Files.writeString(
                organisation,
                Files.readString(organisation).replace("primaryColor: \"#00548f\"", "primaryColor: \"#ffdd00\""));
        RegisterResult result = new RegisterGenerator().generate(request(config, out, SWEDISH));

        assertThat(result.warnings()).anyMatch(m -> m.key().equals("register.warning.contrast"));
        assertThat(result.register().branding().primaryColor()).isEqualTo(RegisterBuilder.DEFAULT_PRIMARY);
        assertThat(Files.readString(out.resolve("register/index.html"))).doesNotContain("#ffdd00");
    }

    @Test
    void extractHasOneRowPerActiveOrClosedAccountWithItsNextSnapshot() throws Exception {
        new RegisterGenerator().generate(request(exampleConfig(), out, SWEDISH));
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(Files.readString(out.resolve("records/records-plan.csv"))))
                .getRecords();
        int expected = accountsWithStatus(exampleConfig(), "active").size()
                + accountsWithStatus(exampleConfig(), "closed").size();
        assertThat(rows).hasSize(expected);
        CSVRecord main = rows.stream()
                .filter(r -> r.get("Fil").equals("accounts/kommunikation/facebook-ekebykommun.yaml"))
                .findFirst()
                .orElseThrow();
        assertThat(main.get("Gallringsfrist")).isEqualTo("P1Y (1 år)");
        assertThat(main.get("Senaste ögonblicksbild")).isEqualTo("2026-10-15");
        assertThat(main.get("Nästa ögonblicksbild")).isEqualTo("2027-04-15");
        CSVRecord closed = rows.stream()
                .filter(r -> r.get("Status").equals("stängt"))
                .findFirst()
                .orElseThrow();
        assertThat(closed.get("Nästa ögonblicksbild")).isEmpty();
        assertThat(Files.readString(out.resolve("records/records-plan.md")))
                .contains("| Ekeby kommun | accounts/kommunikation/facebook\\-ekebykommun.yaml".replace("\\-", "-"));
    }
}
