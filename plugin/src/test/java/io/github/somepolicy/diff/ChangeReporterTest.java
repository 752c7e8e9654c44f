package io.github.somepolicy.diff;

import static io.github.somepolicy.diff.TestRepository.account;
import static io.github.somepolicy.diff.TestRepository.libraryAccount;
import static io.github.somepolicy.diff.TestRepository.moderator;
import static io.github.somepolicy.diff.TestRepository.moderators;
import static io.github.somepolicy.diff.TestRepository.municipalityAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeReporterTest {

    static final String A = "accounts/kommunikation/facebook-testby.yaml";
    static final String B = "accounts/kultur/instagram-bibliotek.yaml";
    static final String C = "accounts/kultur/facebook-kulturhus.yaml";

    @TempDir
    Path top;

    /** A base with two accounts: A is clean, B is a personal account (a finding that is already there). */
    private TestRepository base(String folder) throws Exception {
        return TestRepository.base(top, folder, TestRepository.POLICY, A, municipalityAccount(), B, libraryAccount());
    }

    @Test
    void anAccountWithoutStandInAndARemovedModeratorAreTheOnlyNewFindings() throws Exception {
        try (TestRepository repo = base("")) {
            repo.write(
                            A,
                            account(
                                    "Testby kommun",
                                    "facebook",
                                    "testbykommun",
                                    "kommunikation",
                                    moderators(moderator("Anna Andersson", "moderator"))))
                    .write(
                            C,
                            account(
                                    "Testby kulturhus",
                                    "facebook",
                                    "testbykulturhus",
                                    "kultur",
                                    moderators(moderator("Lena Holm", "moderator"))));

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.empty()));

            assertThat(report.base().ref()).isEqualTo("main");
            assertThat(report.base().hasConfiguration()).isTrue();
            assertThat(report.findings(FindingChange.Status.INTRODUCED))
                    .extracting(f ->
                            f.finding().ruleId() + "@" + f.finding().location().file())
                    .containsExactlyInAnyOrder("moderation-backup@" + C, "moderation-backup@" + A);
            assertThat(report.findings(FindingChange.Status.UNCHANGED))
                    .extracting(f -> f.finding().ruleId())
                    .containsExactly("account-type");
            assertThat(report.findings(FindingChange.Status.FIXED)).isEmpty();
            assertThat(report.changes())
                    .extracting(c -> c.kind() + "@" + c.file())
                    .containsExactlyInAnyOrder(
                            "STAND_IN_REMOVED@" + A, "NO_STAND_IN@" + A, "ACCOUNT_ADDED@" + C, "NO_STAND_IN@" + C);
            assertThat(report.changes())
                    .filteredOn(c -> c.kind() == ChangeKind.STAND_IN_REMOVED)
                    .extracting(c -> c.message().args())
                    .containsExactly(List.of("Testby kommun (facebook @testbykommun)", "Bo Ek"));
            assertThat(report.reviews()).extracting(Review::role).containsExactly(Role.COMMUNICATIONS);
            assertThat(report.reviews().get(0).rules()).containsExactly("moderation-backup");
        }
    }

    @Test
    void aFieldTheSchemaDoesNotKnowIsShownByItsNameAndAKnownOneByItsTitle() throws Exception {
        String account = account(
                "Testby kommun",
                "facebook",
                "testbykommun",
                "kommunikation",
                moderators(moderator("Anna Andersson", "moderator"), moderator("Bo Ek", "backup")));
        try (TestRepository repo = base("")) {
            repo.write(
                    A,
                    account.replace("scope: unit", "scope: municipality-wide")
                            + "liveStreams:\n  schedule: weekly\n  platforms: [facebook, youtube]\n");

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.empty()));

            assertThat(report.changes())
                    .filteredOn(change -> change.file().equals(A))
                    .extracting(change -> change.kind() + " " + change.message().args())
                    .containsExactlyInAnyOrder(
                            "FIELD_CHANGED [Testby kommun (facebook @testbykommun), field:account:/scope, unit,"
                                    + " municipality-wide]",
                            "ACCOUNT_FIELD_CHANGED [Testby kommun (facebook @testbykommun),"
                                    + " field:account:/liveStreams/schedule, —, weekly]",
                            "ACCOUNT_FIELD_CHANGED [Testby kommun (facebook @testbykommun),"
                                    + " field:account:/liveStreams/platforms, —, facebook, youtube]");
            assertThat(report.changes())
                    .filteredOn(change -> change.file().equals(A))
                    .extracting(change -> Texts.render(
                            io.github.somepolicy.i18n.Messages.of(java.util.Locale.forLanguageTag("sv")),
                            change.message()))
                    .contains(
                            "Testby kommun (facebook @testbykommun): Omfattning ändrades från unit till"
                                    + " municipality-wide.",
                            "Testby kommun (facebook @testbykommun): liveStreams › platforms ändrades från — till"
                                    + " facebook, youtube.");
        }
    }

    @Test
    void everyFieldOfTheConfigurationFormatsHasATitleInBothLanguages() throws Exception {
        for (String kind : List.of("account", "organisation", "policy")) {
            tools.jackson.databind.JsonNode schema = new tools.jackson.databind.ObjectMapper()
                    .readTree(Path.of("../schemas/" + kind + ".schema.json").toFile());
            for (String property : schema.get("properties").propertyNames()) {
                String title =
                        schema.get("properties").get(property).get("title").asString();
                assertThat(title).as(kind + " " + property).matches("[^/]+ / [^/]+");
                assertThat(Fields.packaged()
                                .known(
                                        io.github.somepolicy.model.FileKind.fromId(kind)
                                                .orElseThrow(),
                                        "/" + property))
                        .isTrue();
            }
        }
    }

    @Test
    void theRatchetFailsOnlyOnIntroducedFindings() throws Exception {
        try (TestRepository repo = base("")) {
            repo.write(
                    A,
                    account(
                            "Testby kommun",
                            "facebook",
                            "testbykommun",
                            "kommunikation",
                            moderators(moderator("Anna Andersson", "moderator"), moderator("Sara Lund", "backup"))));

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.empty()));

            assertThat(report.findings(FindingChange.Status.INTRODUCED)).isEmpty();
            assertThat(report.failsAt(Optional.of(Severity.ERROR), true)).isFalse();
            assertThat(report.failsAt(Optional.of(Severity.ERROR), false)).isTrue();
            assertThat(report.failsAt(Optional.empty(), false)).isFalse();
            assertThat(report.changes())
                    .extracting(DomainChange::kind)
                    .containsExactlyInAnyOrder(ChangeKind.STAND_IN_REMOVED, ChangeKind.STAND_IN_ADDED);
        }
    }

    @Test
    void aMovedAccountIsOneAccountAndKeepsItsFindings() throws Exception {
        try (TestRepository repo = base("")) {
            String moved = "accounts/kommunikation/instagram-bibliotek.yaml";
            repo.move(B, moved);

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.empty()));

            assertThat(report.files()).containsExactly(new FileChange(FileChange.Status.RENAMED, B, moved));
            assertThat(report.changes()).extracting(DomainChange::kind).containsExactly(ChangeKind.ACCOUNT_MOVED);
            assertThat(report.findings(FindingChange.Status.INTRODUCED)).isEmpty();
            assertThat(report.findings(FindingChange.Status.FIXED)).isEmpty();
            assertThat(report.findings(FindingChange.Status.UNCHANGED))
                    .extracting(f ->
                            f.finding().ruleId() + "@" + f.finding().location().file())
                    .containsExactly("account-type@" + moved);
        }
    }

    @Test
    void aMovedAndRewrittenAccountIsRecognisedByItsHandle() throws Exception {
        try (TestRepository repo = base("")) {
            String moved = "accounts/kommunikation/ig-bibliotek.yaml";
            repo.delete(B)
                    .write(
                            moved,
                            "# Flyttat till kommunikationsavdelningen\n"
                                    + account(
                                            "Biblioteket i Testby",
                                            "instagram",
                                            "TestbyBibliotek",
                                            "kommunikation",
                                            "personal",
                                            moderators(
                                                    moderator("Karin Berg", "moderator"),
                                                    moderator("Per Lind", "backup")),
                                            "Allt du skriver blir en allmän handling och syns för alla."));

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.empty()));

            assertThat(report.files()).extracting(FileChange::status).containsExactly(FileChange.Status.RENAMED);
            assertThat(report.changes())
                    .extracting(DomainChange::kind)
                    .contains(
                            ChangeKind.ACCOUNT_MOVED,
                            ChangeKind.MODERATOR_ADDED,
                            ChangeKind.MODERATOR_REMOVED,
                            ChangeKind.NOTICE_CHANGED)
                    .doesNotContain(ChangeKind.ACCOUNT_ADDED, ChangeKind.ACCOUNT_REMOVED);
            assertThat(report.findings(FindingChange.Status.UNCHANGED))
                    .extracting(f ->
                            f.finding().ruleId() + "@" + f.finding().location().file())
                    .containsExactly("account-type@" + moved);
        }
    }

    @Test
    void aBaseWithoutTheConfigurationMakesEverythingNew() throws Exception {
        try (TestRepository repo = TestRepository.create(top)) {
            repo.write("README.md", "Konfiguration för sociala medier\n")
                    .commit("start")
                    .branch("feature");
            repo.write("config/somepolicy.yaml", TestRepository.POLICY)
                    .write("config/organisation.yaml", TestRepository.ORGANISATION)
                    .write(
                            "config/" + C,
                            account(
                                    "Testby kulturhus",
                                    "facebook",
                                    "testbykulturhus",
                                    "kultur",
                                    moderators(moderator("Lena Holm", "moderator"))));

            ChangeReport report = new ChangeReporter().report(repo.request("config", Optional.of("main")));

            assertThat(report.base().hasConfiguration()).isFalse();
            assertThat(report.base().directory()).isEqualTo("config");
            assertThat(report.baseReport()).isEmpty();
            assertThat(report.files())
                    .extracting(FileChange::status, FileChange::path)
                    .contains(org.assertj.core.groups.Tuple.tuple(FileChange.Status.ADDED, C));
            assertThat(report.changes())
                    .extracting(DomainChange::kind)
                    .containsExactlyInAnyOrder(ChangeKind.ACCOUNT_ADDED, ChangeKind.NO_STAND_IN);
            assertThat(report.findings()).allMatch(f -> f.status() == FindingChange.Status.INTRODUCED);
            assertThat(report.findings(FindingChange.Status.INTRODUCED))
                    .extracting(f -> f.finding().ruleId())
                    .containsExactly("moderation-backup");
            assertThat(report.codeOwners()).containsKey("config/" + C);
        }
    }

    @Test
    void aConfigurationInASubfolderIsComparedWithTheSameSubfolderAtTheBase() throws Exception {
        try (TestRepository repo = base("kommun")) {
            repo.write(
                            "kommun/" + A,
                            account(
                                    "Testby kommun",
                                    "facebook",
                                    "testbykommun",
                                    "kommunikation",
                                    moderators(moderator("Anna Andersson", "moderator"))))
                    .write("other/unrelated.yaml", "kind: nothing\n");

            ChangeReport report = new ChangeReporter().report(repo.request("kommun", Optional.empty()));

            assertThat(report.files()).containsExactly(new FileChange(FileChange.Status.MODIFIED, A, A));
            assertThat(report.findings(FindingChange.Status.INTRODUCED))
                    .extracting(f -> f.finding().ruleId())
                    .containsExactly("moderation-backup");
            assertThat(report.codeOwners()).containsOnlyKeys("kommun/" + A);
        }
    }

    @Test
    void lostNoticeTopicsAndArchiveChangesNeedTheirRoles() throws Exception {
        try (TestRepository repo = base("")) {
            String policy = TestRepository.POLICY + """
                    reviewers:
                      communications: ["@testby/kommunikation"]
                      archivist: ["@testby/arkiv", "arkivarie@testby.se"]
                    """;
            repo.write("somepolicy.yaml", policy).commit("reviewers").branch("notice");
            repo.write(
                    A,
                    account(
                                    "Testby kommun",
                                    "facebook",
                                    "testbykommun",
                                    "kommunikation",
                                    "organisation",
                                    moderators(moderator("Anna Andersson", "moderator"), moderator("Bo Ek", "backup")),
                                    "Välkommen till Testby kommun.")
                            .replace("interval: P6M", "interval: P1Y")
                            .replace("retentionDecision: sociala-medier", "retentionDecision: annat-beslut"));
            repo.write("somepolicy.yaml", policy.replace("@testby/arkiv", "@someone/else"));

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.of("feature")));

            assertThat(report.changes())
                    .extracting(DomainChange::kind)
                    .contains(
                            ChangeKind.NOTICE_CHANGED,
                            ChangeKind.NOTICE_TOPIC_LOST,
                            ChangeKind.ARCHIVE_CHANGED,
                            ChangeKind.RETENTION_CHANGED,
                            ChangeKind.REVIEWERS_CHANGED);
            assertThat(report.changes())
                    .filteredOn(c -> c.kind() == ChangeKind.NOTICE_TOPIC_LOST)
                    .extracting(c -> c.message().args().get(1))
                    .contains("rule.notice-public-records.title");
            assertThat(report.reviews()).extracting(Review::role).containsExactly(Role.COMMUNICATIONS, Role.ARCHIVIST);
            assertThat(report.reviews().get(1).reviewers())
                    .as("the base's reviewers, not the change's own")
                    .containsExactly("@testby/arkiv", "arkivarie@testby.se");
            assertThat(report.codeOwners().get(A))
                    .containsExactly("@testby/kommunikation", "@testby/arkiv", "arkivarie@testby.se");
        }
    }

    @Test
    void aSecretWrittenIntoAChangedFieldIsNeverQuoted() throws Exception {
        String token = "ghp_" + "R8fK2mQ9xTz4Lw7Yb3Nc6Vd1Hs5Jp0Ga8EuXi";
        try (TestRepository repo = base("")) {
            repo.write(
                    A,
                    account(
                                    "Testby kommun",
                                    "facebook",
                                    "testbykommun",
                                    "kommunikation",
                                    moderators(moderator("Anna Andersson", "moderator"), moderator("Bo Ek", "backup")))
                            .replace("retentionDecision: sociala-medier", "retentionDecision: " + token));

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.of("feature")));

            assertThat(report.changes()).extracting(DomainChange::kind).contains(ChangeKind.RETENTION_CHANGED);
            assertThat(report.changes().toString()).doesNotContain(token).doesNotContain(token.substring(4));
            assertThat(report.findings().toString()).doesNotContain(token.substring(4));
        }
    }

    @Test
    void waiversAddedAndExtendedAreReportedWithTheRoleOfTheirRule() throws Exception {
        try (TestRepository repo = base("")) {
            String waiver = """
                    waivers:
                      - rule: account-type
                        target: %s
                        reason: Kontot byts till en organisationssida under våren.
                        approvedBy: Karin Berg, kommunikationschef
                        expires: %s
                    """;
            repo.write("somepolicy.yaml", TestRepository.POLICY + waiver.formatted(B, "2027-01-31"))
                    .commit("waiver")
                    .branch("longer");
            repo.write("somepolicy.yaml", TestRepository.POLICY + waiver.formatted(B, "2027-06-30"));

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.of("feature")));

            assertThat(report.changes())
                    .extracting(c -> c.kind() + " " + c.message().args())
                    .containsExactly("WAIVER_EXTENDED [rule.account-type.title, " + B + ", 2027-01-31, 2027-06-30, "
                            + "Kontot byts till en organisationssida under våren, Karin Berg, kommunikationschef, —]");
            assertThat(report.changes().get(0).roles()).contains(Role.COMMUNICATIONS);
            assertThat(Texts.render(
                            io.github.somepolicy.i18n.Messages.of(java.util.Locale.ENGLISH),
                            report.changes().get(0).message()))
                    .startsWith("Waiver extended: the rule \u201cAn organisation account, not a personal one\u201d")
                    .contains("now until 2027-06-30 (was 2027-01-31)")
                    .contains("Approved by Karin Berg, kommunikationschef");
            assertThat(report.findings(FindingChange.Status.UNCHANGED))
                    .singleElement()
                    .matches(f -> f.finding().waived());
        }
    }

    @Test
    void anUnknownRefIsAClearMessage() throws Exception {
        try (TestRepository repo = base("")) {
            assertThatThrownBy(() -> new ChangeReporter().report(repo.request("", Optional.of("origin/nope"))))
                    .isInstanceOf(SomepolicyException.class)
                    .extracting(e -> ((SomepolicyException) e).userMessage().key())
                    .isEqualTo("diff.unknown-ref");
        }
    }

    @Test
    void withoutMainOrOriginMainThereIsNoDefaultBase() throws Exception {
        try (TestRepository repo = TestRepository.create(top)) {
            repo.write("somepolicy.yaml", TestRepository.POLICY).commit("start");
            org.eclipse.jgit.api.Git.open(top.toFile())
                    .branchRename()
                    .setNewName("trunk")
                    .call();
            assertThatThrownBy(() -> new ChangeReporter().report(repo.request("", Optional.empty())))
                    .extracting(e -> ((SomepolicyException) e).userMessage().key())
                    .isEqualTo("diff.no-base");
        }
    }

    @Test
    void aFolderOutsideGitIsAClearMessage() throws Exception {
        Files.writeString(top.resolve("somepolicy.yaml"), TestRepository.POLICY);
        ChangeRequest request = new ChangeRequest(
                top,
                Optional.empty(),
                top.resolve("target/base"),
                TestRepository.TODAY,
                io.github.somepolicy.load.Limits.DEFAULT,
                "test");
        assertThatThrownBy(() -> new ChangeReporter().report(request))
                .extracting(e -> ((SomepolicyException) e).userMessage().key())
                .isEqualTo("diff.not-a-repository");
    }

    @Test
    void aWorkDirectoryTheValidatorWouldReadIsRefused() throws Exception {
        try (TestRepository repo = base("")) {
            ChangeRequest request = new ChangeRequest(
                    top,
                    Optional.empty(),
                    top.resolve("accounts/base"),
                    TestRepository.TODAY,
                    io.github.somepolicy.load.Limits.DEFAULT,
                    "test");
            assertThatThrownBy(() -> new ChangeReporter().report(request))
                    .extracting(e -> ((SomepolicyException) e).userMessage().key())
                    .isEqualTo("output.in-configuration");
            assertThat(top.resolve("accounts/base")).doesNotExist();
        }
    }

    @Test
    void neverWritesIntoTheConfiguration() throws Exception {
        try (TestRepository repo = base("")) {
            repo.write(
                    C,
                    account(
                            "Testby kulturhus",
                            "facebook",
                            "testbykulturhus",
                            "kultur",
                            moderators(moderator("Lena Holm", "moderator"))));
            List<String> before = files(top);
            Files.createDirectories(top.resolve("target/somepolicy/base/stale"));
            Files.writeString(top.resolve("target/somepolicy/base/stale/old.yaml"), "kind: account\n");

            // A file the plugin did not write is never deleted: the goal stops and names it.
            assertThatThrownBy(() -> new ChangeReporter().report(repo.request("", Optional.empty())))
                    .extracting(e -> ((SomepolicyException) e).userMessage().key())
                    .isEqualTo("diff.work-directory-foreign");
            assertThat(top.resolve("target/somepolicy/base/stale/old.yaml")).isRegularFile();
            Files.delete(top.resolve("target/somepolicy/base/stale/old.yaml"));
            Files.delete(top.resolve("target/somepolicy/base/stale"));

            new ChangeReporter().report(repo.request("", Optional.empty()));
            // What the last run copied is its own: a second run replaces it without complaint.
            new ChangeReporter().report(repo.request("", Optional.empty()));

            assertThat(files(top)).isEqualTo(before);
            assertThat(top.resolve("target/somepolicy/base/stale")).doesNotExist();
            assertThat(top.resolve("target/somepolicy/base/" + B)).isRegularFile();
            assertThat(top.resolve("target/somepolicy/base/" + C)).doesNotExist();
        }
    }

    private static List<String> files(Path top) throws Exception {
        try (Stream<Path> walk = Files.walk(top)) {
            return walk.map(p -> top.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith(".git") && !p.startsWith("target"))
                    .sorted()
                    .toList();
        }
    }
}
