package io.github.somepolicy.diff;

import static io.github.somepolicy.diff.TestRepository.account;
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
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pull requests as municipalities make them, on real Git histories: moves, renames with edits, unit and
 * address changes, organisation changes that reach untouched accounts, broken files, waivers, secrets,
 * subfolders, merge commits, shallow clones and links. Kept apart from the cases the report was built
 * against.
 */
class PullRequestCasesTest {

    static final String TIDNING = "accounts/kommunikation/facebook-testby.yaml";
    static final String MUSEUM = "accounts/kultur/instagram-museum.yaml";
    static final Messages SV = Messages.of(Locale.forLanguageTag("sv"));
    static final Messages EN = Messages.of(Locale.ENGLISH);

    @TempDir
    Path top;

    static String museum() {
        return account(
                "Testby museum",
                "instagram",
                "testbymuseum",
                "kultur",
                moderators(moderator("Lena Holm", "moderator"), moderator("Per Lind", "backup")));
    }

    private TestRepository base(String folder) throws Exception {
        return TestRepository.base(
                top, folder, TestRepository.POLICY, TIDNING, municipalityAccount(), MUSEUM, museum());
    }

    private static ChangeReport report(TestRepository repo) throws SomepolicyException {
        return new ChangeReporter().report(repo.request("", Optional.empty()));
    }

    private static List<String> kinds(ChangeReport report) {
        return report.changes().stream().map(c -> c.kind() + "@" + c.file()).toList();
    }

    private static List<String> sentences(ChangeReport report, Messages messages) {
        return report.changes().stream()
                .map(c -> Texts.render(messages, c.message()))
                .toList();
    }

    @Test
    void aMovedAccountWithEditedModeratorsIsOneAccount() throws Exception {
        try (TestRepository repo = base("")) {
            String to = "accounts/museer/instagram-testbymuseum.yaml";
            repo.delete(MUSEUM)
                    .write(
                            to,
                            museum().replace("Per Lind", "Eva Berg")
                                    .replace("per.lind@testby.se", "eva.berg@testby.se")
                                    .replace("monitoring: daily", "monitoring: weekdays"));

            ChangeReport report = report(repo);

            assertThat(kinds(report))
                    .contains("ACCOUNT_MOVED@" + to, "STAND_IN_ADDED@" + to, "STAND_IN_REMOVED@" + to)
                    .noneMatch(k -> k.startsWith("ACCOUNT_REMOVED") || k.startsWith("ACCOUNT_ADDED"));
            assertThat(sentences(report, EN)).anyMatch(s -> s.contains("Moderation › Monitoring changed from daily"));
            assertThat(report.findings(FindingChange.Status.FIXED)).isEmpty();
        }
    }

    @Test
    void aUnitAndAnAddressChangeAreNamedWithOldAndNew() throws Exception {
        try (TestRepository repo = base("")) {
            repo.write(
                    MUSEUM,
                    museum().replace("unit: kultur", "unit: kommunikation")
                            .replace("https://www.instagram.com/testbymuseum", "https://instagram.com/testby.museum"));

            ChangeReport report = report(repo);

            assertThat(sentences(report, SV))
                    .contains(
                            "Testby museum (instagram @testbymuseum): Enhet ändrades från kultur till kommunikation.",
                            "Testby museum (instagram @testbymuseum): Adress ändrades från"
                                    + " https://www.instagram.com/testbymuseum till https://instagram.com/testby.museum.");
            assertThat(ChangeFormat.MARKDOWN.render(report, SV)).doesNotContain("Inget ändras");
        }
    }

    @Test
    void removingAUnitFromTheOrganisationReachesTheAccountThatWasNotTouched() throws Exception {
        try (TestRepository repo = base("")) {
            String organisation = TestRepository.ORGANISATION.replaceAll(
                    "(?s)  kultur:\n    name: Kultur och fritid\n.*?kultur@testby.se\n", "");
            assertThat(organisation).doesNotContain("kultur@testby.se");
            repo.write("organisation.yaml", organisation);

            ChangeReport report = report(repo);

            assertThat(report.findings(FindingChange.Status.INTRODUCED))
                    .extracting(f -> f.finding().location().file())
                    .contains(MUSEUM);
            assertThat(kinds(report)).contains("FIELD_CHANGED@organisation.yaml");
            assertThat(sentences(report, EN)).anyMatch(s -> s.startsWith("The organisation: Units › kultur"));
            assertThat(report.fails()).isTrue();
        }
    }

