package io.github.somepolicy.diff;

import io.github.somepolicy.engine.SomepolicyException;
import io.github.somepolicy.engine.ValidationRequest;
import io.github.somepolicy.engine.Validator;
import io.github.somepolicy.model.Location;
import io.github.somepolicy.model.Message;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.output.OutputDirectory;
import io.github.somepolicy.report.Finding;
import io.github.somepolicy.report.Fingerprints;
import io.github.somepolicy.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Builds a change report: finds the base in Git, writes its configuration into a work directory,
 * validates base and head with the same validator and compares them. Writes nothing else; the
 * configuration itself is only read.
 */
public final class ChangeReporter {

    private static final String NOTICE_RULES = "notice-";
    private static final String SECRET_RULE = "secret-value";
    private static final Set<String> LINK_MESSAGES = Set.of("scan.symlink", "scan.symlink-directory");

    private final Validator validator;

    /** A reporter with the built-in validator. */
    public ChangeReporter() {
        this(new Validator());
    }

    ChangeReporter(Validator validator) {
        this.validator = validator;
    }

    /**
     * Compares the working tree's configuration with its base revision.
     *
     * @throws SomepolicyException when the base cannot be found or read, or the work directory is unsafe
     */
    public ChangeReport report(ChangeRequest request) throws SomepolicyException {
        Path root = request.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new SomepolicyException(Message.of("diff.no-directory", root), null);
        }
        OutputDirectory baseCopy = prepareWorkDirectory(request.workDirectory(), root);
        Path work = baseCopy.path();
        try (GitBase git = GitBase.open(root, request.baseRef())) {
            git.materialise(
                    baseCopy, request.limits().maxFiles(), request.limits().maxFileBytes());
            ValidationRequest headRequest =
                    new ValidationRequest(root, request.today(), request.limits(), request.toolVersion());
            Report head = validator.validate(headRequest);
            Optional<Report> baseReport = git.hasConfiguration()
                    ? Optional.of(validator.validate(
                            new ValidationRequest(work, request.today(), request.limits(), request.toolVersion())))
                    : Optional.empty();
            Snapshot baseSnapshot = git.hasConfiguration() ? Snapshot.read(work, request.limits()) : Snapshot.empty();
            Snapshot headSnapshot = Snapshot.read(root, request.limits());

            List<FileChange> files = new ArrayList<>(git.changes());
            Map<String, String> moved = moves(files, baseSnapshot, headSnapshot);
            Function<String, Role> roleOfRule = rule -> role(rule, head, baseReport);

            List<Finding> baseFindings =
                    new ArrayList<>(baseReport.map(Report::findings).orElse(List.of()));
            baseFindings.addAll(linksAtBase(head.findings(), git.links(), moved));
            List<FindingChange> findings =
                    match(baseFindings, head.findings(), moved, roleOfRule, headSnapshot.unreadable());
            List<DomainChange> changes =
                    new ArrayList<>(DomainChanges.between(baseSnapshot, headSnapshot, moved, roleOfRule));
            changes.addAll(noticeTopics(findings, headSnapshot, baseSnapshot, moved));
            changes.addAll(secretsRemoved(findings, baseSnapshot, headSnapshot, moved));
            changes.sort(null);

            Map<Role, List<String>> reviewers = Reviewers.of(
                    baseSnapshot.policy(),
                    baseSnapshot.organisation(),
                    git.hasConfiguration() ? Optional.empty() : headSnapshot.policy());
            ChangeReport.Base base =
                    new ChangeReport.Base(git.ref(), git.commitId(), git.prefix(), git.hasConfiguration());
            return new ChangeReport(
                    base,
                    head,
                    baseReport,
                    files,
                    changes,
                    findings,
                    reviews(changes, findings, reviewers),
                    codeOwners(git.prefix(), files, changes, findings, reviewers),
                    request.ratchet(),
                    RepositoryState.of(root).flatMap(state -> LineLinks.of(state, request.environment())));
        }
    }

    /**
     * Confines the work directory (outside the configuration, or under its {@code target/} or a hidden
     * folder other than {@code .git}; no link on the way) and empties it of what an earlier run copied
     * there. A file the plugin did not write stops the goal instead of being deleted.
     */
    static OutputDirectory prepareWorkDirectory(Path workDirectory, Path root) throws SomepolicyException {
        OutputDirectory work;
        try {
            work = OutputDirectory.confine(
                    workDirectory,
                    root,
                    name -> name.equals("target") || (name.startsWith(".") && !name.equals(".git")));
            List<String> foreign = work.foreignFiles();
            if (!foreign.isEmpty()) {
                throw new SomepolicyException(
                        Message.of(
                                "diff.work-directory-foreign",
                                work.path(),
                                String.join(", ", foreign.subList(0, Math.min(5, foreign.size())))),
                        null);
            }
            work.removeStale();
            List<String> left = work.files();
            if (!left.isEmpty()) {
                throw new SomepolicyException(
                        Message.of(
                                "diff.work-directory-foreign",
                                work.path(),
                                String.join(", ", left.subList(0, Math.min(5, left.size())))),
                        null);
            }
        } catch (OutputDirectory.RefusedException e) {
            throw new SomepolicyException(e.userMessage(), null);
        } catch (IOException e) {
            throw new SomepolicyException(Message.of("diff.work-directory-failed", workDirectory, e.getMessage()), e);
        }
        return work;
    }

    /**
     * Account files that moved: Git's renames, and a removed and an added account file that describe the
     * same account (platform and handle, or address). Turns the latter into renames in the file list.
     */
    static Map<String, String> moves(List<FileChange> files, Snapshot base, Snapshot head) {
        Map<String, String> moved = new TreeMap<>();
        for (FileChange file : files) {
            if (file.status() == FileChange.Status.RENAMED) {
                moved.put(file.oldPath(), file.newPath());
            }
        }
        Map<String, List<String>> removedByIdentity = new HashMap<>();
        Map<String, List<String>> addedByIdentity = new HashMap<>();
        for (Map.Entry<String, Node.Mapping> entry : base.accounts().entrySet()) {
            if (!moved.containsKey(entry.getKey())
                    && !head.accounts().containsKey(entry.getKey())
                    && !head.unreadable().contains(entry.getKey())) {
                DomainChanges.identity(entry.getValue()).ifPresent(id -> removedByIdentity
                        .computeIfAbsent(id, k -> new ArrayList<>())
                        .add(entry.getKey()));
            }
        }
        Set<String> movedTo = new HashSet<>(moved.values());
        for (Map.Entry<String, Node.Mapping> entry : head.accounts().entrySet()) {
            if (!movedTo.contains(entry.getKey()) && !base.accounts().containsKey(entry.getKey())) {
                DomainChanges.identity(entry.getValue()).ifPresent(id -> addedByIdentity
                        .computeIfAbsent(id, k -> new ArrayList<>())
                        .add(entry.getKey()));
            }
        }
        for (Map.Entry<String, List<String>> removed : removedByIdentity.entrySet()) {
            List<String> added = addedByIdentity.getOrDefault(removed.getKey(), List.of());
            if (removed.getValue().size() != 1 || added.size() != 1) {
                continue;
            }
            String from = removed.getValue().get(0);
            String to = added.get(0);
            moved.put(from, to);
            files.removeIf(f -> (f.status() == FileChange.Status.REMOVED
                            && f.oldPath().equals(from))
                    || (f.status() == FileChange.Status.ADDED && f.newPath().equals(to)));
            files.add(new FileChange(FileChange.Status.RENAMED, from, to));
        }
        files.sort(null);
        return moved;
    }

    /**
     * Matches the base's findings with the head's by fingerprint, after moving the base's to the head's
     * paths. Equal fingerprints are paired one for one, so a second identical finding still counts.
     */
    static List<FindingChange> match(
            List<Finding> base, List<Finding> head, Map<String, String> moved, Function<String, Role> roleOfRule) {
        return match(base, head, moved, roleOfRule, Set.of());
    }

    /**
     * As above; the base's findings in a file the head cannot read are "not checked": the file's content
     * could not be looked at, so they are neither fixed nor still there.
     */
    static List<FindingChange> match(
            List<Finding> base,
            List<Finding> head,
            Map<String, String> moved,
            Function<String, Role> roleOfRule,
            Set<String> unreadable) {
        Map<String, Deque<Finding>> remaining = new LinkedHashMap<>();
        for (Finding finding : base) {
            Finding atHead = moved(finding, moved);
            remaining
                    .computeIfAbsent(Fingerprints.of(atHead), k -> new ArrayDeque<>())
                    .add(atHead);
        }
        List<FindingChange> changes = new ArrayList<>();
        for (Finding finding : head) {
            String fingerprint = Fingerprints.of(finding);
            Deque<Finding> same = remaining.get(fingerprint);
            FindingChange.Status status = same != null && same.poll() != null
                    ? FindingChange.Status.UNCHANGED
                    : FindingChange.Status.INTRODUCED;
            changes.add(new FindingChange(status, finding, fingerprint, roleOfRule.apply(finding.ruleId())));
        }
        remaining.forEach((fingerprint, left) -> left.forEach(finding -> changes.add(new FindingChange(
                unreadable.contains(finding.location().file())
                        ? FindingChange.Status.NOT_CHECKED
                        : FindingChange.Status.FIXED,
                finding,
                fingerprint,
                roleOfRule.apply(finding.ruleId())))));
        changes.sort(null);
        return changes;
    }

    /**
     * The base's findings about links. The base is written out with regular files only, so a link that was
     * already committed at the base would read as new in every change; a link the head reports at a path
     * that was a link at the base is counted as there before.
     */
    static List<Finding> linksAtBase(List<Finding> head, Set<String> baseLinks, Map<String, String> moved) {
        Set<String> linksAtHead = new HashSet<>();
        baseLinks.forEach(link -> linksAtHead.add(moved.getOrDefault(link, link)));
        List<Finding> links = new ArrayList<>();
        for (Finding finding : head) {
            if (LINK_MESSAGES.contains(finding.message().key())
                    && linksAtHead.contains(finding.location().file())) {
                links.add(finding);
            }
        }
        return links;
    }

    /**
     * A secret the change removes gets a line of its own: it stays in the Git history, so the reviewer must
     * see that it is changed, not only that a finding went away.
     */
    private static List<DomainChange> secretsRemoved(
            List<FindingChange> findings, Snapshot base, Snapshot head, Map<String, String> moved) {
        Map<String, String> movedBack = new HashMap<>();
        moved.forEach((from, to) -> movedBack.put(to, from));
        List<DomainChange> secrets = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FindingChange change : findings) {
            Finding finding = change.finding();
            if (change.status() != FindingChange.Status.FIXED
                    || !finding.ruleId().equals(SECRET_RULE)) {
                continue;
            }
            String file = finding.location().file();
            String baseFile = movedBack.getOrDefault(file, file);
            String pointer = finding.location().pointer();
            String subject;
            String field;
            Node.Mapping account = base.accounts().get(baseFile);
            if (account != null) {
                subject = DomainChanges.label(account);
                field = Fields.token(io.github.somepolicy.model.FileKind.ACCOUNT, pointer);
            } else if (baseFile.equals(base.organisationFile())) {
                subject = DomainChanges.TERM_ORGANISATION;
                field = Fields.token(io.github.somepolicy.model.FileKind.ORGANISATION, pointer);
            } else if (baseFile.equals(base.policyFile())) {
                subject = DomainChanges.TERM_POLICY;
                field = Fields.token(io.github.somepolicy.model.FileKind.POLICY, pointer);
            } else {
                subject = file;
                field = pointer.isEmpty() ? DomainChanges.ABSENT : pointer;
            }
            if (seen.add(file + "\u0000" + pointer)) {
                secrets.add(DomainChange.of(ChangeKind.SECRET_REMOVED, file, subject, field));
            }
        }
        return secrets;
    }

    private static Finding moved(Finding finding, Map<String, String> moved) {
        String to = moved.get(finding.location().file());
        if (to == null) {
            return finding;
        }
        Location at = finding.location();
        return new Finding(
                finding.ruleId(),
                finding.severity(),
                new Location(to, at.start(), at.end(), at.pointer()),
                finding.related(),
                finding.message(),
                finding.waiver());
    }

    private static Role role(String ruleId, Report head, Optional<Report> base) {
        return head.rule(ruleId)
                .or(() -> base.flatMap(b -> b.rule(ruleId)))
                .map(r -> Role.ofArea(r.metadata().area()))
                .orElse(Role.COMMUNICATIONS);
    }

    /**
     * The notice topics an account gained or lost: the notice rules' findings the change fixed or
     * introduced there. A topic is the rule, or the item of the rule the finding names.
     */
    private static List<DomainChange> noticeTopics(
            List<FindingChange> findings, Snapshot head, Snapshot base, Map<String, String> moved) {
        Map<String, String> movedBack = new HashMap<>();
        moved.forEach((from, to) -> movedBack.put(to, from));
        Set<String> seen = new HashSet<>();
        List<DomainChange> topics = new ArrayList<>();
        for (FindingChange change : findings) {
            Finding finding = change.finding();
            if (!change.status().routes() || !finding.ruleId().startsWith(NOTICE_RULES)) {
                continue;
            }
            String file = finding.location().file();
            Node.Mapping account = head.accounts().get(file);
            if (account == null) {
                account = base.accounts().get(movedBack.getOrDefault(file, file));
            }
            if (account == null) {
                continue;
            }
            String topic = finding.message().args().stream()
                    .filter(a -> a.startsWith(io.github.somepolicy.i18n.Messages.TERM_PREFIX))
                    .findFirst()
                    .orElse("rule." + finding.ruleId() + ".title");
            ChangeKind kind = change.status() == FindingChange.Status.INTRODUCED
                    ? ChangeKind.NOTICE_TOPIC_LOST
                    : ChangeKind.NOTICE_TOPIC_GAINED;
            if (seen.add(kind + "\u0000" + file + "\u0000" + topic)) {
                DomainChange topicChange = DomainChange.of(kind, file, DomainChanges.label(account), topic);
                topics.add(change.role() == Role.COMMUNICATIONS ? topicChange : topicChange.with(change.role()));
            }
        }
        return topics;
    }

    private static List<Review> reviews(
            List<DomainChange> changes, List<FindingChange> findings, Map<Role, List<String>> reviewers) {
        Map<Role, Set<String>> kinds = new EnumMap<>(Role.class);
        Map<Role, Set<String>> rules = new EnumMap<>(Role.class);
        Map<Role, Set<String>> files = new EnumMap<>(Role.class);
        for (DomainChange change : changes) {
            for (Role role : change.roles()) {
                kinds.computeIfAbsent(role, r -> new LinkedHashSet<>())
                        .add(change.kind().id());
                files.computeIfAbsent(role, r -> new TreeSet<>()).add(change.file());
            }
        }
        for (FindingChange finding : findings) {
            if (!finding.status().routes()) {
                continue;
            }
            rules.computeIfAbsent(finding.role(), r -> new TreeSet<>())
                    .add(finding.finding().ruleId());
            files.computeIfAbsent(finding.role(), r -> new TreeSet<>())
                    .add(finding.finding().location().file());
        }
        List<Review> reviews = new ArrayList<>();
        for (Role role : Role.values()) {
            if (!kinds.containsKey(role) && !rules.containsKey(role)) {
                continue;
            }
            reviews.add(new Review(
                    role,
                    reviewers.getOrDefault(role, List.of()),
                    List.copyOf(kinds.getOrDefault(role, Set.of())),
                    List.copyOf(rules.getOrDefault(role, Set.of())),
                    List.copyOf(files.getOrDefault(role, Set.of()))));
        }
        return reviews;
    }

    /**
     * The owners of each changed file: the reviewers of the roles its changes and findings need, or the
     * communications office's for a file that needs no particular role. Paths are from the repository's top.
     */
    private static Map<String, List<String>> codeOwners(
            String prefix,
            List<FileChange> files,
            List<DomainChange> changes,
            List<FindingChange> findings,
            Map<Role, List<String>> reviewers) {
        Map<String, Set<Role>> roles = new TreeMap<>();
        for (FileChange file : files) {
            roles.computeIfAbsent(file.path(), f -> EnumSet.noneOf(Role.class));
        }
        for (DomainChange change : changes) {
            Optional.ofNullable(roles.get(change.file())).ifPresent(r -> r.addAll(change.roles()));
        }
        for (FindingChange finding : findings) {
            if (finding.status().routes()) {
                Optional.ofNullable(roles.get(finding.finding().location().file()))
                        .ifPresent(r -> r.add(finding.role()));
            }
        }
        Map<String, List<String>> owners = new TreeMap<>();
        roles.forEach((file, needed) -> {
            if (needed.isEmpty()) {
                needed.add(Role.COMMUNICATIONS);
            }
            Set<String> handles = new LinkedHashSet<>();
            needed.forEach(role -> handles.addAll(reviewers.getOrDefault(role, List.of())));
            owners.put(prefix.isEmpty() ? file : prefix + "/" + file, List.copyOf(handles));
        });
        return owners;
    }
}
