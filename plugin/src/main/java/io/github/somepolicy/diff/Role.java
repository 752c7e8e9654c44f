package io.github.somepolicy.diff;

import java.util.Locale;

/** Who must review a change: one role per review area of the rule catalogue. */
public enum Role {
    /** The communications office: accounts, people, notices, waivers and the policy itself. */
    COMMUNICATIONS,
    /** The archivist: records, retention and archiving. */
    ARCHIVIST,
    /** The data protection officer: personal data and consent. */
    DATA_PROTECTION;

    /** The id, as in the catalogue's {@code area} and in {@code somepolicy.yaml}'s {@code reviewers}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The bundle key of the role's name. */
    public String termKey() {
        return "term.review-role." + id();
    }

    /** The role of a catalogue area; areas this version does not know go to communications. */
    public static Role ofArea(String area) {
        for (Role role : values()) {
            if (role.id().equals(area)) {
                return role;
            }
        }
        return COMMUNICATIONS;
    }
}
