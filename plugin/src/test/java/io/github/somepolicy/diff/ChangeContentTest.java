package io.github.somepolicy.diff;

import static io.github.somepolicy.diff.TestRepository.account;
import static io.github.somepolicy.diff.TestRepository.libraryAccount;
import static io.github.somepolicy.diff.TestRepository.moderator;
import static io.github.somepolicy.diff.TestRepository.moderators;
import static io.github.somepolicy.diff.TestRepository.municipalityAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.i18n.Messages;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the change report says about changes to any field, broken files, secrets, links and reviewers. */
class ChangeContentTest {

    static final String A = "accounts/kommunikation/facebook-testby.yaml";
    static final String B = "accounts/kultur/instagram-bibliotek.yaml";
    static final Messages SV = Messages.of(Locale.forLanguageTag("sv"));
    static final Messages EN = Messages.of(Locale.ENGLISH);

    @TempDir
    Path top;

    private TestRepository base(String folder, String policy) throws Exception {
        return TestRepository.base(top, folder, policy, A, municipalityAccount(), B, libraryAccount());
    }

    private List<String> rendered(ChangeReport report, Messages messages) {
        return report.changes().stream()
                .map(c -> Texts.render(messages, c.message()))
                .toList();
    }

    @Test
    void aChangeToAFieldOutsideTheSentencesIsNamedByItsSchemaTitle() throws Exception {
        try (TestRepository repo = base("", TestRepository.POLICY)) {
            repo.write(
                    A,
                    municipalityAccount()
                                    .replace("unit: kommunikation", "unit: kultur")
                                    .replace(
                                            "url: https://www.facebook.com/testbykommun",
                                            "url: https://www.facebook.com/testby")
                            + "credentials:\n  storage: En post-it-lapp på skärmen\n");

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.empty()));

