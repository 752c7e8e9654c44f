package io.github.somepolicy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.model.Globs;
import io.github.somepolicy.output.OutputDirectory;
import io.github.somepolicy.register.RegisterGenerator;
import io.github.somepolicy.register.RegisterRequest;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import io.github.somepolicy.report.ReportFiles;
import io.github.somepolicy.report.ReportFormat;
import io.github.somepolicy.report.console.ConsoleWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile cases kept apart from the ones the hardening was built against, written afterwards, of the
 * same classes: data loss and confinement, secrets, reading outside the root, false passes, crashes and
 * hangs, injection and confusing names. Every case checks the configuration's checksums before and after.
 */
class HeldOutHostileTest {

    private static final Path BASE = Path.of("src/test/resources/rules/_base");
    private static final String ACCOUNT = "accounts/kommunikation/facebook-testby.yaml";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String POLICY = "kind: policy\nversion: 1\nextends: strict\n";

    @TempDir
    Path top;

    Path root;
    Map<String, byte[]> before;

    @BeforeEach
    void configuration() throws Exception {
        root = Files.createDirectories(top.resolve("config"));
        io.github.somepolicy.rule.RuleFixturesTestAccess.copy(BASE, root);
    }

    private void remember() throws Exception {
        before = FileSystemChecksums.of(root);
    }

    private void unchanged() throws Exception {
        assertThat(FileSystemChecksums.of(root)).isEqualTo(before);
    }

    private Report validate() throws Exception {
        return new Validator().validate(new ValidationRequest(root, TODAY, Limits.DEFAULT, "test"));
    }

    private void edit(String from, String to) throws Exception {
        String text = Files.readString(root.resolve(ACCOUNT));
        assertThat(text).contains(from);
        Files.writeString(root.resolve(ACCOUNT), text.replace(from, to));
    }

    private static List<String> rules(Report report) {
        return report.findings().stream().map(Finding::ruleId).toList();
    }

    private String everything(Report report) throws Exception {
        List<String> outputs = new ArrayList<>();
        for (Locale locale : Messages.LOCALES) {
            for (Finding finding : report.findings()) {
                outputs.add(ConsoleWriter.line(finding, Messages.of(locale)));
            }
            for (ReportFormat format : ReportFormat.values()) {
                outputs.add(Files.readString(
                        ReportFiles.write(top.resolve("out-" + locale), format, report, locale),
                        StandardCharsets.UTF_8));
            }
        }
        return String.join("\n", outputs);
    }

    private String register() throws Exception {
        new RegisterGenerator()
                .generate(new RegisterRequest(
                        root,
                        top.resolve("site"),
                        top.resolve("records"),
                        TODAY,
                        Locale.ENGLISH,
                        true,
                        365,
                        Optional.empty(),
                        Limits.DEFAULT,
                        "test"));
        List<String> all = new ArrayList<>();
        for (Path folder : List.of(top.resolve("site"), top.resolve("records"))) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    all.add(file + "\n" + Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        }
        return String.join("\n", all);
    }

    // data loss and confinement

    @Test
    void recordsThroughALinkUnderTargetIntoAccountsAreRefused() throws Exception {
        Files.createDirectories(root.resolve("target"));
        Files.createSymbolicLink(root.resolve("target/records"), root.resolve("accounts"));
        remember();
        assertThatThrownBy(() -> new RegisterGenerator()
                        .generate(new RegisterRequest(
                                root,
                                top.resolve("site"),
                                root.resolve("target/records"),
                                TODAY,
                                Locale.ENGLISH,
                                true,
                                365,
                                Optional.empty(),
                                Limits.DEFAULT,
                                "test")))
                .isInstanceOf(SomepolicyException.class);
        unchanged();
    }

    @Test
    void aReportDirectoryWrittenWithDotsIntoTheConfigurationIsRefused() throws Exception {
        remember();
        assertThatThrownBy(() -> OutputDirectory.confine(
                        root.resolve("target/../accounts/kommunikation"), root, OutputDirectory.UNDER_TARGET))
                .isInstanceOf(OutputDirectory.RefusedException.class);
        unchanged();
    }

    @Test
    void anOutsideDirectoryThatIsALinkIntoTheConfigurationIsRefused() throws Exception {
        Files.createSymbolicLink(top.resolve("reports"), root.resolve("notices"));
        remember();
        assertThatThrownBy(() -> OutputDirectory.confine(top.resolve("reports"), root, OutputDirectory.UNDER_TARGET))
                .isInstanceOf(OutputDirectory.RefusedException.class);
        unchanged();
    }

