package io.github.somepolicy.diff;

import io.github.somepolicy.model.Message;
import io.github.somepolicy.rule.privacy.Redaction;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One thing a change does to the presence, in the domain's words.
 *
 * @param kind what kind of change
 * @param file the file it is written in, relative to the configuration root (the head's path, or the base's
 *     when the file is gone)
 * @param message the sentence that explains it, rendered in the reader's language
 * @param roles whose review it needs
 */
public record DomainChange(ChangeKind kind, String file, Message message, Set<Role> roles)
        implements Comparable<DomainChange> {

    private static final Comparator<DomainChange> ORDER = Comparator.comparing(DomainChange::file)
            .thenComparing(DomainChange::kind)
            .thenComparing(c -> c.message().args().toString());

    public DomainChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /**
     * A change with the roles of its kind. Its message quotes values of the configuration, so it is
     * redacted like every finding's: a secret written in a changed field is never printed.
     */
    static DomainChange of(ChangeKind kind, String file, Object... args) {
        return new DomainChange(kind, file, Redaction.redact(Message.of(kind.messageKey(), args)), kind.roles());
    }

    /** The same change, needing one more role's review. */
    DomainChange with(Role role) {
        return with(EnumSet.of(role));
    }

    /** The same change, needing more roles' review. */
    DomainChange with(Set<Role> more) {
        Set<Role> all = EnumSet.copyOf(roles);
        all.addAll(more);
        return new DomainChange(kind, file, message, all);
    }

    @Override
    public int compareTo(DomainChange other) {
        return ORDER.compare(this, other);
    }
}
