package io.github.somepolicy.diff;

import io.github.somepolicy.load.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** A real Git repository in a temporary folder, with a small configuration, built with JGit alone. */
final class TestRepository implements AutoCloseable {

    static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    static final String POLICY = """
            kind: policy
            version: 1
            extends: baseline
            rules:
              moderation-backup: error
              account-type: error
              notice-public-records: error
            """;

    static final String ORGANISATION = """
            kind: organisation
            version: 1
            municipality:
              name: Testby kommun
              website: https://www.testby.se
              socialMediaPage: https://www.testby.se/socialamedier
            register:
              url: https://www.testby.se/socialamedier/konton
            communicationsUnit: kommunikation
            units:
              kommunikation:
                name: Kommunikationsavdelningen
                manager:
                  name: Karin Berg
                  title: Kommunikationschef
                contact:
                  email: kommunikation@testby.se
              kultur:
                name: Kultur och fritid
                manager:
                  name: Lars Holm
                  title: Kulturchef
                contact:
                  email: kultur@testby.se
            retentionDecisions:
              sociala-medier:
                title: Gallringsbeslut för sociala medier
                decidedBy: Kommunstyrelsen
                date: 2024-03-12
                reference: KS 2024/118
                retentionPeriod: P1Y
                scope: Inlägg av tillfällig eller ringa betydelse
                coversTransferredCopies: true
            archive:
              name: Testby kommunarkiv
              hasEArchive: true
            """;

    private final Path top;
    private final Git git;

    private TestRepository(Path top, Git git) {
        this.top = top;
        this.git = git;
    }

    /** An empty repository on branch main. */
    static TestRepository create(Path top) throws GitAPIException {
        return new TestRepository(
                top,
                Git.init().setDirectory(top.toFile()).setInitialBranch("main").call());
    }

    /**
     * A repository whose main branch holds a configuration (in {@code folder}, or at the top when it is
     * empty) with the given policy, the shared organisation and two accounts, checked out on a new branch
     * {@code feature} for the change.
     */
    static TestRepository base(
            Path top, String folder, String policy, String firstFile, String first, String secondFile, String second)
            throws Exception {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        return create(top)
                .write(prefix + "somepolicy.yaml", policy)
                .write(prefix + "organisation.yaml", ORGANISATION)
                .write(prefix + firstFile, first)
                .write(prefix + secondFile, second)
                .commit("base")
                .branch("feature");
    }

    /** An account file's content. */
    static String account(String name, String platform, String handle, String unit, String moderators) {
        return account(name, platform, handle, unit, "organisation", moderators, NOTICE);
    }

    static final String NOTICE =
            "Kontot drivs av Testby kommun. Det du skriver här är synligt för alla och blir en allmän handling.";

    static String account(
            String name, String platform, String handle, String unit, String type, String moderators, String notice) {
        return """
                kind: account
                version: 1
                name: %s
                platform: %s
                handle: %s
                url: https://www.%s.com/%s
                unit: %s
                accountType: %s
                scope: unit
                status: active
                activated: 2021-03-01
                moderation:
                  moderators:
                %s
                  absencePolicy: backup
                  monitoring: daily
                  responseTimeWorkingDays: 1
                  removalRoutine: Rutin för moderering, KS 2021/47
                  policeReportRoutine: Brottsligt innehåll sparas, polisanmäls och tas bort enligt rutinen
                records:
                  retentionDecision: sociala-medier
                  archive:
                    method: export
                    interval: P6M
                    destination: Testby kommunarkiv
                    lastSnapshot: 2026-09-01
                notice:
                  text: >-
                    %s
                """.formatted(name, platform, handle, platform, handle, unit, type, moderators, notice);
    }

    /** The municipality's own Facebook account, run by the communications unit with a moderator and a backup. */
    static String municipalityAccount() {
        return account(
                "Testby kommun",
                "facebook",
                "testbykommun",
                "kommunikation",
                moderators(moderator("Anna Andersson", "moderator"), moderator("Bo Ek", "backup")));
    }

    /** The library's Instagram account, a personal account (a finding of its own) in the culture unit. */
    static String libraryAccount() {
        return account(
                "Testby bibliotek",
                "instagram",
                "testbybibliotek",
                "kultur",
                "personal",
                moderators(moderator("Lena Holm", "moderator"), moderator("Per Lind", "backup")),
                NOTICE);
    }

    /** A moderator list entry. */
    static String moderator(String name, String role) {
        String email = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@testby.se";
        return "    - name: %s\n      email: %s\n      role: %s".formatted(name, email, role);
    }

    static String moderators(String... entries) {
        return String.join("\n", entries);
    }

    Path top() {
        return top;
    }

    Git git() {
        return git;
    }

    /** Sets the address of the remote {@code origin}, as a clone from a forge has it. */
    TestRepository origin(String url) throws IOException {
        var config = git.getRepository().getConfig();
        config.setString("remote", "origin", "url", url);
        config.save();
        return this;
    }

    /** Switches to an existing branch. */
    TestRepository checkout(String name) throws GitAPIException {
        git.checkout().setName(name).call();
        return this;
    }

    TestRepository write(String path, String content) throws IOException {
        Path file = top.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return this;
    }

    TestRepository delete(String path) throws IOException {
        Files.delete(top.resolve(path));
        return this;
    }

    TestRepository move(String from, String to) throws IOException {
        Path target = top.resolve(to);
        Files.createDirectories(target.getParent());
        Files.move(top.resolve(from), target);
        return this;
    }

    TestRepository commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent who = new PersonIdent("Test", "test@testby.se");
        git.commit()
                .setMessage(message)
                .setAuthor(who)
                .setCommitter(who)
                .setSign(false)
                .call();
        return this;
    }

    TestRepository branch(String name) throws GitAPIException {
        git.checkout().setCreateBranch(true).setName(name).call();
        return this;
    }

    /** The request for a change report of the configuration in a folder of the repository. */
    ChangeRequest request(String configuration, Optional<String> baseRef) {
        Path root = configuration.isEmpty() ? top : top.resolve(configuration);
        return new ChangeRequest(root, baseRef, top.resolve("target/somepolicy/base"), TODAY, Limits.DEFAULT, "test");
    }

    @Override
    public void close() {
        git.close();
    }
}