    @Test
    void aBrokenOrganisationFileIsUnreadableNotEmptied() throws Exception {
        try (TestRepository repo = base("")) {
            repo.write(
                    "organisation.yaml",
                    TestRepository.ORGANISATION.replace(
                            "    name: Kommunikationsavdelningen", "    name: Kommunikationsavdelningen\n   bad: x"));

            ChangeReport report = report(repo);

            assertThat(kinds(report)).contains("FILE_UNREADABLE@organisation.yaml");
            assertThat(kinds(report)).noneMatch(k -> k.startsWith("RETENTION_DECISION_REMOVED"));
            assertThat(report.findings(FindingChange.Status.INTRODUCED))
                    .anyMatch(f -> f.finding().ruleId().equals("yaml-syntax")
                            && f.finding().location().file().equals("organisation.yaml"));
        }
    }

    @Test
    void aTabInAnAccountIsReportedInSwedishOnlyAtTheTab() throws Exception {
        try (TestRepository repo = base("")) {
            repo.write(TIDNING, municipalityAccount().replace("  monitoring: daily", "\tmonitoring: daily"));

            ChangeReport report = report(repo);

            assertThat(kinds(report)).containsExactly("FILE_UNREADABLE@" + TIDNING);
            FindingChange syntax =
                    report.findings(FindingChange.Status.INTRODUCED).get(0);
            int tabLine = (int) municipalityAccount()
                            .lines()
                            .takeWhile(l -> !l.contains("monitoring: daily"))
                            .count()
                    + 1;
            assertThat(syntax.finding().location().start().line()).isEqualTo(tabLine);
            assertThat(SV.render(syntax.finding().message()))
                    .contains("tabb")
                    .doesNotContainPattern("found|character|cannot start|token");
        }
    }

    @Test
    void aWaiverExtendedAndOneRemovedAreDecisionsToReview() throws Exception {
        String waivers = """
                waivers:
                  - rule: moderation-backup
                    target: %s
                    reason: Ny ersättare rekryteras
                    decisionReference: KS 2026/40
                    approvedBy: Karin Berg
                    expires: %s
                """;
        try (TestRepository repo = TestRepository.create(top)) {
            repo.write("somepolicy.yaml", TestRepository.POLICY + waivers.formatted(TIDNING, "2026-12-31"))
                    .write("organisation.yaml", TestRepository.ORGANISATION)
                    .write(
                            TIDNING,
                            account(
                                    "Testby kommun",
                                    "facebook",
                                    "testbykommun",
                                    "kommunikation",
                                    moderators(moderator("Anna Andersson", "moderator"))))
                    .commit("base")
                    .branch("feature");
            repo.write("somepolicy.yaml", TestRepository.POLICY + waivers.formatted(TIDNING, "2027-06-30"));

            ChangeReport extended = report(repo);
            assertThat(kinds(extended)).containsExactly("WAIVER_EXTENDED@somepolicy.yaml");
            assertThat(sentences(extended, SV).get(0))
                    .contains("till och med 2027-06-30 (var 2026-12-31)")
                    .contains("Godkänt av Karin Berg, beslut KS 2026/40");

            repo.write("somepolicy.yaml", TestRepository.POLICY);
            ChangeReport removed = report(repo);
            assertThat(kinds(removed)).contains("WAIVER_REMOVED@somepolicy.yaml");
            assertThat(removed.fails()).isTrue();
        }
    }

    @Test
    void aSecretAddedFailsAndIsNeverPrinted() throws Exception {
        try (TestRepository repo = base("")) {
            String secret = "ghp_" + "A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8";
            repo.write(TIDNING, municipalityAccount() + "credentials:\n  storage: \"token " + secret + "\"\n");
            ChangeRequest plain = repo.request("", Optional.empty());
            ChangeReport report = new ChangeReporter()
                    .report(new ChangeRequest(
                            plain.directory(),
                            plain.baseRef(),
                            plain.workDirectory(),
                            plain.today(),
                            plain.limits(),
                            "test",
                            new Ratchet(Optional.of(Severity.ERROR), true),
                            Map.of()));

            assertThat(report.findings(FindingChange.Status.INTRODUCED))
                    .extracting(f -> f.finding().ruleId())
                    .contains("secret-value");
            assertThat(report.fails()).isTrue();
            for (ChangeFormat format : ChangeFormat.values()) {
                assertThat(format.render(report, SV)).doesNotContain(secret.substring(8));
            }
        }
    }

    @Test
    void aSecretInAnAccountThatIsRemovedIsStillToBeChanged() throws Exception {
        try (TestRepository repo = TestRepository.create(top)) {
            repo.write("somepolicy.yaml", TestRepository.POLICY)
                    .write("organisation.yaml", TestRepository.ORGANISATION)
                    .write(TIDNING, municipalityAccount())
                    .write(MUSEUM, museum() + "credentials:\n  storage: \"Lösenord: Vinter2025!\"\n")
                    .commit("base")
                    .branch("feature");
            repo.delete(MUSEUM);

            ChangeReport report = report(repo);

            assertThat(kinds(report)).contains("ACCOUNT_REMOVED@" + MUSEUM, "SECRET_REMOVED@" + MUSEUM);
            assertThat(ChangeFormat.MARKDOWN.render(report, EN))
                    .contains("Secrets to change")
                    .doesNotContain("Vinter2025");
        }
    }

