package io.github.somepolicy.init;

import io.github.somepolicy.rule.check.PlaceholderCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A new municipality's repository: the pom with the plugin, the Maven Wrapper, the configuration with
 * one account to copy, notices in Swedish and English, CI for GitHub and GitLab, editor settings with
 * the schemas, {@code .gitignore} and a short README in Swedish. What the plugin cannot know is written
 * as a placeholder ({@link PlaceholderCheck}). No file that exists is ever replaced, and nothing is
 * written through a link.
 */
public final class Scaffold {

    /** The name written when none is given: a placeholder. */
    public static final String NAME_PLACEHOLDER = PlaceholderCheck.MARK_SV + " kommunens namn";

    /** The website written when none is given: a placeholder address. */
    public static final String WEBSITE_PLACEHOLDER = "https://" + PlaceholderCheck.HOST + "/kommunens-webbplats";

    /** The schemas copied into the repository for editors, as the plugin carries them. */
    static final List<String> SCHEMAS =
            List.of("common.schema.json", "organisation.schema.json", "account.schema.json", "policy.schema.json");

    private static final String BASE = "/io/github/somepolicy/init/";

    /**
     * What to write.
     *
     * @param profile the built-in profile {@code somepolicy.yaml} extends
     * @param name the municipality's name, or {@link #NAME_PLACEHOLDER}
     * @param website the municipality's website without a trailing slash, or {@link #WEBSITE_PLACEHOLDER}
     * @param today the date written where a date is needed
     * @param pluginVersion the plugin version the pom names
     */
    public record Settings(String profile, String name, String website, LocalDate today, String pluginVersion) {}

    /**
     * What was done.
     *
     * @param created the files written, relative to the root
     * @param kept the files that existed and were left as they were
     */
    public record Result(List<String> created, List<String> kept) {}

    /**
     * The account fields the template takes, with what is written when a value is not known: a
     * placeholder, or for the platform, unit, scope and status what the account to copy shows.
     */
    public static final Map<String, String> ACCOUNT_PLACEHOLDERS = accountPlaceholders();

