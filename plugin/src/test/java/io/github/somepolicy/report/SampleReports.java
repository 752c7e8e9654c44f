package io.github.somepolicy.report;

import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.SourcePosition;
import io.github.somepolicy.rule.Catalogue;
import io.github.somepolicy.rule.Severity;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Hand-built reports for the writer tests, one per golden scenario: Swedish text, quotes, line breaks,
 * spaces in paths, waivers, related locations, injection attempts, a configuration inside a repository,
 * and an empty report.
 */
public final class SampleReports {

    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final String SPACED_FILE = "accounts/kultur och fritid/youtube-kulturhuset.yaml";
    public static final String SWEDISH_FILE = "accounts/räddningstjänst/x-räddning.yaml";
    public static final String WAIVER_REASON = "Ny exporttjänst i januari 2027; \"ögonblicksbilden\" tas då 🙂";
    public static final String REVISION = "3f2a9c1e5b7d4a60c8e1f2b3a4c5d6e7f8091a2b";

    /** A hostile value: HTML, Markdown, table pipes, code spans, links, headings and CI workflow commands. */
    public static final String HOSTILE = "<script>alert('x')</script> | `rm -rf` [klicka](javascript:alert(1))"
            + " ![bild](https://example.org/x.png) *fet* _kursiv_ &amp;\n# Rubrik\n::error file=pom.xml::forged"
            + "\r\n##vso[task.setvariable variable=secret]1 ##[error]falskt";

    private SampleReports() {}

    /**
     * A golden scenario: a report and the language to write it in.
     *
     * @param name the directory under {@code golden/}
     * @param locale the language
     * @param report the report
     */
    public record Scenario(String name, Locale locale, Report report) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every golden scenario. */
    public static List<Scenario> scenarios() {
        return List.of(
                new Scenario("edge-cases", Locale.ENGLISH, edgeCases()),
                new Scenario("edge-cases-sv", SWEDISH, edgeCases()),
                new Scenario("injection", Locale.ENGLISH, injection()),
                new Scenario("in-repository", Locale.ENGLISH, inRepository()),
                new Scenario("in-repository-sv", SWEDISH, inRepository()),
                new Scenario("empty", Locale.ENGLISH, empty()),
                new Scenario("empty-sv", SWEDISH, empty()));
    }

    /** A run that found nothing. */
    public static Report empty() {
        return new Report(new RunInfo("1.0.0", TODAY, "baseline", 3, 1), rules(), List.of());
    }

    /** Every edge a writer can get wrong, each in one finding, given out of order. */
    public static Report edgeCases() {
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
        return new Report(
                new RunInfo("1.0.0", TODAY, "göteborg", 7, 3),
                rules(),
                List.of(unused, duplicate, skipped, waived, noBackup, unknownUnit));
    }

    /** User text that tries to inject HTML, Markdown and CI workflow commands everywhere it is shown. */
    public static Report injection() {
        Location unit = new Location(
                "accounts/<b>|`x`/::error::konto.yaml", new SourcePosition(2, 7), new SourcePosition(2, 30), "/unit");
        Finding hostileUnit = new Finding(
                "account-unit-exists",
                Severity.ERROR,
                unit,
                List.of(Location.ofFile("organisation.yaml")),
                Message.of("rule.account-unit-exists.message", HOSTILE, "kommunikation"),
                Optional.empty());
        Finding hostileFile = new Finding(
                "file-skipped",
                Severity.WARNING,
                Location.ofFile("::warning::fil.yaml"),
                List.of(),
                Message.of("scan.symlink"),
                Optional.empty());
        Finding hostileWaiver = new Finding(
                "moderation-backup",
                Severity.ERROR,
                new Location(
                        "accounts/kultur/facebook-#1.yaml",
                        new SourcePosition(8, 3),
                        new SourcePosition(9, 1),
                        "/moderation/moderators"),
                List.of(),
                Message.of("rule.moderation-backup.message"),
                Optional.of(new WaiverRef(
                        new Location(
                                "somepolicy.yaml", new SourcePosition(4, 5), new SourcePosition(4, 5), "/waivers/0"),
                        HOSTILE,
                        "<img src=x onerror=alert(1)> | Eve",
                        "[KS](https://example.org) 2026/1",
                        LocalDate.of(2027, 1, 31))));
        Finding control = new Finding(
                "waiver-unused",
                Severity.NOTE,
                new Location("somepolicy.yaml", new SourcePosition(20, 5), new SourcePosition(20, 5), "/waivers/3"),
                List.of(),
                Message.of("rule.waiver-unused.message", "moderation-backup", "a\u0000b\u001Bc\u2028d\uFFFEe"),
                Optional.empty());
        return new Report(
                new RunInfo("1.0.0", TODAY, "<i>egen</i>\n::error::profil", 4, 2),
                rules(),
                List.of(hostileUnit, hostileFile, hostileWaiver, control));
    }

    /**
     * A configuration in a subfolder of a Git repository, with one finding of each severity, so that the
     * summary has singular forms.
     */
    public static Report inRepository() {
        Finding error = new Finding(
                "account-unit-exists",
                Severity.ERROR,
                new Location(
                        "accounts/kommunikation/facebook-ekeby.yaml",
                        new SourcePosition(5, 7),
                        new SourcePosition(5, 15),
                        "/unit"),
                List.of(new Location(
                        "organisation.yaml", new SourcePosition(7, 3), new SourcePosition(7, 9), "/units")),
                Message.of("rule.account-unit-exists.message", "komunikation", "kommunikation"),
                Optional.empty());
        Finding warning = new Finding(
                "file-skipped",
                Severity.WARNING,
                Location.ofFile("accounts/kommunikation/länk.yaml"),
                List.of(),
                Message.of("scan.symlink"),
                Optional.empty());
        Finding note = new Finding(
                "waiver-unused",
                Severity.NOTE,
                new Location("somepolicy.yaml", new SourcePosition(11, 5), new SourcePosition(11, 5), "/waivers/0"),
                List.of(),
                Message.of("rule.waiver-unused.message", "moderation-backup", "accounts/kultur/x.yaml"),
                Optional.empty());
        RunInfo run = new RunInfo("1.0.0", TODAY, "malmo", 1, 1)
                .withRootPath("kommun/sociala medier")
                .withProvenance(Provenance.of(
                        URI.create("https://github.com/ekeby-kommun/sociala-medier.git"), REVISION, "main"));
        return new Report(run, rules(), List.of(note, warning, error));
    }

    /** A fixed set of rules, so that a new rule in the catalogue does not change the golden files. */
    public static List<String> ruleIds() {
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
}
