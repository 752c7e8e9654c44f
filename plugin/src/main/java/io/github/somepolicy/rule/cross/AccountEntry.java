package io.github.somepolicy.rule.cross;

import io.github.somepolicy.model.Location;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the rules across accounts need of one account, kept after its tree is released: a plain value
 * with no reference to the tree, so that it can be stored (as JSON, say) and fed to the phase again.
 *
 * @param file the account file, relative to the configuration root
 * @param name the account's name, {@code ""} when not given
 * @param platform the platform id, {@code ""} when not given
 * @param handle the handle as written, {@code ""} when not given
 * @param address the account's address after {@link AccountAddress#normalise normalising}, {@code ""}
 *     when not given or not a web address
 * @param unit the responsible unit's id, {@code ""} when not given
 * @param status the account's status ({@code active} when not given)
 * @param accountType the account type, {@code ""} when not given
 * @param absencePolicy what the account does when nobody keeps watch, {@code ""} when not given
 * @param positions where the fields the rules report on are written, by JSON Pointer: the root
 *     ({@code ""}), {@code /url}, {@code /handle}, {@code /moderation/moderators},
 *     {@code /credentials/holders}, whichever exist
 * @param people the people named on the account, in the order written
 */
public record AccountEntry(
        String file,
        String name,
        String platform,
        String handle,
        String address,
        String unit,
        String status,
        String accountType,
        String absencePolicy,
        Map<String, Location> positions,
        List<PersonEntry> people) {

    public AccountEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(accountType, "accountType");
        Objects.requireNonNull(absencePolicy, "absencePolicy");
        positions = java.util.Collections.unmodifiableMap(new TreeMap<>(positions));
        people = List.copyOf(people);
    }

    /** Whether the account is a link to an elected official's own account, which is not the municipality's. */
    public boolean electedOfficial() {
        return accountType.equals("elected-official");
    }

    /** Where a field is written, or else the start of the file. */
    public Location position(String pointer) {
        Location location = positions.get(pointer);
        return location != null ? location : positions.getOrDefault("", Location.ofFile(file));
    }

    /** The account as people name it in messages: its file. */
    @Override
    public String toString() {
        return file;
    }

    /**
     * A person named on the account in one role.
     *
     * @param name the name as written, {@code ""} when not given
     * @param email the e-mail address as written, {@code ""} when not given
     * @param role {@code moderator}, {@code backup} or {@code credentials} (a holder of the log-in)
     * @param location where the person is written
     * @param absences the absences written for the person (none for a credentials holder)
     */
    public record PersonEntry(String name, String email, String role, Location location, List<Absence> absences) {

        /** The role of a person who holds the credentials. */
        public static final String CREDENTIALS = "credentials";

        /** The role of a stand-in. */
        public static final String BACKUP = "backup";

        /** The role of a moderator. */
        public static final String MODERATOR = "moderator";

        public PersonEntry {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(location, "location");
            absences = List.copyOf(absences);
        }

        /** Whether the person keeps watch on the account, as moderator or stand-in. */
        public boolean watches() {
            return role.equals(MODERATOR) || role.equals(BACKUP);
        }
    }

    /**
     * An absence, both days included.
     *
     * @param from the first day away
     * @param to the last day away
     * @param note the note written with it, {@code ""} when none
     * @param location where it is written
     */
    public record Absence(LocalDate from, LocalDate to, String note, Location location) {
        public Absence {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(location, "location");
        }
    }
}