    // secrets

    @Test
    void aDiscordWebhookInTheOrganisationIsFoundAndNotPublished() throws Exception {
        String hook = "https://discord.com/api/webhooks/1234567890/" + "AbCdEfGhIjKlMnOpQrStUvWxYz012345";
        String organisation = Files.readString(root.resolve("organisation.yaml"));
        Files.writeString(
                root.resolve("organisation.yaml"), organisation.replaceFirst("(?m)^(  name: .*)$", "$1 " + hook));
        remember();
        Report report = validate();
        assertThat(rules(report)).contains("secret-value");
        assertThat(everything(report)).doesNotContain("AbCdEfGhIjKlMnOpQrStUvWxYz012345");
        assertThat(register()).doesNotContain("AbCdEfGhIjKlMnOpQrStUvWxYz012345");
        unchanged();
    }

    @Test
    void anApiKeyUnderItsOwnKeyIsFound() throws Exception {
        edit("  monitoring: daily", "  monitoring: daily\n  api_key: Xk93hQ2mLp7Tz");
        remember();
        Report report = validate();
        assertThat(report.findings())
                .anyMatch(f -> f.ruleId().equals("secret-value")
                        && f.location().pointer().equals("/moderation/api_key"));
        assertThat(everything(report)).doesNotContain("Xk93hQ2mLp7Tz");
        unchanged();
    }

    @Test
    void aJwtInANoticeIsFoundAtItsLine() throws Exception {
        String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJla2VieSJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
        Files.writeString(
                root.resolve("notices/standard.md"),
                Files.readString(root.resolve("notices/standard.md")) + "\nNyckel: " + jwt + "\n");
        remember();
        Report report = validate();
        assertThat(report.findings())
                .anyMatch(f ->
                        f.ruleId().equals("secret-value") && f.location().file().equals("notices/standard.md"));
        assertThat(everything(report)).doesNotContain(jwt.substring(20));
        unchanged();
    }

    @Test
    void anFtpPasswordInAnAccountIsNotPublished() throws Exception {
        edit(
                "  location: https://www.facebook.com/testbykommun/about",
                "  location: ftp://arkiv:Hemlis99ftp@ftp.testby.se/export");
        remember();
        Report report = validate();
        assertThat(rules(report)).contains("secret-value");
        assertThat(everything(report) + register()).doesNotContain("Hemlis99ftp");
        unchanged();
    }

    @Test
    void aTokenInAWaiverDecisionIsNotPrinted() throws Exception {
        String token = "xoxb-" + "1234567890-AbCdEfGhIjKl";
        Files.writeString(
                root.resolve("somepolicy.yaml"),
                POLICY + "waivers:\n  - rule: moderation-monitoring\n    target: " + ACCOUNT + "\n    reason: r\n"
                        + "    decisionReference: \"" + token + "\"\n    approvedBy: a\n    expires: 2027-03-31\n");
        remember();
        Report report = validate();
        assertThat(everything(report)).doesNotContain(token.substring(5));
        unchanged();
    }

    // reading outside the root

    @Test
    void aNoticeBehindDotsOrALinkIsNeverOpened() throws Exception {
        Files.writeString(top.resolve("outside.md"), "Hemligt utanför konfigurationen\n");
        Files.createSymbolicLink(root.resolve("linkdir"), top);
        for (String reference : List.of("../outside.md", "notices/../../outside.md", "linkdir/outside.md")) {
            edit(
                    Files.readString(root.resolve(ACCOUNT))
                            .lines()
                            .filter(l -> l.startsWith("  file: "))
                            .findFirst()
                            .orElseThrow(),
                    "  file: " + reference);
            remember();
            Report report = validate();
            assertThat(report.findings()).as(reference).anyMatch(f -> f.ruleId().equals("notice-present"));
            assertThat(everything(report)).doesNotContain("Hemligt utanför");
            unchanged();
        }
    }

    // false pass

    @Test
    void aNoticeUnderNodeModulesIsRefused() throws Exception {
        Files.createDirectories(root.resolve("node_modules/theme"));
        Files.copy(root.resolve("notices/standard.md"), root.resolve("node_modules/theme/notice.md"));
        edit("file: notices/standard.md", "file: node_modules/theme/notice.md");
        remember();
        assertThat(validate().findings())
                .anyMatch(f -> f.message().key().equals("rule.notice-present.message.skipped-folder"));
        unchanged();
    }

