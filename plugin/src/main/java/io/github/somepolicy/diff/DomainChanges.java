package io.github.somepolicy.diff;

import io.github.somepolicy.model.Account;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.JsonPointers;
import io.github.somepolicy.model.Node;
import io.github.somepolicy.model.Organisation;
import io.github.somepolicy.model.Scalars;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Compares two revisions of a configuration in the domain's terms: accounts, people, notices, records, waivers. */
final class DomainChanges {

    /** Values longer than this are shown cut, with an ellipsis. */
    static final int MAX_VALUE = 80;

    static final String ABSENT = "—";

    /** The organisation and the policy, as the subject of a field's change. */
    static final String TERM_ORGANISATION = "term.diff.organisation";

    static final String TERM_POLICY = "term.diff.policy";

    private static final List<Account.Field> NOTICE_FIELDS =
            List.of(Account.Field.NOTICE_FILE, Account.Field.NOTICE_TEXT, Account.Field.NOTICE_LOCATION);

    /** Account fields the richer sentences above already tell about. */
    private static final Set<String> ACCOUNT_TOLD = Set.of(
            Account.Field.STATUS.pointer(),
            Account.Field.NOTICE_FILE.pointer(),
            Account.Field.NOTICE_TEXT.pointer(),
            Account.Field.NOTICE_LOCATION.pointer(),
            Account.Field.RETENTION_DECISION.pointer());

    /** Parts of the organisation and the policy the richer sentences tell about. */
    private static final Set<String> ORGANISATION_TOLD =
            Set.of(Organisation.Field.RETENTION_DECISIONS.pointer(), Organisation.Field.ARCHIVE.pointer());

    private static final Set<String> POLICY_TOLD = Set.of("/extends", "/waivers", Reviewers.POINTER);

    private static final String MODERATORS = Account.Field.MODERATORS.pointer();

    private final Snapshot base;
    private final Snapshot head;
    private final Function<String, Role> roleOfRule;
    private final List<DomainChange> changes = new ArrayList<>();

    private DomainChanges(Snapshot base, Snapshot head, Function<String, Role> roleOfRule) {
        this.base = base;
        this.head = head;
        this.roleOfRule = roleOfRule;
    }

    /**
     * The domain changes between two revisions.
     *
     * @param base the base revision
     * @param head the head revision
     * @param moved account files that moved, from the base's path to the head's
     * @param roleOfRule the review role of a rule id
     */
    static List<DomainChange> between(
            Snapshot base, Snapshot head, Map<String, String> moved, Function<String, Role> roleOfRule) {
        DomainChanges diff = new DomainChanges(base, head, roleOfRule);
        diff.accounts(moved);
        diff.unreadable();
        diff.organisation();
        diff.policy();
        diff.changes.sort(null);
        return List.copyOf(diff.changes);
    }

    /** A label for an account that people recognise: its name, platform and handle. */
    static String label(Node.Mapping account) {
        Account view = new Account(account);
        String name = text(view, Account.Field.NAME).orElse("");
        String platform = text(view, Account.Field.PLATFORM).orElse("");
        String handle = text(view, Account.Field.HANDLE)
                .map(h -> h.startsWith("@") ? h : "@" + h)
                .orElse("");
        String where = (platform + " " + handle).strip();
        if (name.isEmpty()) {
            return where.isEmpty() ? "?" : where;
        }
        return where.isEmpty() ? name : name + " (" + where + ")";
    }

