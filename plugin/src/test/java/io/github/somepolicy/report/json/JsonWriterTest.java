package io.github.somepolicy.report.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportSchemas;
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

    @Test
    void keepsValuesExactlyAndCountsUnwaivedFindings() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(SampleReports.edgeCases()));
        assertThat(json.path("summary").path("errors").asInt()).isEqualTo(3);
        assertThat(json.path("summary").path("warnings").asInt()).isEqualTo(1);
        assertThat(json.path("summary").path("notes").asInt()).isEqualTo(1);
        assertThat(json.path("summary").path("waived").asInt()).isEqualTo(1);
        JsonNode first = json.path("findings").get(0);
        assertThat(first.path("location").path("file").asString()).isEqualTo(SampleReports.SPACED_FILE);
        assertThat(first.path("messageArguments").get(0).asString()).isEqualTo("kultur \"och\" fritid\nrad två");
        assertThat(first.path("related").get(0).path("file").asString()).isEqualTo("organisation.yaml");
        JsonNode waiver = json.path("findings").get(2).path("waiver");
        assertThat(waiver.path("reason").asString()).isEqualTo(SampleReports.WAIVER_REASON);
        assertThat(waiver.path("expires").asString()).isEqualTo("2027-03-31");
        assertThat(json.path("findings").get(0).has("waiver")).isFalse();
    }

    @Test
    void keepsHostileTextAsDataNotEscapedForAnotherFormat() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(SampleReports.injection()));
        assertThat(json.path("findings").get(1).path("messageArguments").get(0).asString())
                .isEqualTo(SampleReports.HOSTILE);
        assertThat(ReportSchemas.jsonReportErrors(write(SampleReports.injection())))
                .isEmpty();
    }

    @Test
    void writesTheRepositoryOnlyWhenKnown() throws Exception {
        JsonNode placed = new ObjectMapper().readTree(write(SampleReports.inRepository()));
        assertThat(placed.path("run").path("rootPath").asString()).isEqualTo("kommun/sociala medier");
        assertThat(placed.path("run").path("provenance").path("revisionId").asString())
                .isEqualTo(SampleReports.REVISION);
        assertThat(placed.path("run").path("provenance").path("branch").asString())
                .isEqualTo("main");
        JsonNode unplaced = new ObjectMapper().readTree(write(SampleReports.empty()));
        assertThat(unplaced.path("run").has("rootPath")).isFalse();
        assertThat(unplaced.path("run").has("provenance")).isFalse();
    }

    @Test
    void theSchemaRejectsAFindingWithoutItsLocation() throws Exception {
        JsonNode json = new ObjectMapper().readTree(write(SampleReports.edgeCases()));
        ((tools.jackson.databind.node.ObjectNode) json.path("findings").get(0)).remove("location");
        assertThat(ReportSchemas.jsonReportErrors(json.toString())).isNotEmpty();
    }
}
