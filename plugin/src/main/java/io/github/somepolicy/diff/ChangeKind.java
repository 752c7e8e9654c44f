package io.github.somepolicy.diff;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a change means in the domain, and whose review it needs by its nature. */
public enum ChangeKind {
    ACCOUNT_ADDED("diff.change.account-added", Role.COMMUNICATIONS),
    ACCOUNT_REMOVED("diff.change.account-removed", Role.COMMUNICATIONS, Role.ARCHIVIST),
    ACCOUNT_MOVED("diff.change.account-moved", Role.COMMUNICATIONS),
    ACCOUNT_CLOSED("diff.change.account-closed", Role.COMMUNICATIONS, Role.ARCHIVIST),
    ACCOUNT_STATUS("diff.change.account-status", Role.COMMUNICATIONS),
    MODERATOR_ADDED("diff.change.moderator-added", Role.COMMUNICATIONS),
    MODERATOR_REMOVED("diff.change.moderator-removed", Role.COMMUNICATIONS),
    STAND_IN_ADDED("diff.change.stand-in-added", Role.COMMUNICATIONS),
    STAND_IN_REMOVED("diff.change.stand-in-removed", Role.COMMUNICATIONS),
    MODERATOR_ROLE("diff.change.moderator-role", Role.COMMUNICATIONS),
    NO_STAND_IN("diff.change.no-stand-in", Role.COMMUNICATIONS),
    NOTICE_CHANGED("diff.change.notice-changed", Role.COMMUNICATIONS),
    NOTICE_TOPIC_LOST("diff.change.notice-topic-lost", Role.COMMUNICATIONS),
    NOTICE_TOPIC_GAINED("diff.change.notice-topic-gained", Role.COMMUNICATIONS),
    RETENTION_CHANGED("diff.change.retention-changed", Role.ARCHIVIST),
    RECORDS_CHANGED("diff.change.records-changed", Role.ARCHIVIST),
    ARCHIVE_CHANGED("diff.change.archive-changed", Role.ARCHIVIST),
    APPROVAL_CHANGED("diff.change.approval-changed", Role.COMMUNICATIONS),
    CONSENT_CHANGED("diff.change.consent-changed", Role.DATA_PROTECTION),
    ACCOUNT_FIELD_CHANGED("diff.change.account-field-changed", Role.COMMUNICATIONS),
    RETENTION_DECISION_ADDED("diff.change.retention-decision-added", Role.ARCHIVIST),
    RETENTION_DECISION_REMOVED("diff.change.retention-decision-removed", Role.ARCHIVIST),
    RETENTION_DECISION_CHANGED("diff.change.retention-decision-changed", Role.ARCHIVIST),
    ORGANISATION_ARCHIVE_CHANGED("diff.change.organisation-archive-changed", Role.ARCHIVIST),
    WAIVER_ADDED("diff.change.waiver-added", Role.COMMUNICATIONS),
    WAIVER_EXTENDED("diff.change.waiver-extended", Role.COMMUNICATIONS),
    WAIVER_CHANGED("diff.change.waiver-changed", Role.COMMUNICATIONS),
    WAIVER_REMOVED("diff.change.waiver-removed", Role.COMMUNICATIONS),
    PROFILE_CHANGED("diff.change.profile-changed", Role.COMMUNICATIONS),
    POLICY_CHANGED("diff.change.policy-changed", Role.COMMUNICATIONS),
    REVIEWERS_CHANGED("diff.change.reviewers-changed", Role.COMMUNICATIONS),
    FIELD_CHANGED("diff.change.field-changed", Role.COMMUNICATIONS),
    FILE_UNREADABLE("diff.change.file-unreadable", Role.COMMUNICATIONS),
    SECRET_REMOVED("diff.change.secret-removed", Role.COMMUNICATIONS, Role.DATA_PROTECTION);

    private final String messageKey;
    private final Set<Role> roles;

    ChangeKind(String messageKey, Role first, Role... more) {
        this.messageKey = messageKey;
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

    /** The roles every change of this kind needs. */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