    @Test
    void inASubfolderOnGitLabPathsAndLinksStartAtTheRepositoryTop() throws Exception {
        try (TestRepository repo = base("social/config")) {
            repo.origin("git@gitlab.com:testby/sociala-medier.git")
                    .write(
                            "social/config/" + MUSEUM,
                            museum().replace("accountType: organisation", "accountType: personal"))
                    .commit("personal");

            ChangeReport report = new ChangeReporter().report(repo.request("social/config", Optional.empty()));
            String head = repo.git().getRepository().resolve("HEAD").name();
            String markdown = ChangeFormat.MARKDOWN.render(report, SV);

            assertThat(markdown)
                    .contains("(https://gitlab.com/testby/sociala-medier/-/blob/" + head + "/social/config/" + MUSEUM
                            + "#L")
                    .contains("`social/config/" + MUSEUM + "`");
            assertThat(report.codeOwners()).containsKey("social/config/" + MUSEUM);
        }
    }

    @Test
    void whatMainGainedAndWasMergedIntoTheBranchIsNotTheChanges() throws Exception {
        try (TestRepository repo = base("")) {
            repo.write(TIDNING, municipalityAccount().replace("monitoring: daily", "monitoring: weekdays"))
                    .commit("feature work");
            repo.checkout("main");
            String library = "accounts/kultur/facebook-bibliotek.yaml";
            repo.write(
                            library,
                            account(
                                    "Testby bibliotek",
                                    "facebook",
                                    "testbybibliotek",
                                    "kultur",
                                    moderators(moderator("Lena Holm", "moderator"), moderator("Per Lind", "backup"))))
                    .commit("main gains an account");
            repo.checkout("feature");
            Git git = repo.git();
            PersonIdent who = new PersonIdent("Test", "test@testby.se");
            git.merge()
                    .include(git.getRepository().resolve("main"))
                    .setCommit(true)
                    .setMessage("Merge main")
                    .call();

            ChangeReport report = new ChangeReporter().report(repo.request("", Optional.of("main")));

            assertThat(kinds(report)).containsExactly("FIELD_CHANGED@" + TIDNING);
            assertThat(report.files()).extracting(FileChange::path).containsExactly(TIDNING);
        }
    }

    @Test
    void aShallowCloneWithoutTheBaseBranchAsksForTheWholeHistory() throws Exception {
        try (TestRepository repo = base("")) {
            repo.write(TIDNING, municipalityAccount().replace("monitoring: daily", "monitoring: weekdays"))
                    .commit("change");
            Path clone = top.resolveSibling(top.getFileName() + "-single");
            try (Git shallow = Git.cloneRepository()
                    .setURI(top.toUri().toString())
                    .setDirectory(clone.toFile())
                    .setBranchesToClone(List.of("refs/heads/feature"))
                    .setBranch("feature")
                    .setDepth(1)
                    .call()) {
                ChangeRequest request = new ChangeRequest(
                        clone,
                        Optional.empty(),
                        clone.resolve("target/somepolicy/base"),
                        TestRepository.TODAY,
                        Limits.DEFAULT,
                        "test");
                assertThatThrownBy(() -> new ChangeReporter().report(request))
                        .isInstanceOfSatisfying(SomepolicyException.class, e -> assertThat(SV.render(e.userMessage()))
                                .contains("fetch-depth: 0")
                                .contains("GIT_DEPTH: 0")
                                .doesNotContain("diff."));
            }
        }
    }

    @Test
    void aShallowCloneDeepEnoughForTheMergeBaseWorks() throws Exception {
        try (TestRepository repo = base("")) {
            repo.write(TIDNING, municipalityAccount().replace("monitoring: daily", "monitoring: weekdays"))
                    .commit("change");
            Path clone = top.resolveSibling(top.getFileName() + "-deep");
            try (Git shallow = Git.cloneRepository()
                    .setURI(top.toUri().toString())
                    .setDirectory(clone.toFile())
                    .setBranch("feature")
                    .setDepth(5)
                    .call()) {
                ChangeReport report = new ChangeReporter()
                        .report(new ChangeRequest(
                                clone,
                                Optional.of("origin/main"),
                                clone.resolve("target/somepolicy/base"),
                                TestRepository.TODAY,
                                Limits.DEFAULT,
                                "test"));
                assertThat(kinds(report)).containsExactly("FIELD_CHANGED@" + TIDNING);
            }
        }
    }

