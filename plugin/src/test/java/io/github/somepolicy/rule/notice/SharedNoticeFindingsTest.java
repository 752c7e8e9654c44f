package io.github.somepolicy.rule.notice;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.ExampleConfig;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A topic missing from a shared notice file is one finding at the file, with the accounts that use it as
 * related places; an account whose own text supplies the topic is not among them; an account whose
 * visitors cannot post is not checked for the topics about visitors' posts.
 */
class SharedNoticeFindingsTest {

    private static final Path EXAMPLE = ExampleConfig.root();
    private static final String FACEBOOK = "accounts/kommunikation/facebook-ekebykommun.yaml";
    private static final String LINKEDIN = "accounts/kommunikation/linkedin-ekeby-kommun.yaml";
    private static final String INSTAGRAM = "accounts/barn-och-utbildning/instagram-ekebygymnasiet.yaml";

    @TempDir
    Path root;

    private void configuration(String notice) throws Exception {
        Files.createDirectories(root.resolve("notices"));
        Files.writeString(root.resolve("somepolicy.yaml"), "kind: policy\nversion: 1\nextends: malmo\n");
        Files.copy(EXAMPLE.resolve("organisation.yaml"), root.resolve("organisation.yaml"));
        for (String account : List.of(FACEBOOK, LINKEDIN, INSTAGRAM)) {
            Files.createDirectories(root.resolve(account).getParent());
            Files.copy(EXAMPLE.resolve(account), root.resolve(account));
        }
        Files.writeString(root.resolve("notices/standard.md"), notice);
    }

    private List<Finding> findings(String ruleId) throws Exception {
        Report report = new Validator()
                .validate(new ValidationRequest(root, LocalDate.of(2026, 11, 23), Limits.DEFAULT, "test"));
        return report.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    private static String withoutSection(String heading) throws Exception {
        String notice = Files.readString(EXAMPLE.resolve("notices/standard.md"));
        int start = notice.indexOf(heading);
        int end = notice.indexOf("\n## ", start + 1);
        return notice.substring(0, start) + notice.substring(end + 1);
    }

    @Test
    void aTopicMissingFromASharedFileIsOneFindingAtTheFileWithTheAccountsAsRelatedPlaces() throws Exception {
        configuration(withoutSection("## Inlägg är synliga för alla"));
        List<Finding> found = findings("notice-visible-to-others");
        assertThat(found).hasSize(1);
        Finding finding = found.get(0);
        assertThat(finding.location().file()).isEqualTo("notices/standard.md");
        assertThat(finding.location().start().line()).isEqualTo(1);
        assertThat(finding.related()).extracting(Location::file).containsExactly(INSTAGRAM, FACEBOOK, LINKEDIN);
    }

    @Test
    void anAccountWhoseOwnTextSuppliesTheTopicIsNotAmongThem() throws Exception {
        configuration(withoutSection("## Inlägg är synliga för alla"));
        Path facebook = root.resolve(FACEBOOK);
        Files.writeString(
                facebook,
                Files.readString(facebook)
                        .replace(
                                "  file: notices/standard.md\n",
                                "  file: notices/standard.md\n  text: Det du skriver här kan alla läsa.\n"));
        List<Finding> found = findings("notice-visible-to-others");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).related()).extracting(Location::file).containsExactly(INSTAGRAM, LINKEDIN);
    }

    @Test
    void anAccountWhereVisitorsCannotPostIsNotCheckedForTheVisitorTopics() throws Exception {
        configuration(withoutSection("## Inlägg är synliga för alla"));
        for (String account : List.of(FACEBOOK, INSTAGRAM)) {
            Path file = root.resolve(account);
            Files.writeString(
                    file,
                    Files.readString(file).replace("\nstatus: active\n", "\nstatus: active\nvisitorPosts: false\n"));
        }
        List<Finding> found = findings("notice-visible-to-others");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).related()).extracting(Location::file).containsExactly(LINKEDIN);
        assertThat(findings("schema")).isEmpty();
    }

    @Test
    void aCompleteSharedFileGivesNoNoticeFinding() throws Exception {
        configuration(Files.readString(EXAMPLE.resolve("notices/standard.md")));
        assertThat(findings("notice-visible-to-others")).isEmpty();
        assertThat(findings("notice-purpose")).isEmpty();
    }
}
