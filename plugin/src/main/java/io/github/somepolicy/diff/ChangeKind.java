package io.github.somepolicy.diff;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a change means in the domain, and whose review it needs by its nature. */
public enum ChangeKind {
    ACCOUNT_ADDED("diff.change.account-added", "diff.kind.account-added", Role.COMMUNICATIONS),
    ACCOUNT_REMOVED("diff.change.account-removed", "diff.kind.account-removed", Role.COMMUNICATIONS, Role.ARCHIVIST),
    ACCOUNT_MOVED("diff.change.account-moved", "diff.kind.account-moved", Role.COMMUNICATIONS),
    ACCOUNT_CLOSED("diff.change.account-closed", "diff.kind.account-closed", Role.COMMUNICATIONS, Role.ARCHIVIST),
    ACCOUNT_STATUS("diff.change.account-status", "diff.kind.account-status", Role.COMMUNICATIONS),
    MODERATOR_ADDED("diff.change.moderator-added", "diff.kind.moderator-added", Role.COMMUNICATIONS),
    MODERATOR_REMOVED("diff.change.moderator-removed", "diff.kind.moderator-removed", Role.COMMUNICATIONS),
    STAND_IN_ADDED("diff.change.stand-in-added", "diff.kind.stand-in-added", Role.COMMUNICATIONS),
    STAND_IN_REMOVED("diff.change.stand-in-removed", "diff.kind.stand-in-removed", Role.COMMUNICATIONS),
    MODERATOR_ROLE("diff.change.moderator-role", "diff.kind.moderator-role", Role.COMMUNICATIONS),
    NO_STAND_IN("diff.change.no-stand-in", "diff.kind.no-stand-in", Role.COMMUNICATIONS),
    NOTICE_CHANGED("diff.change.notice-changed", "diff.kind.notice-changed", Role.COMMUNICATIONS),
    NOTICE_TOPIC_LOST("diff.change.notice-topic-lost", "diff.kind.notice-topic-lost", Role.COMMUNICATIONS),
    NOTICE_TOPIC_GAINED("diff.change.notice-topic-gained", "diff.kind.notice-topic-gained", Role.COMMUNICATIONS),
    RETENTION_CHANGED("diff.change.retention-changed", "diff.kind.retention-changed", Role.ARCHIVIST),
    RECORDS_CHANGED("diff.change.records-changed", "diff.kind.records-changed", Role.ARCHIVIST),
    ARCHIVE_CHANGED("diff.change.archive-changed", "diff.kind.archive-changed", Role.ARCHIVIST),
    APPROVAL_CHANGED("diff.change.approval-changed", "diff.kind.approval-changed", Role.COMMUNICATIONS),
    CONSENT_CHANGED("diff.change.consent-changed", "diff.kind.consent-changed", Role.DATA_PROTECTION),
    ACCOUNT_FIELD_CHANGED("diff.change.account-field-changed", "diff.kind.account-field-changed", Role.COMMUNICATIONS),
    RETENTION_DECISION_ADDED(
            "diff.change.retention-decision-added", "diff.kind.retention-decision-added", Role.ARCHIVIST),
    RETENTION_DECISION_REMOVED(
            "diff.change.retention-decision-removed", "diff.kind.retention-decision-removed", Role.ARCHIVIST),
    RETENTION_DECISION_CHANGED(
            "diff.change.retention-decision-changed", "diff.kind.retention-decision-changed", Role.ARCHIVIST),
    ORGANISATION_ARCHIVE_CHANGED(
            "diff.change.organisation-archive-changed", "diff.kind.organisation-archive-changed", Role.ARCHIVIST),
    WAIVER_ADDED("diff.change.waiver-added", "diff.kind.waiver-added", Role.COMMUNICATIONS),
    WAIVER_EXTENDED("diff.change.waiver-extended", "diff.kind.waiver-extended", Role.COMMUNICATIONS),
    WAIVER_CHANGED("diff.change.waiver-changed", "diff.kind.waiver-changed", Role.COMMUNICATIONS),
    WAIVER_REMOVED("diff.change.waiver-removed", "diff.kind.waiver-removed", Role.COMMUNICATIONS),
    PROFILE_CHANGED("diff.change.profile-changed", "diff.kind.profile-changed", Role.COMMUNICATIONS),
    POLICY_CHANGED("diff.change.policy-changed", "diff.kind.policy-changed", Role.COMMUNICATIONS),
    REVIEWERS_CHANGED("diff.change.reviewers-changed", "diff.kind.reviewers-changed", Role.COMMUNICATIONS),
    FIELD_CHANGED("diff.change.field-changed", "diff.kind.field-changed", Role.COMMUNICATIONS),
    FILE_UNREADABLE("diff.change.file-unreadable", "diff.kind.file-unreadable", Role.COMMUNICATIONS),
    SECRET_REMOVED("diff.change.secret-removed", "diff.kind.secret-removed", Role.COMMUNICATIONS, Role.DATA_PROTECTION);

    private final String messageKey;
    private final String nameKey;
    private final Set<Role> roles;

    ChangeKind(String messageKey, String nameKey, Role first, Role... more) {
        this.messageKey = messageKey;
        this.nameKey = nameKey;
        this.roles = EnumSet.of(first, more);
    }

    /** The kebab-case id used in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The bundle key of the sentence that explains a change of this kind. */
    public String messageKey() {
        return messageKey;
    }

    /** The bundle key of the kind's name in words, as the reviews table gives it. */
    public String nameKey() {
        return nameKey;
    }

    /** The kind with an id. */
    public static java.util.Optional<ChangeKind> fromId(String id) {
        for (ChangeKind kind : values()) {
            if (kind.id().equals(id)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }

    /** The roles every change of this kind needs. */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
