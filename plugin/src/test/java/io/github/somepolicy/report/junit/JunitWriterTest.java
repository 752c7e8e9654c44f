package io.github.somepolicy.report.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportSchemas;
import io.github.somepolicy.report.SampleReports;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitWriterTest {

    private static String write(Report report) throws Exception {
        StringWriter out = new StringWriter();
        new JunitWriter().write(report, Locale.ENGLISH, out);
        return out.toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        List<Element> all = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add((Element) nodes.item(i));
        }
        return all;
    }

    @Test
    void oneSuitePerFileAndOneCasePerFileAndRule() throws Exception {
        Element root = parse(write(SampleReports.edgeCases())).getDocumentElement();
        List<Element> suites = elements(root, "testsuite");
        assertThat(suites)
                .extracting(s -> s.getAttribute("name"))
                .containsExactly(
                        SampleReports.SPACED_FILE,
                        SampleReports.SWEDISH_FILE,
                        "länk till fil.yaml",
                        "organisation.yaml",
                        "somepolicy.yaml",
                        "Rules without findings");
        Element spaced = suites.get(0);
        assertThat(spaced.getAttribute("tests")).isEqualTo("2");
        assertThat(spaced.getAttribute("failures")).isEqualTo("2");
        assertThat(elements(spaced, "testcase"))
                .extracting(c -> c.getAttribute("name"))
                .containsExactly("account-unit-exists", "moderation-backup");
        assertThat(elements(spaced, "testcase").get(0).getAttribute("classname"))
                .isEqualTo("accounts/kultur och fritid/youtube-kulturhuset");
    }

    @Test
    void failsWithTheLocationAndMessageOfEveryUnwaivedErrorOrWarning() throws Exception {
        Element root = parse(write(SampleReports.edgeCases())).getDocumentElement();
        Element organisation = elements(root, "testsuite").get(3);
        Element failure = elements(organisation, "failure").get(0);
        assertThat(failure.getAttribute("type")).isEqualTo("error");
        assertThat(failure.getAttribute("message")).startsWith("organisation.yaml:12:3: The key 'name' appears twice");
        assertThat(failure.getTextContent())
                .contains("organisation.yaml:12:3: error [yaml-duplicate-key]")
                .contains("Related place: organisation.yaml:4:3")
                .contains("Related place: organisation.yaml:8:3");
        Element first = elements(root, "failure").get(0);
        assertThat(first.getAttribute("message")).contains("kultur \"och\" fritid\\nrad två");
    }

    @Test
    void skipsAWaivedCaseAndPassesACaseWithOnlyNotes() throws Exception {
        Element root = parse(write(SampleReports.edgeCases())).getDocumentElement();
        Element waived = elements(root, "testsuite").get(1);
        assertThat(waived.getAttribute("skipped")).isEqualTo("1");
        assertThat(waived.getAttribute("failures")).isEqualTo("0");
        Element skipped = elements(waived, "skipped").get(0);
        assertThat(skipped.getAttribute("message")).contains("Åsa Öberg").contains("2027-03-31");
        assertThat(skipped.getTextContent())
                .as("GitLab shows the element's text")
                .contains(SampleReports.WAIVER_REASON)
                .contains("Åsa Öberg, kommunikationschef")
                .contains("2027-03-31")
                .contains("Decision: KS 2026/311")
                .contains("Waiver: somepolicy.yaml:9:5")
                .startsWith(SampleReports.SWEDISH_FILE + ":3:19: ");
        Element notes = elements(root, "testsuite").get(4);
        assertThat(notes.getAttribute("failures")).isEqualTo("0");
        assertThat(elements(notes, "testcase").get(0).hasChildNodes()).isFalse();
        assertThat(elements(notes, "system-out").get(0).getTextContent())
                .contains("somepolicy.yaml:15:5: note [waiver-unused]");
    }

    @Test
    void locatesFromTheRepositoryRootWhenTheConfigurationSitsInASubfolder() throws Exception {
        Element root = parse(write(SampleReports.inRepository())).getDocumentElement();
        List<Element> suites = elements(root, "testsuite");
        assertThat(suites.get(0).getAttribute("name"))
                .isEqualTo("kommun/sociala medier/accounts/kommunikation/facebook-ekeby.yaml");
        assertThat(elements(suites.get(0), "testcase").get(0).getAttribute("classname"))
                .isEqualTo("kommun/sociala medier/accounts/kommunikation/facebook-ekeby");
        Element failure = elements(suites.get(0), "failure").get(0);
        assertThat(failure.getAttribute("message"))
                .startsWith("kommun/sociala medier/accounts/kommunikation/facebook-ekeby.yaml:5:7: ");
        assertThat(failure.getTextContent()).contains("Related place: kommun/sociala medier/organisation.yaml:7:3");
        Element outside = parse(write(SampleReports.edgeCases())).getDocumentElement();
        assertThat(elements(outside, "testsuite").get(0).getAttribute("name"))
                .isEqualTo("accounts/kultur och fritid/youtube-kulturhuset.yaml");
    }

    @Test
    void listsEveryRuleWithoutFindingsAsAPassingCase() throws Exception {
        Element root = parse(write(SampleReports.edgeCases())).getDocumentElement();
        Element clean = elements(root, "testsuite").get(5);
        assertThat(elements(clean, "testcase"))
                .extracting(c -> c.getAttribute("name"))
                .containsExactly("schema");
        Element empty = parse(write(SampleReports.empty())).getDocumentElement();
        List<Element> suites = elements(empty, "testsuite");
        assertThat(suites).hasSize(1);
        assertThat(suites.get(0).getAttribute("tests"))
                .isEqualTo(String.valueOf(SampleReports.ruleIds().size()));
        assertThat(elements(empty, "failure")).isEmpty();
    }

    @Test
    void hostileTextStaysTextAndOnItsLine() throws Exception {
        String xml = write(SampleReports.injection());
        assertThat(ReportSchemas.junitErrors(xml)).isEmpty();
        Element root = parse(xml).getDocumentElement();
        Element forgedFile = elements(root, "failure").get(0);
        assertThat(forgedFile.getTextContent()).startsWith("./::warning::fil.yaml:1:1: warning");
        Element failure = elements(root, "failure").get(1);
        assertThat(failure.getAttribute("message")).contains("<script>alert('x')</script>");
        assertThat(xml).doesNotContain("<script>").doesNotContain("\n::error").doesNotContain("##vso[");
        assertThat(failure.getTextContent().lines()).allMatch(line -> !line.startsWith("::"));
        assertThat(xml).doesNotContain("\u0000").doesNotContain("\u001B").doesNotContain("\uFFFE");
    }

    @Test
    void charactersXmlCannotHoldAreReplacedAndMarkupIsEscaped() {
        assertThat(Xml.text("a\u0000b\u001Bc<&>\uFFFE\uD800")).isEqualTo("a\uFFFDb\uFFFDc&lt;&amp;&gt;\uFFFD\uFFFD");
        assertThat(Xml.attribute("\"x\"\n\ty")).isEqualTo("&quot;x&quot;&#10;&#9;y");
        assertThat(Xml.text("emoji 🙂 stays")).isEqualTo("emoji 🙂 stays");
    }

    @Test
    void classNamesHaveNoExtensionOrDots() {
        assertThat(JunitWriter.className("accounts/v1.2/x.yaml")).isEqualTo("accounts/v1_2/x");
        assertThat(JunitWriter.className(".hidden")).isEqualTo("_hidden");
    }
}
