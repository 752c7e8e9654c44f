package io.github.somepolicy.diff;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** What a change means in the domain, and whose review it needs by its nature. */
public enum ChangeKind {
    ACCOUNT_ADDED(Role.COMMUNICATIONS),
    ACCOUNT_REMOVED(Role.COMMUNICATIONS, Role.ARCHIVIST),
    ACCOUNT_MOVED(Role.COMMUNICATIONS),
    ACCOUNT_CLOSED(Role.COMMUNICATIONS, Role.ARCHIVIST),
    ACCOUNT_STATUS(Role.COMMUNICATIONS),
    MODERATOR_ADDED(Role.COMMUNICATIONS),
    MODERATOR_REMOVED(Role.COMMUNICATIONS),
    STAND_IN_ADDED(Role.COMMUNICATIONS),
    STAND_IN_REMOVED(Role.COMMUNICATIONS),
    MODERATOR_ROLE(Role.COMMUNICATIONS),
    NO_STAND_IN(Role.COMMUNICATIONS),
    NOTICE_CHANGED(Role.COMMUNICATIONS),
    NOTICE_TOPIC_LOST(Role.COMMUNICATIONS),
    NOTICE_TOPIC_GAINED(Role.COMMUNICATIONS),
    RETENTION_CHANGED(Role.ARCHIVIST),
    RECORDS_CHANGED(Role.ARCHIVIST),
    ARCHIVE_CHANGED(Role.ARCHIVIST),
    APPROVAL_CHANGED(Role.COMMUNICATIONS),
    CONSENT_CHANGED(Role.DATA_PROTECTION),
    RETENTION_DECISION_ADDED(Role.ARCHIVIST),
    RETENTION_DECISION_REMOVED(Role.ARCHIVIST),
    RETENTION_DECISION_CHANGED(Role.ARCHIVIST),
    ORGANISATION_ARCHIVE_CHANGED(Role.ARCHIVIST),
    WAIVER_ADDED(Role.COMMUNICATIONS),
    WAIVER_EXTENDED(Role.COMMUNICATIONS),
    WAIVER_CHANGED(Role.COMMUNICATIONS),
    WAIVER_REMOVED(Role.COMMUNICATIONS),
    PROFILE_CHANGED(Role.COMMUNICATIONS),
    POLICY_CHANGED(Role.COMMUNICATIONS),
    REVIEWERS_CHANGED(Role.COMMUNICATIONS);

    private final Set<Role> roles;

    ChangeKind(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    /** The kebab-case id used in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The bundle key of the sentence that explains a change of this kind. */
    public String messageKey() {
        return "diff.change." + id();
    }

    /** The roles every change of this kind needs. */
    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }
}
