package io.github.somepolicy.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.SampleReports;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class JsonWriterTest {

    private static String write(Report report) throws Exception {
        StringWriter out = new StringWriter();
        new JsonWriter().write(report, Locale.ENGLISH, out);
        return out.toString();
    }

    private static Schema schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12, b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build())
                        .schemaIdResolvers(
                                r -> r.mapPrefix("https://somepolicy.github.io/schemas/v1/", "classpath:schemas/")));
        return registry.getSchema(SchemaLocation.of(JsonWriter.SCHEMA_ID));
    }

    @Test
    void followsItsPublishedSchema() throws Exception {
        for (Report report : new Report[] {SampleReports.empty(), SampleReports.tricky()}) {
            JsonNode json = new ObjectMapper().readTree(write(report));
            assertThat(schema().validate(json)).isEmpty();
        }
    }

    @Test
    void keepsValuesExactlyAndCountsUnwaivedFindings() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(SampleReports.tricky()));
        assertThat(json.path("summary").path("errors").asInt()).isEqualTo(2);
        assertThat(json.path("summary").path("waived").asInt()).isEqualTo(1);
        assertThat(json.path("findings").get(0).path("location").path("file").asString())
                .isEqualTo("accounts/kultur och fritid/instagram-bibliotek.yaml");
        assertThat(json.path("findings").toString()).contains("kultur\\\"<b>&</b>\\n::error::forged");
    }

    @Test
    void isByteIdenticalForTheSameReport() throws Exception {
        assertThat(write(SampleReports.tricky())).isEqualTo(write(SampleReports.tricky()));
    }
}