    /** What makes an account the same account at another path: its platform and handle, else its address. */
    static Optional<String> identity(Node.Mapping account) {
        Account view = new Account(account);
        Optional<String> platform = text(view, Account.Field.PLATFORM).map(Scalars::fold);
        Optional<String> handle = text(view, Account.Field.HANDLE)
                .map(Scalars::fold)
                .map(h -> h.startsWith("@") ? h.substring(1) : h)
                .filter(h -> !h.isEmpty());
        if (platform.isPresent() && handle.isPresent()) {
            return Optional.of(platform.get() + "/" + handle.get());
        }
        return text(view, Account.Field.URL)
                .map(Scalars::fold)
                .map(u -> u.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/+$", ""))
                .filter(u -> !u.isEmpty())
                .map(u -> "url:" + u);
    }

    private void accounts(Map<String, String> moved) {
        Set<String> matched = new HashSet<>();
        for (Map.Entry<String, Node.Mapping> entry : base.accounts().entrySet()) {
            String oldPath = entry.getKey();
            String newPath = moved.getOrDefault(oldPath, oldPath);
            Node.Mapping after = head.accounts().get(newPath);
            if (after == null) {
                Node.Mapping before = entry.getValue();
                if (head.unreadable().contains(newPath)) {
                    changes.add(DomainChange.of(ChangeKind.FILE_UNREADABLE, newPath, label(before)));
                } else {
                    changes.add(DomainChange.of(ChangeKind.ACCOUNT_REMOVED, oldPath, label(before)));
                }
                continue;
            }
            matched.add(newPath);
            if (!newPath.equals(oldPath)) {
                changes.add(DomainChange.of(ChangeKind.ACCOUNT_MOVED, newPath, label(after), oldPath, newPath));
            }
            account(entry.getValue(), after, newPath);
        }
        for (Map.Entry<String, Node.Mapping> entry : head.accounts().entrySet()) {
            if (matched.contains(entry.getKey())) {
                continue;
            }
            Node.Mapping account = entry.getValue();
            changes.add(DomainChange.of(ChangeKind.ACCOUNT_ADDED, entry.getKey(), label(account)));
            if (!status(account).equals("closed") && !Moderators.of(account).hasStandIn()) {
                changes.add(DomainChange.of(ChangeKind.NO_STAND_IN, entry.getKey(), label(account)));
            }
        }
    }

    private void account(Node.Mapping before, Node.Mapping after, String file) {
        String label = label(after);
        String oldStatus = status(before);
        String newStatus = status(after);
        if (!oldStatus.equals(newStatus)) {
            if (newStatus.equals("closed")) {
                changes.add(DomainChange.of(ChangeKind.ACCOUNT_CLOSED, file, label));
            } else {
                changes.add(
                        DomainChange.of(ChangeKind.ACCOUNT_STATUS, file, label, shown(oldStatus), shown(newStatus)));
            }
        }
        moderators(before, after, file, label);
        if (noticeChanged(before, after)) {
            changes.add(DomainChange.of(ChangeKind.NOTICE_CHANGED, file, label));
        }
        Optional<String> oldDecision = text(new Account(before), Account.Field.RETENTION_DECISION);
        Optional<String> newDecision = text(new Account(after), Account.Field.RETENTION_DECISION);
        if (!oldDecision.equals(newDecision)) {
            changes.add(
                    DomainChange.of(ChangeKind.RETENTION_CHANGED, file, label, shown(oldDecision), shown(newDecision)));
        }
        for (FieldDiff.Difference difference : FieldDiff.between(Optional.of(before), Optional.of(after))) {
            String pointer = difference.pointer();
            if (ACCOUNT_TOLD.contains(pointer) || toldAboutModerators(difference)) {
                continue;
            }
            ChangeKind kind = accountKind(pointer);
            if (kind == ChangeKind.FIELD_CHANGED && !Fields.packaged().known(FileKind.ACCOUNT, pointer)) {
                // a field this version's schema does not know (a later format): shown by its own name
                kind = ChangeKind.ACCOUNT_FIELD_CHANGED;
            }
            field(kind, FileKind.ACCOUNT, file, label, difference);
        }
    }

    /** The people in the moderators' list come, go and change role in sentences of their own. */
    private static boolean toldAboutModerators(FieldDiff.Difference difference) {
        String pointer = difference.pointer();
        if (pointer.equals(MODERATORS)) {
            return true;
        }
        if (!pointer.startsWith(MODERATORS + "/")) {
            return false;
        }
        String rest = pointer.substring(MODERATORS.length() + 1);
        return difference.type() != FieldDiff.Type.VALUE
                || !rest.startsWith("[")
                || rest.endsWith("/role") && rest.indexOf('/') == rest.length() - "/role".length();
    }

    private static ChangeKind accountKind(String pointer) {
        if (within(pointer, "/records/archive")) {
            return ChangeKind.ARCHIVE_CHANGED;
        }
        if (within(pointer, "/records")) {
            return ChangeKind.RECORDS_CHANGED;
        }
        if (within(pointer, "/approval")) {
            return ChangeKind.APPROVAL_CHANGED;
        }
        if (within(pointer, "/consent")) {
            return ChangeKind.CONSENT_CHANGED;
        }
        return ChangeKind.FIELD_CHANGED;
    }

    private static boolean within(String pointer, String prefix) {
        return pointer.equals(prefix) || pointer.startsWith(prefix + "/");
    }

    /** A change to one field, in the field's title, with the roles the field needs. */
    private void field(ChangeKind kind, FileKind fileKind, String file, String label, FieldDiff.Difference difference) {
        String pointer = difference.pointer();
        DomainChange change = DomainChange.of(
                kind,
                file,
                label,
                Fields.token(fileKind, pointer),
                shown(FieldDiff.value(difference.before())),
                shown(FieldDiff.value(difference.after())));
        changes.add(change.with(Fields.packaged().roles(fileKind, pointer)));
    }

    private void moderators(Node.Mapping before, Node.Mapping after, String file, String label) {
        Moderators old = Moderators.of(before);
        Moderators now = Moderators.of(after);
        for (Map.Entry<String, Moderators.Person> entry : now.people().entrySet()) {
            Moderators.Person person = entry.getValue();
            Moderators.Person previous = old.people().get(entry.getKey());
            if (previous == null) {
                changes.add(DomainChange.of(
                        person.standIn() ? ChangeKind.STAND_IN_ADDED : ChangeKind.MODERATOR_ADDED,
                        file,
                        label,
                        person.name()));
            } else if (previous.standIn() != person.standIn()) {
                changes.add(DomainChange.of(
                        ChangeKind.MODERATOR_ROLE, file, label, person.name(), person.roleTerm(), previous.roleTerm()));
            }
        }
        for (Map.Entry<String, Moderators.Person> entry : old.people().entrySet()) {
            if (!now.people().containsKey(entry.getKey())) {
                Moderators.Person person = entry.getValue();
                changes.add(DomainChange.of(
                        person.standIn() ? ChangeKind.STAND_IN_REMOVED : ChangeKind.MODERATOR_REMOVED,
                        file,
                        label,
                        person.name()));
            }
        }
        if (old.hasStandIn() && !now.hasStandIn() && !status(after).equals("closed")) {
            changes.add(DomainChange.of(ChangeKind.NO_STAND_IN, file, label));
        }
    }

    private boolean noticeChanged(Node.Mapping before, Node.Mapping after) {
        Account old = new Account(before);
        Account now = new Account(after);
        for (Account.Field field : NOTICE_FIELDS) {
            if (!text(old, field).equals(text(now, field))) {
                return true;
            }
        }
        Optional<String> oldFile = text(old, Account.Field.NOTICE_FILE);
        Optional<String> newFile = text(now, Account.Field.NOTICE_FILE);
        return oldFile.isPresent()
                && newFile.isPresent()
                && !base.text(oldFile.get()).equals(head.text(newFile.get()));
    }

    /** The organisation and the policy when they could be read at the base and not in the head. */
    private void unreadable() {
        if (base.organisation().isPresent() && head.unreadable().contains(base.organisationFile())) {
            changes.add(DomainChange.of(ChangeKind.FILE_UNREADABLE, base.organisationFile(), TERM_ORGANISATION));
        }
        if (base.policy().isPresent() && head.unreadable().contains(base.policyFile())) {
            changes.add(DomainChange.of(ChangeKind.FILE_UNREADABLE, base.policyFile(), TERM_POLICY));
        }
    }

    private static List<String> keys(Node node) {
        return node instanceof Node.Mapping mapping ? mapping.keys() : List.of();
    }

    private void organisation() {
        Optional<Node.Mapping> before = base.organisation();
        Optional<Node.Mapping> after = head.organisation();
        if (before.isEmpty() || after.isEmpty()) {
            return;
        }
        String file = head.organisationFile();
        for (FieldDiff.Difference difference :
                FieldDiff.between(before.map(Node.class::cast), after.map(Node.class::cast))) {
            if (ORGANISATION_TOLD.stream().noneMatch(told -> within(difference.pointer(), told))) {
                field(ChangeKind.FIELD_CHANGED, FileKind.ORGANISATION, file, TERM_ORGANISATION, difference);
            }
        }
        Map<String, Node> oldDecisions = entries(before.get().get("retentionDecisions"));
        Map<String, Node> newDecisions = entries(after.get().get("retentionDecisions"));
        for (Map.Entry<String, Node> entry : newDecisions.entrySet()) {
            Node previous = oldDecisions.get(entry.getKey());
            String title = entry.getValue().at("/title").flatMap(Node::text).orElse("");
            if (previous == null) {
                changes.add(DomainChange.of(ChangeKind.RETENTION_DECISION_ADDED, file, entry.getKey(), shown(title)));
            } else if (!canonical(previous).equals(canonical(entry.getValue()))) {
                changes.add(DomainChange.of(ChangeKind.RETENTION_DECISION_CHANGED, file, entry.getKey(), shown(title)));
            }
        }
        for (Map.Entry<String, Node> entry : oldDecisions.entrySet()) {
            if (!newDecisions.containsKey(entry.getKey())) {
                String title = entry.getValue().at("/title").flatMap(Node::text).orElse("");
                changes.add(DomainChange.of(ChangeKind.RETENTION_DECISION_REMOVED, file, entry.getKey(), shown(title)));
            }
        }
        Map<String, Node> oldArchive = entries(before.get().get("archive"));
        Map<String, Node> newArchive = entries(after.get().get("archive"));
        Set<String> keys = new java.util.TreeSet<>(oldArchive.keySet());
        keys.addAll(newArchive.keySet());
        for (String key : keys) {
            String old = Optional.ofNullable(oldArchive.get(key))
                    .map(DomainChanges::canonical)
                    .orElse(ABSENT);
            String now = Optional.ofNullable(newArchive.get(key))
                    .map(DomainChanges::canonical)
                    .orElse(ABSENT);
            if (!old.equals(now)) {
                changes.add(DomainChange.of(
                        ChangeKind.ORGANISATION_ARCHIVE_CHANGED,
                        file,
                        Fields.token(FileKind.ORGANISATION, JsonPointers.append("/archive", key)),
                        shown(old),
                        shown(now)));
            }
        }
    }

    private void policy() {
        Optional<Node.Mapping> before = base.policy();
        Optional<Node.Mapping> after = head.policy();
        if (after.isEmpty()) {
            return;
        }
        String file = head.policyFile();
        Optional<String> oldProfile = before.flatMap(p -> p.get("extends")).flatMap(Node::text);
        Optional<String> newProfile = after.get().get("extends").flatMap(Node::text);
        if (before.isPresent() && !oldProfile.equals(newProfile)) {
            changes.add(DomainChange.of(
                    ChangeKind.PROFILE_CHANGED,
                    file,
                    shown(oldProfile.orElse("baseline")),
                    shown(newProfile.orElse("baseline"))));
        }
        if (before.isPresent()) {
            for (FieldDiff.Difference difference :
                    FieldDiff.between(before.map(Node.class::cast), after.map(Node.class::cast))) {
                if (POLICY_TOLD.stream().noneMatch(told -> within(difference.pointer(), told))) {
                    field(ChangeKind.POLICY_CHANGED, FileKind.POLICY, file, TERM_POLICY, difference);
                }
            }
            String oldReviewers = before.get()
                    .get(Reviewers.KEY)
                    .map(DomainChanges::canonical)
                    .orElse("");
            String newReviewers =
                    after.get().get(Reviewers.KEY).map(DomainChanges::canonical).orElse("");
            if (!oldReviewers.equals(newReviewers)) {
                changes.add(DomainChange.of(ChangeKind.REVIEWERS_CHANGED, file));
            }
        }
        Map<String, Node> oldWaivers = waivers(before);
        Map<String, Node> newWaivers = waivers(after);
        for (Map.Entry<String, Node> entry : newWaivers.entrySet()) {
            Node waiver = entry.getValue();
            String rule = waiver.at("/rule").flatMap(Node::text).orElse("");
            String target = waiver.at("/target").flatMap(Node::text).orElse("");
            String expires = waiver.at("/expires").flatMap(Node::text).orElse("");
            Node previous = oldWaivers.get(entry.getKey());
            DomainChange change;
            String reason = shown(
                    waiver.at("/reason").flatMap(Node::text).map(r -> r.strip().replaceFirst("[.!]+$", "")));
            String approver = shown(waiver.at("/approvedBy").flatMap(Node::text));
            String decision = shown(waiver.at("/decisionReference").flatMap(Node::text));
            String oldExpires = previous == null
                    ? ""
                    : previous.at("/expires").flatMap(Node::text).orElse("");
            if (previous != null
                    && !oldExpires.equals(expires)
                    && (oldExpires.isEmpty() || expires.compareTo(oldExpires) > 0)) {
                change = DomainChange.of(
                        ChangeKind.WAIVER_EXTENDED,
                        file,
                        ruleTitle(rule),
                        shown(target),
                        shown(oldExpires),
                        shown(expires),
                        reason,
                        approver,
                        decision);
            } else if (previous == null || !canonical(previous).equals(canonical(waiver))) {
                change = DomainChange.of(
                        previous == null ? ChangeKind.WAIVER_ADDED : ChangeKind.WAIVER_CHANGED,
                        file,
                        ruleTitle(rule),
                        shown(target),
                        shown(expires),
                        reason,
                        approver,
                        decision);
            } else {
                continue;
            }
            changes.add(change.with(roleOfRule.apply(rule)));
        }
        for (Map.Entry<String, Node> entry : oldWaivers.entrySet()) {
            if (!newWaivers.containsKey(entry.getKey())) {
                Node waiver = entry.getValue();
                String rule = waiver.at("/rule").flatMap(Node::text).orElse("");
                String target = waiver.at("/target").flatMap(Node::text).orElse("");
                changes.add(DomainChange.of(ChangeKind.WAIVER_REMOVED, file, ruleTitle(rule), shown(target))
                        .with(roleOfRule.apply(rule)));
            }
        }
    }

    /** A rule as the reader knows it: its title in their language, translated when the report is written. */
    static String ruleTitle(String rule) {
        return rule.isEmpty() ? ABSENT : "rule." + rule + ".title";
    }

    /** The waivers by what they waive: rule, target and path. */
    private static Map<String, Node> waivers(Optional<Node.Mapping> policy) {
        Map<String, Node> waivers = new LinkedHashMap<>();
        policy.flatMap(p -> p.get("waivers")).ifPresent(node -> {
            if (node instanceof Node.Sequence list) {
                for (Node item : list.items()) {
                    String key = String.join(
                            "\u0000",
                            item.at("/rule").flatMap(Node::text).orElse(""),
                            item.at("/target").flatMap(Node::text).orElse(""),
                            item.at("/path").flatMap(Node::text).orElse(""));
                    waivers.putIfAbsent(key, item);
                }
            }
        });
        return waivers;
    }

    private static Map<String, Node> entries(Optional<Node> node) {
        Map<String, Node> entries = new LinkedHashMap<>();
        if (node.isPresent() && node.get() instanceof Node.Mapping mapping) {
            mapping.entries().forEach(e -> entries.putIfAbsent(e.key(), e.value()));
        }
        return entries;
    }

    /** A node's content without its locations, for comparing. */
    static String canonical(Node node) {
        StringBuilder out = new StringBuilder();
        canonical(node, out);
        return out.toString();
    }

    private static void canonical(Node node, StringBuilder out) {
        if (node instanceof Node.Scalar scalar) {
            out.append(scalar.isNull() ? "~" : scalar.value());
        } else if (node instanceof Node.Sequence sequence) {
            out.append('[');
            for (Node item : sequence.items()) {
                canonical(item, out);
                out.append(',');
            }
            out.append(']');
        } else if (node instanceof Node.Mapping mapping) {
            out.append('{');
            for (Node.Entry entry : mapping.entries()) {
                out.append(entry.key()).append(':');
                canonical(entry.value(), out);
                out.append(',');
            }
            out.append('}');
        }
    }

    private static String status(Node.Mapping account) {
        return shownText(new Account(account).statedStatus()).orElse(Account.DEFAULT_STATUS);
    }

    static Optional<String> text(Node node, String pointer) {
        return shownText(node.at(pointer).flatMap(Node::text));
    }

    private static Optional<String> text(Account account, Account.Field field) {
        return shownText(account.text(field));
    }

    /** A text as the change report compares it: without surrounding space, empty when blank. */
    static Optional<String> shownText(Optional<String> text) {
        return text.map(String::strip).filter(t -> !t.isEmpty());
    }

    private static String dotted(String pointer) {
        return pointer.substring(1).replace('/', '.');
    }

    private static String shown(Optional<String> value) {
        return value.map(DomainChanges::shown).orElse(ABSENT);
    }

    /** A value as a change report shows it: on one line, and cut when long. */
    static String shown(String value) {
        String line =
                Objects.requireNonNullElse(value, "").replaceAll("\\s+", " ").strip();
        if (line.isEmpty()) {
            return ABSENT;
        }
        return line.codePointCount(0, line.length()) > MAX_VALUE
                ? line.substring(0, line.offsetByCodePoints(0, MAX_VALUE - 1)) + "…"
                : line;
    }
}
