package io.github.somepolicy.report.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.report.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitWriterTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneSuitePerFileOneCasePerRuleFailuresForUnwaivedFindings() throws Exception {
        StringWriter out = new StringWriter();
        new JunitWriter().write(SampleReports.tricky(), Locale.ENGLISH, out);
        Document xml = parse(out.toString());
        Element root = xml.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("4");
        assertThat(root.getAttribute("failures")).isEqualTo("3");
        NodeList suites = xml.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(3);
        Element first = (Element) suites.item(0);
        assertThat(first.getAttribute("name")).isEqualTo("accounts/kultur och fritid/instagram-bibliotek.yaml");
        Element failure = (Element) first.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).contains("kultur\"<b>&</b>\\n::error::forged");
        assertThat(out.toString()).doesNotContain("\n::error::");
    }

    @Test
    void charactersXmlCannotHoldAreReplaced() {
        assertThat(Xml.text("a\u0000b\u001Bc<")).isEqualTo("a\uFFFDb\uFFFDc&lt;");
    }

    @Test
    void anEmptyReportIsAValidEmptyRun() throws Exception {
        StringWriter out = new StringWriter();
        new JunitWriter().write(SampleReports.empty(), Locale.ENGLISH, out);
        assertThat(parse(out.toString()).getDocumentElement().getAttribute("tests"))
                .isEqualTo("0");
    }
}