    @Test
    void anExcludeWithAlternativesLeavesOutOnlyWhatItNames() {
        assertThat(Globs.matches("{accounts/a,accounts/b}/**", "accounts/a/x.yaml"))
                .isTrue();
        assertThat(Globs.matches("{accounts/a,accounts/b}/**", "accounts/c/x.yaml"))
                .isFalse();
        assertThat(Globs.matches("accounts/*.yaml", "accounts/sub/x.yaml")).isFalse();
    }

    // crash and hang

    @Test
    @Timeout(30)
    void aNestedRepetitionJustUnderRe2sOwnLimitIsRefused() throws Exception {
        Files.writeString(
                root.resolve("somepolicy.yaml"),
                POLICY + "customRules:\n  - id: big\n    kind: account\n    select: /name\n    check: pattern\n"
                        + "    options: {pattern: '(a{999}){999}'}\n    severity: error\n    message: {en: x, sv: x}\n");
        remember();
        assertThat(validate().findings()).anyMatch(f -> f.ruleId().equals("policy-invalid"));
        unchanged();
    }

    @Test
    @Timeout(30)
    void aCatastrophicBacktrackingRegexIsHarmless() throws Exception {
        edit("name: Testby kommun", "name: " + "x".repeat(5000));
        Files.writeString(
                root.resolve("somepolicy.yaml"),
                POLICY + "customRules:\n  - id: slow\n    kind: account\n    select: /name\n    check: pattern\n"
                        + "    options: {pattern: '(x+x+)+y'}\n    severity: error\n    message: {en: x, sv: x}\n");
        remember();
        assertThat(rules(validate())).contains("slow");
        unchanged();
    }

    @Test
    @Timeout(30)
    void anExcludeWithTooManyWildcardsDoesNotHang() throws Exception {
        Files.writeString(root.resolve("somepolicy.yaml"), POLICY + "exclude:\n  - '" + "*a".repeat(40) + "'\n");
        remember();
        assertThat(validate().runInfo().accounts()).isEqualTo(1);
        unchanged();
    }

    // injection

    @Test
    void anAzureOrGithubCommandInALogLineIsBroken() {
        String line = io.github.somepolicy.model.VisibleText.logLine(
                "Register for Ekeby\r\n##vso[task.setvariable variable=x]1\n::add-mask::x");
        assertThat(line).doesNotContain("\n").doesNotContain("\r").doesNotContain("##vso[");
    }

    @Test
    void anImageInACustomTitleDoesNotLoadInSarif() throws Exception {
        Files.writeString(
                root.resolve("somepolicy.yaml"),
                POLICY + "customRules:\n  - id: tracked\n    kind: account\n    select: /name\n    check: pattern\n"
                        + "    options: {pattern: 'x'}\n    severity: warning\n"
                        + "    title: {en: '![t](https://evil.example/p.png)', sv: t}\n    message: {en: x, sv: x}\n");
        remember();
        String sarif = Files.readString(
                ReportFiles.write(top.resolve("sarif"), ReportFormat.SARIF, validate(), Locale.ENGLISH));
        // help.markdown is rendered; shortDescription.text is plain text and shows the title as written.
        assertThat(sarif.lines().filter(l -> l.contains("\"markdown\"")).toList())
                .anyMatch(l -> l.contains("\\\\!\\\\[t\\\\]"))
                .noneMatch(l -> l.contains("![t]("));
        unchanged();
    }

    // confusing names

    @Test
    void aBackslashInAFileNameIsAFindingNotACrash() throws Exception {
        Files.writeString(root.resolve("accounts/a\\b.yaml"), "kind: account\n");
        remember();
        Report report = validate();
        assertThat(report.findings()).anyMatch(f -> f.location().file().equals("accounts/a%5Cb.yaml"));
        unchanged();
    }

    @Test
    void aPathLongerThanPathMaxIsNamedAndSkipped() throws Exception {
        Path deep = root.resolve("accounts");
        StringBuilder relative = new StringBuilder("accounts");
        try {
            while (relative.length() < 4200) {
                deep = Files.createDirectories(deep.resolve("d".repeat(200)));
                relative.append('/').append("d".repeat(200));
            }
            Files.writeString(deep.resolve("x.yaml"), "kind: account\n");
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("the file system refuses long paths: " + e);
        }
        remember();
        Report report = validate();
        assertThat(report.findings()).anyMatch(f -> f.location().file().endsWith("x.yaml"));
        unchanged();
    }
}