            assertThat(report.changes()).extracting(DomainChange::kind).containsOnly(ChangeKind.FIELD_CHANGED);
            assertThat(rendered(report, SV))
                    .containsExactlyInAnyOrder(
                            "Testby kommun (facebook @testbykommun): Adress ändrades från https://www.facebook.com/testbykommun till https://www.facebook.com/testby.",
                            "Testby kommun (facebook @testbykommun): Enhet ändrades från kommunikation till kultur.",
                            "Testby kommun (facebook @testbykommun): Inloggningsuppgifter › Förvaring ändrades från — till En post-it-lapp på skärmen.");
            assertThat(rendered(report, EN))
                    .contains(
                            "Testby kommun (facebook @testbykommun): Credentials › Storage changed from — to En post-it-lapp på skärmen.");
            assertThat(report.changes())
                    .filteredOn(c -> c.message().args().get(1).endsWith("/credentials/storage"))
                    .singleElement()
                    .satisfies(c -> assertThat(c.roles()).contains(Role.DATA_PROTECTION));
            String markdown = ChangeFormat.MARKDOWN.render(report, SV);
            assertThat(markdown)
                    .doesNotContain("Inget ändras")
                    .contains("Enhet ändrades från kommunikation till kultur");
            assertThat(markdown).doesNotContain("Ingen granskning av en särskild roll behövs");
        }
    }

    @Test
    void anAccountFileThatNoLongerParsesIsUnreadableNotRemoved() throws Exception {
        try (TestRepository repo = base("", TestRepository.POLICY)) {
            // a stray quote on line 3 that a later quote on line 30 closes: the keys between become one value
            String broken = libraryAccount()
                    .replace("name: Testby bibliotek", "name: \"Testby bibliotek")
                    .replace(
                            "notice:\n  text: >-",
                            "notice:\n  location: \"https://www.instagram.com/testbybibliotek\"\n  text: >-");
            repo.write(B, broken);

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.empty()));

            assertThat(report.changes())
                    .extracting(c -> c.kind() + "@" + c.file())
                    .containsExactly("FILE_UNREADABLE@" + B);
            assertThat(report.findings(FindingChange.Status.NOT_CHECKED))
                    .extracting(f -> f.finding().ruleId())
                    .containsExactly("account-type");
            assertThat(report.findings(FindingChange.Status.FIXED)).isEmpty();
            assertThat(report.findings(FindingChange.Status.INTRODUCED))
                    .singleElement()
                    .satisfies(f -> {
                        assertThat(f.finding().ruleId()).isEqualTo("yaml-syntax");
                        assertThat(f.finding().location().start().line()).isEqualTo(3);
                        assertThat(f.finding().location().start().column()).isEqualTo(7);
                        String sv = SV.render(f.finding().message());
                        assertThat(sv)
                                .startsWith("Citattecknet här stängs inte")
                                .doesNotContain("expected");
                        assertThat(EN.render(f.finding().message())).startsWith("This quote is never closed");
                    });
            assertThat(report.failsAt(Optional.of(Severity.ERROR), true)).isTrue();
            assertThat(report.reviews()).extracting(Review::role).doesNotContain(Role.ARCHIVIST);
            assertThat(report.reviews()).singleElement().satisfies(r -> assertThat(r.rules())
                    .containsExactly("yaml-syntax"));
            String markdown = ChangeFormat.MARKDOWN.render(report, EN);
            assertThat(markdown)
                    .contains("cannot be read in this change")
                    .doesNotContain("removed from the configuration");
            assertThat(markdown).contains("1 not checked");
        }
    }

    @Test
    void aShallowOrPartialCloneStopsWithTheFixForGitHubAndGitLab() throws Exception {
        try (TestRepository repo = base("", TestRepository.POLICY)) {
            repo.write(A, municipalityAccount().replace("unit: kommunikation", "unit: kultur"))
                    .commit("change");
            repo.checkout("main")
                    .write(B, libraryAccount().replace("monitoring: daily", "monitoring: weekly"))
                    .commit("main moves on");
            Path clone = top.resolveSibling(top.getFileName() + "-shallow");
            try (Git shallow = Git.cloneRepository()
                    .setURI(top.toUri().toString())
                    .setDirectory(clone.toFile())
                    .setBranch("feature")
                    .setDepth(1)
                    .call()) {
                ChangeRequest request = new ChangeRequest(
                        clone,
                        Optional.of("origin/main"),
                        clone.resolve("target/somepolicy/base"),
                        TestRepository.TODAY,
                        Limits.DEFAULT,
                        "test");
                assertThatThrownBy(() -> new ChangeReporter().report(request))
                        .isInstanceOfSatisfying(SomepolicyException.class, e -> {
                            assertThat(e.userMessage().key()).isEqualTo("diff.shallow");
                            assertThat(EN.render(e.userMessage()))
                                    .contains("fetch-depth: 0")
                                    .contains("GIT_DEPTH: 0")
                                    .contains("'origin/main'");
                        });
                var config = shallow.getRepository().getConfig();
                config.setBoolean("remote", "origin", "promisor", true);
                config.save();
                assertThatThrownBy(() -> new ChangeReporter().report(request))
                        .isInstanceOfSatisfying(
                                SomepolicyException.class,
                                e -> assertThat(e.userMessage().key()).isEqualTo("diff.partial"));
            }
        }
    }

    @Test
    void everyStopMessageReadsAsASentenceInBothLanguagesWithoutAKey() throws Exception {
        List<String> stops = List.of(
                "diff.no-directory",
                "diff.not-a-repository",
                "diff.git-unreadable",
                "diff.unknown-ref",
                "diff.no-base",
                "diff.no-merge-base",
                "diff.shallow",
                "diff.partial",
                "diff.history-missing",
                "diff.base-missing",
                "diff.base-unreadable",
                "diff.work-directory-foreign",
                "diff.work-directory-failed");
        var bundle = java.util.ResourceBundle.getBundle("io.github.somepolicy.i18n.Diff", Locale.ROOT);
        assertThat(bundle.keySet().stream()
                        .filter(k -> k.matches("diff\\.[a-z-]+"))
                        .sorted())
                .as("a new stop message is listed here")
                .containsExactlyInAnyOrderElementsOf(stops);
        for (Messages messages : List.of(EN, SV)) {
            for (String key : stops) {
                String text =
                        messages.render(io.github.somepolicy.model.Message.of(key, "/work/config", "origin/main", "x"));
                assertThat(text)
                        .as(key)
                        .doesNotContain(key)
                        .doesNotContainPattern("(?<![.\\w])(diff|term|mojo|schema|load)\\.[a-z-]+");
                assertThat(text).as(key).doesNotContain("[").doesNotContain("{");
            }
        }
        try (TestRepository repo = base("", TestRepository.POLICY)) {
            assertThatThrownBy(() -> new ChangeReporter().report(repo.request("", Optional.of("origin/nowhere"))))
                    .isInstanceOfSatisfying(SomepolicyException.class, e -> assertThat(EN.render(e.userMessage()))
                            .contains("'origin/nowhere' does not exist"));
        }
    }

    @Test
    void aWaiverAddedByTheChangeShowsItsDecisionAndIsRouted() throws Exception {
        String reviewers = """
                reviewers:
                  communications: ["@testby/kommunikation"]
                  data-protection: ["@testby/dataskydd"]
                """;
        try (TestRepository repo = base("", TestRepository.POLICY + reviewers)) {
            repo.write("somepolicy.yaml", TestRepository.POLICY + """
                            reviewers:
                              communications: ["@someone-else"]
                            waivers:
                              - rule: account-type
                                target: %s
                                reason: Kontot byts till en organisationssida under våren.
                                decisionReference: KS 2026/12
                                approvedBy: Karin Berg, kommunikationschef
                                expires: 2027-01-31
                            """.formatted(B));

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.empty()));

            assertThat(report.changes())
                    .extracting(DomainChange::kind)
                    .containsExactlyInAnyOrder(ChangeKind.REVIEWERS_CHANGED, ChangeKind.WAIVER_ADDED);
            assertThat(rendered(report, SV))
                    .contains(
                            "Undantag tillagt: regeln \u201dEtt organisationskonto, inte ett personligt\u201d gäller inte för "
                                    + B
                                    + " till och med 2027-01-31. Skäl: Kontot byts till en organisationssida under våren. "
                                    + "Godkänt av Karin Berg, kommunikationschef, beslut KS 2026/12.");
            assertThat(report.reviews())
                    .filteredOn(r -> r.role() == Role.COMMUNICATIONS)
                    .singleElement()
                    .satisfies(r -> assertThat(r.reviewers()).containsExactly("@testby/kommunikation"));
        }
    }

    @Test
    void reviewersStillInTheOrganisationFileOfTheBaseRouteTheChangeThatMovesThem() throws Exception {
        String legacy = TestRepository.ORGANISATION + """
                reviewers:
                  communications: ["@testby/kommunikation"]
                  archivist: ["@testby/arkiv"]
                  dataProtection: ["@testby/dataskydd"]
                """;
        try (TestRepository repo = TestRepository.create(top)
                .write("somepolicy.yaml", TestRepository.POLICY)
                .write("organisation.yaml", legacy)
                .write(A, municipalityAccount())
                .commit("base")
                .branch("feature")) {
            repo.write("organisation.yaml", TestRepository.ORGANISATION)
                    .write(
                            "somepolicy.yaml",
                            TestRepository.POLICY + "reviewers:\n  data-protection: [\"@pull-request-author\"]\n")
                    .write(A, municipalityAccount() + "consent:\n  routine: Samtycke inhämtas skriftligt\n");

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.empty()));

            assertThat(report.reviews())
                    .filteredOn(r -> r.role() == Role.DATA_PROTECTION)
                    .singleElement()
                    .satisfies(r -> assertThat(r.reviewers()).containsExactly("@testby/dataskydd"));
        }
    }

    @Test
    void aRemovedSecretGetsALineTellingToChangeIt() throws Exception {
        try (TestRepository repo = base("", TestRepository.POLICY)) {
            repo.write(A, municipalityAccount() + "credentials:\n  storage: \"Lösenord: Sommar2024!\"\n")
                    .commit("a secret slips in")
                    .branch("cleanup");
            repo.write(A, municipalityAccount() + "credentials:\n  storage: Kommunens lösenordshanterare\n");

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.of("feature")));

            assertThat(report.findings(FindingChange.Status.FIXED))
                    .extracting(f -> f.finding().ruleId())
                    .contains("secret-value");
            assertThat(report.changes())
                    .filteredOn(c -> c.kind() == ChangeKind.SECRET_REMOVED)
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.roles()).contains(Role.DATA_PROTECTION);
                        assertThat(Texts.render(EN, c.message()))
                                .contains("Credentials › Storage")
                                .contains("stays in the Git history")
                                .doesNotContain("Sommar2024");
                    });
            assertThat(ChangeFormat.MARKDOWN.render(report, SV))
                    .contains("Hemligheter att byta")
                    .doesNotContain("Sommar2024");
        }
    }

    @Test
    void aLinkAlreadyCommittedAtTheBaseIsNotNew() throws Exception {
        try (TestRepository repo = base("", TestRepository.POLICY)) {
            repo.checkout("main");
            Files.createSymbolicLink(top.resolve("accounts/kultur/alias.yaml"), Path.of("instagram-bibliotek.yaml"));
            repo.commit("a link").branch("with-link");
            repo.write(A, municipalityAccount().replace("monitoring: daily", "monitoring: weekly"));

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.of("main")));

            assertThat(report.findings(FindingChange.Status.INTRODUCED)).isEmpty();
            assertThat(report.findings(FindingChange.Status.UNCHANGED))
                    .extracting(f -> f.finding().message().key())
                    .contains("scan.symlink");
        }
    }

    @Test
    void theCommentLeadsWithTheVerdictLinksTheLinesAndNamesPathsFromTheRepositoryTop() throws Exception {
        try (TestRepository repo = base("config", TestRepository.POLICY)) {
            repo.origin("https://x-access-token:secret@github.com/testby/sociala-medier.git")
                    .write(
                            "config/" + A,
                            account(
                                    "Testby kommun",
                                    "facebook",
                                    "testbykommun",
                                    "kommunikation",
                                    moderators(moderator("Anna Andersson", "moderator"))))
                    .commit("no stand-in");
            ChangeRequest plain = repo.request("config", Optional.empty());
            ChangeRequest request = new ChangeRequest(
                    plain.directory(),
                    plain.baseRef(),
                    plain.workDirectory(),
                    plain.today(),
                    plain.limits(),
                    "test",
                    new Ratchet(Optional.of(Severity.ERROR), true),
                    Map.of());

            ChangeReport report = new ChangeReporter().report(request);
            String head = repo.git().getRepository().resolve("HEAD").name();
            String sv = ChangeFormat.MARKDOWN.render(report, SV);
            String en = ChangeFormat.MARKDOWN.render(report, EN);

            assertThat(sv.lines().skip(2).findFirst().orElseThrow())
                    .startsWith(":x: **Underkänd** av spärren: ändringen ger 1 ny avvikelse");
            assertThat(en.lines().skip(2).findFirst().orElseThrow())
                    .startsWith(
                            ":x: **Fails** the ratchet: the change brings 1 new finding at or above \u201cerror\u201d. Fix it,");
            assertThat(sv).contains("**1** ny avvikelse, **0** åtgärdade, 1 oförändrad.");
            assertThat(sv)
                    .contains("[`config/" + A + ":14`](https://github.com/testby/sociala-medier/blob/" + head
                            + "/config/" + A + "#L14)");
            assertThat(sv)
                    .doesNotContain("secret")
                    .doesNotContain("`moderation-backup`")
                    .doesNotContain("stand-in-removed");
            assertThat(sv).contains("Ersättare borttagen");
            assertThat(en).contains("`config/" + A + "`");
            assertThat(report.links()).map(LineLinks::forge).contains(LineLinks.Forge.GITHUB);

            LineLinks gitlab = new LineLinks(
                    java.net.URI.create("https://gitlab.com/testby/sociala-medier"),
                    head,
                    "config",
                    LineLinks.Forge.GITLAB);
            assertThat(gitlab.line(A, 14))
                    .isEqualTo("https://gitlab.com/testby/sociala-medier/-/blob/" + head + "/config/" + A + "#L14");
        }
    }
}
