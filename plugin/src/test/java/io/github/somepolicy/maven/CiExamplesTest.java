package io.github.somepolicy.maven;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static final Path EXAMPLE = Path.of(System.getProperty("somepolicy.exampleConfig", "../example-config"));
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
    void theGitlabJobPublishesTheJunitReportAndTheMarkdown() throws Exception {
        Map<String, Object> pipeline = yaml(GITLAB);
        Map<String, Object> job = (Map<String, Object>) pipeline.get("somepolicy");
        Map<String, Object> artifacts = (Map<String, Object>) job.get("artifacts");
        assertThat((Map<String, Object>) artifacts.get("reports"))
                .containsEntry("junit", "target/somepolicy/" + ReportFormat.JUNIT.fileName());
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
