package io.github.somepolicy.diff;

import io.github.somepolicy.load.FileScanner;
import io.github.somepolicy.load.Limits;
import io.github.somepolicy.load.LoadResult;
import io.github.somepolicy.load.ReferenceResolver;
import io.github.somepolicy.load.YamlLoader;
import io.github.somepolicy.model.Globs;
import io.github.somepolicy.model.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One revision of a configuration as the change report reads it: the accounts by file, the organisation
 * and the policy. Files that do not load are left out here; the validator reports them as findings.
 */
final class Snapshot {

    private static final List<String> POLICY_FILES = List.of("somepolicy.yaml", "somepolicy.yml");
    private static final String ORGANISATION_FILE = "organisation.yaml";

    private final Path root;
    private final long maxFileBytes;
    private final Map<String, Node.Mapping> accounts;
    private final Optional<Node.Mapping> organisation;
    private final Optional<Node.Mapping> policy;
    private final String organisationFile;
    private final String policyFile;
    private final Set<String> unreadable;

    private Snapshot(
            Path root,
            long maxFileBytes,
            Map<String, Node.Mapping> accounts,
            Optional<Node.Mapping> organisation,
            Optional<Node.Mapping> policy,
            String organisationFile,
            String policyFile,
            Set<String> unreadable) {
        this.root = root;
        this.maxFileBytes = maxFileBytes;
        this.accounts = accounts;
        this.organisation = organisation;
        this.policy = policy;
        this.organisationFile = organisationFile;
        this.policyFile = policyFile;
        this.unreadable = Set.copyOf(unreadable);
    }

    /** A revision without any configuration. */
    static Snapshot empty() {
        return new Snapshot(
                null,
                0,
                Map.of(),
                Optional.empty(),
                Optional.empty(),
                ORGANISATION_FILE,
                POLICY_FILES.get(0),
                Set.of());
    }

    /** Reads the configuration under a root. */
    static Snapshot read(Path root, Limits limits) {
        YamlLoader loader = new YamlLoader(limits);
        Set<String> unreadable = new TreeSet<>();
        Optional<Node.Mapping> policy = Optional.empty();
        String policyFile = POLICY_FILES.get(0);
        for (String name : POLICY_FILES) {
            if (!Files.isRegularFile(root.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            policyFile = name;
            Optional<Node.Mapping> loaded = load(loader, root, name, limits);
            if (loaded.isEmpty()) {
                unreadable.add(name);
            }
            policy = loaded.filter(m -> kind(m).equals("policy"));
            break;
        }
        List<String> excludes = new ArrayList<>();
        policy.flatMap(p -> p.get("exclude")).ifPresent(node -> {
            if (node instanceof Node.Sequence list) {
                list.items().forEach(item -> item.text().ifPresent(excludes::add));
            }
        });
        Map<String, Node.Mapping> accounts = new TreeMap<>();
        Optional<Node.Mapping> organisation = Optional.empty();
        String organisationFile = ORGANISATION_FILE;
        try {
            FileScanner.Scan scan = FileScanner.scan(
                    root, file -> excludes.stream().anyMatch(glob -> Globs.matches(glob, file)), limits);
            for (FileScanner.SourceFile file : scan.files()) {
                if (POLICY_FILES.contains(file.file())) {
                    continue;
                }
                Optional<Node.Mapping> loaded = load(loader, root, file.file(), limits);
                if (loaded.isEmpty()) {
                    unreadable.add(file.file());
                    continue;
                }
                switch (kind(loaded.get())) {
                    case "account" -> accounts.put(file.file(), loaded.get());
                    case "organisation" -> {
                        if (organisation.isEmpty()) {
                            organisation = loaded;
                            organisationFile = file.file();
                        }
                    }
                    default -> {}
                }
            }
        } catch (IOException e) {
            // an unreadable root leaves the snapshot empty; the validator has said why
        }
        return new Snapshot(
                root, limits.maxFileBytes(), accounts, organisation, policy, organisationFile, policyFile, unreadable);
    }

    private static Optional<Node.Mapping> load(YamlLoader loader, Path root, String file, Limits limits) {
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try {
            LoadResult result = loader.load(file, FileScanner.readBounded(path, limits.maxFileBytes()));
            return result.root().filter(r -> result.problems().stream().noneMatch(Snapshot::syntax));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String kind(Node.Mapping mapping) {
        return mapping.get("kind").flatMap(Node::text).orElse("");
    }

    private static boolean syntax(io.github.somepolicy.model.Violation violation) {
        return violation.ruleId().equals(YamlLoader.RULE_SYNTAX);
    }

    /** The YAML files present that cannot be read (they do not parse), relative to the root. */
    Set<String> unreadable() {
        return unreadable;
    }

    /** The organisation file's path, relative to the root. */
    String organisationFile() {
        return organisationFile;
    }

    /** The policy file's name. */
    String policyFile() {
        return policyFile;
    }

    /** The accounts by file, relative to the root. */
    Map<String, Node.Mapping> accounts() {
        return accounts;
    }

    /** The organisation file's content. */
    Optional<Node.Mapping> organisation() {
        return organisation;
    }

    /** The user's policy file's content. */
    Optional<Node.Mapping> policy() {
        return policy;
    }

    /** The text of a file inside the configuration, such as a notice, when it can be read. */
    Optional<String> text(String file) {
        if (root == null || file.isEmpty()) {
            return Optional.empty();
        }
        // The same resolver as the check's notice rules: no absolute path, no way out, no link on the way.
        ReferenceResolver.Resolution resolution = new ReferenceResolver(root).resolve(file);
        if (resolution.status() != ReferenceResolver.Status.OK) {
            return Optional.empty();
        }
        return ReferenceResolver.readText(resolution.path().orElseThrow(), maxFileBytes);
    }
}