    @Test
    void aLinkTheChangeAddsIsNew() throws Exception {
        try (TestRepository repo = base("")) {
            Files.createSymbolicLink(top.resolve("accounts/kultur/kopia.yaml"), Path.of("instagram-museum.yaml"));

            ChangeReport report = report(repo);

            assertThat(report.findings(FindingChange.Status.INTRODUCED))
                    .extracting(f -> f.finding().message().key() + "@"
                            + f.finding().location().file())
                    .containsExactly("scan.symlink@accounts/kultur/kopia.yaml");
        }
    }

    @Test
    void aRuleLevelChangeIsNamedAndItsFindingsFollow() throws Exception {
        try (TestRepository repo = base("")) {
            repo.write(
                    "somepolicy.yaml",
                    TestRepository.POLICY.replace("moderation-backup: error", "moderation-backup: warning"));

            ChangeReport report = report(repo);

            assertThat(sentences(report, SV))
                    .contains("Policyn: Regler › moderation-backup ändrades från error till warning.");
        }
    }

    @Test
    void reorderingModeratorsChangesNothingAndRenamingOneIsNamed() throws Exception {
        try (TestRepository repo = base("")) {
            repo.write(
                    TIDNING,
                    account(
                            "Testby kommun",
                            "facebook",
                            "testbykommun",
                            "kommunikation",
                            moderators(moderator("Bo Ek", "backup"), moderator("Anna Andersson", "moderator"))));
            assertThat(report(repo).changes()).isEmpty();

            repo.write(TIDNING, municipalityAccount().replace("name: Anna Andersson", "name: Anna Andersson Lind"));
            ChangeReport renamed = report(repo);
            assertThat(sentences(renamed, EN))
                    .containsExactly("Testby kommun (facebook @testbykommun): Moderation › Moderators ›"
                            + " anna.andersson@testby.se › Name changed from Anna Andersson to Anna Andersson Lind.");
        }
    }

    @Test
    void whoHoldsTheLogInGoesToDataProtection() throws Exception {
        try (TestRepository repo = base("")) {
            repo.write(TIDNING, municipalityAccount() + "credentials:\n  holders: [Anna Andersson, Bo Ek]\n");

            ChangeReport report = report(repo);

            assertThat(report.changes()).singleElement().satisfies(c -> assertThat(c.roles())
                    .containsExactlyInAnyOrder(Role.COMMUNICATIONS, Role.DATA_PROTECTION));
            assertThat(report.reviews()).extracting(Review::role).contains(Role.DATA_PROTECTION);
        }
    }

    @Test
    void aBrokenPolicyFileIsUnreadableAndFailsTheRatchet() throws Exception {
        try (TestRepository repo = base("")) {
            repo.write(
                    "somepolicy.yaml",
                    TestRepository.POLICY.replace("rules:\n", "rules:\n  moderation-backup error\n x: [\n"));

            ChangeReport report = report(repo);

            assertThat(kinds(report)).contains("FILE_UNREADABLE@somepolicy.yaml");
            assertThat(report.findings(FindingChange.Status.INTRODUCED))
                    .anyMatch(f -> f.finding().ruleId().equals("yaml-syntax"));
            assertThat(report.failsAt(Optional.of(Severity.ERROR), true)).isTrue();
        }
    }

    @Test
    void aSharedNoticeFileThatChangesIsANoticeChange() throws Exception {
        try (TestRepository repo = TestRepository.create(top)) {
            String withFile = municipalityAccount()
                    .replaceAll("(?s)notice:\n  text: >-\n.*", "notice:\n  file: notices/standard.md\n");
            repo.write("somepolicy.yaml", TestRepository.POLICY)
                    .write("organisation.yaml", TestRepository.ORGANISATION)
                    .write("notices/standard.md", TestRepository.NOTICE + "\n")
                    .write(TIDNING, withFile)
                    .commit("base")
                    .branch("feature");
            repo.write("notices/standard.md", TestRepository.NOTICE + " Vi svarar vardagar.\n");

            ChangeReport report = report(repo);

            assertThat(kinds(report)).contains("NOTICE_CHANGED@" + TIDNING);
        }
    }

    @Test
    void aRenameThatAlsoChangesTheHandleIsStillOneAccountWhenGitPairsTheFiles() throws Exception {
        try (TestRepository repo = base("")) {
            String to = "accounts/kultur/instagram-testbymuseer.yaml";
            repo.delete(MUSEUM).write(to, museum().replace("handle: testbymuseum", "handle: testbymuseer"));

            ChangeReport report = report(repo);

            assertThat(kinds(report)).contains("ACCOUNT_MOVED@" + to).noneMatch(k -> k.startsWith("ACCOUNT_ADDED"));
            assertThat(sentences(report, EN))
                    .anyMatch(s -> s.contains("Handle changed from testbymuseum to testbymuseer"));
        }
    }
}