    private static Map<String, String> accountPlaceholders() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", PlaceholderCheck.MARK_SV + " kontots namn så som det visas på plattformen");
        fields.put("platform", "facebook");
        fields.put("handle", PlaceholderCheck.MARK_SV + " kontots användarnamn på plattformen");
        fields.put("url", "https://" + PlaceholderCheck.HOST + "/kontots-adress-pa-plattformen");
        fields.put("unit", "kommunikation");
        fields.put("scope", "municipality-wide");
        fields.put("status", "active");
        fields.put("activated", "");
        fields.put("closed", "");
        fields.put("purpose", PlaceholderCheck.MARK_SV + " vad kontot är till för och vem det vänder sig till");
        fields.put("moderator", PlaceholderCheck.MARK_SV + " namnet på den ordinarie moderatorn");
        fields.put("moderatorEmail", "den-ordinarie-moderatorns-adress@" + PlaceholderCheck.HOST);
        fields.put("backup", PlaceholderCheck.MARK_SV + " namnet på ersättaren");
        fields.put("backupEmail", "ersattarens-adress@" + PlaceholderCheck.HOST);
        return java.util.Collections.unmodifiableMap(fields);
    }

    private Scaffold() {}

    /**
     * One account file from the template: the given fields (see {@link #ACCOUNT_PLACEHOLDERS}), every
     * text written as a double-quoted YAML string; the dates, when given, must be {@code YYYY-MM-DD}.
     * Without an activation date, {@code today} is written.
     */
    public static byte[] account(Map<String, String> fields, LocalDate today, String profile) {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : ACCOUNT_PLACEHOLDERS.entrySet()) {
            String value = fields.getOrDefault(field.getKey(), field.getValue());
            if (value == null || value.isBlank()) {
                value = field.getValue();
            }
            String written =
                    switch (field.getKey()) {
                        case "activated" -> value.isBlank() ? today.toString() : value.strip();
                        case "closed" -> value.isBlank() ? "" : "closed: " + value.strip() + "\n";
                        default -> quoted(value.strip());
                    };
            tokens.put("{{account." + field.getKey() + "}}", written);
        }
        tokens.put("{{today}}", today.toString());
        tokens.put("{{profile}}", profile);
        tokens.put("{{archiveMethod}}", archiveMethod(profile));
        String text = new String(resource(BASE + "account.yaml"), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            text = text.replace(token.getKey(), token.getValue());
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The archive method the account shows: the first the profile (or a profile it extends) allows, and
     * {@code export} when it names none.
     */
    static String archiveMethod(String profile) {
        String name = profile;
        for (int depth = 0; name != null && depth < 8; depth++) {
            Object tree;
            try (InputStream in =
                    Scaffold.class.getResourceAsStream("/io/github/somepolicy/profiles/" + name + ".yaml")) {
                if (in == null) {
                    break;
                }
                tree = new org.yaml.snakeyaml.Yaml(new org.yaml.snakeyaml.constructor.SafeConstructor(
                                new org.yaml.snakeyaml.LoaderOptions()))
                        .load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!(tree instanceof Map<?, ?> policy)) {
                break;
            }
            if (policy.get("rules") instanceof Map<?, ?> rules
                    && rules.get("archive-method") instanceof Map<?, ?> rule
                    && rule.get("parameters") instanceof Map<?, ?> parameters
                    && parameters.get("allowedMethods") instanceof List<?> methods
                    && !methods.isEmpty()) {
                return String.valueOf(methods.get(0));
            }
            name = policy.get("extends") instanceof String parent ? parent : null;
        }
        return "export";
    }

    /** A text as a double-quoted YAML string (YAML's double quotes take JSON's escapes). */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** The files of a new repository, by path relative to the root, with their content. */
    public static Map<String, byte[]> files(Settings settings) {
        Map<String, String> tokens = Map.of(
                "{{profile}}", settings.profile(),
                "{{name}}", settings.name(),
                "{{website}}", settings.website(),
                "{{today}}", settings.today().toString(),
                "{{version}}", settings.pluginVersion());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("pom.xml", text("pom.xml", tokens, false));
        files.put("mvnw", resource(BASE + "wrapper/mvnw"));
        files.put("mvnw.cmd", resource(BASE + "wrapper/mvnw.cmd"));
        files.put(
                ".mvn/wrapper/maven-wrapper.properties",
                resource(BASE + "wrapper/.mvn/wrapper/maven-wrapper.properties"));
        // How Maven's JVM starts for a short check on a small runner (docs/performance.md, "Starting the JVM").
        files.put(".mvn/jvm.config", resource(BASE + "ci/.mvn/jvm.config"));
        files.put("organisation.yaml", text("organisation.yaml", tokens, true));
        files.put("somepolicy.yaml", text("somepolicy.yaml", tokens, true));
        Map<String, String> account = new LinkedHashMap<>(ACCOUNT_PLACEHOLDERS);
        account.put("name", settings.name());
        files.put(
                "accounts/kommunikation/facebook-kommunen.yaml",
                account(account, settings.today(), settings.profile()));
        files.put("notices/standard.md", text("notice-sv.md", tokens, false));
        files.put("notices/standard-en.md", text("notice-en.md", tokens, false));
        files.put(".github/workflows/somepolicy.yml", resource(BASE + "ci/.github/workflows/somepolicy.yml"));
        files.put(".gitlab-ci.yml", resource(BASE + "ci/.gitlab-ci.yml"));
        files.put(".vscode/settings.json", text("vscode-settings.json", tokens, false));
        files.put(".vscode/extensions.json", text("vscode-extensions.json", tokens, false));
        for (String schema : SCHEMAS) {
            files.put("schemas/" + schema, resource("/schemas/" + schema));
        }
        files.put(".gitignore", text("gitignore", tokens, false));
        files.put("README.md", text("README.md", tokens, false));
        return files;
    }

    /**
     * Writes the files that do not exist yet under {@code root}. A file that exists, or a link of that
     * name, is kept as it is; a folder on the way that is a link is refused.
     *
     * @throws IOException when a file cannot be written, or a folder on the way is a link
     */
    public static Result write(Path root, Settings settings) throws IOException {
        List<String> created = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Files.createDirectories(root);
        for (Map.Entry<String, byte[]> file : files(settings).entrySet()) {
            Path target = root.resolve(file.getKey());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                kept.add(file.getKey());
                continue;
            }
            createFolders(root, target.getParent());
            try {
                Files.write(target, file.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                kept.add(file.getKey());
                continue;
            }
            if (file.getKey().equals("mvnw")) {
                executable(target);
            }
            created.add(file.getKey());
        }
        return new Result(List.copyOf(created), List.copyOf(kept));
    }

    private static void createFolders(Path root, Path folder) throws IOException {
        Path relative = root.relativize(folder);
        Path current = root;
        for (Path part : relative) {
            current = current.resolve(part);
            if (Files.isSymbolicLink(current)) {
                throw new IOException("a link, not a folder: " + current);
            }
            if (!Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectory(current);
            }
        }
    }

    private static void executable(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException | IOException e) {
            // a file system without POSIX permissions (Windows) runs mvnw.cmd instead
        }
    }

    private static byte[] text(String template, Map<String, String> tokens, boolean yaml) {
        String text = new String(resource(BASE + template), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> token : tokens.entrySet()) {
            String value = token.getValue();
            if (yaml && token.getKey().equals("{{name}}")) {
                // the name is written inside double quotes in the YAML templates
                value = value.replace("\\", "\\\\").replace("\"", "\\\"");
            }
            text = text.replace(token.getKey(), value);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Scaffold.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the plugin: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
