package io.github.somepolicy.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The typed view of an account file ({@code kind: account}): the one place that names its fields and
 * their defaults. Checks, the change report and the register read accounts through it; a value comes
 * with its node where a finding must point at it.
 *
 * @param root the file's top-level mapping
 */
public record Account(Node.Mapping root) {

    /** The status of an account that does not state one. */
    public static final String DEFAULT_STATUS = "active";

    /** The platform of an account that does not state one: nothing is assumed of it. */
    public static final String DEFAULT_PLATFORM = "other";

    /** The fields of the account format that are read, by their place in the file. */
    public enum Field {
        NAME("/name"),
        PLATFORM("/platform"),
        HANDLE("/handle"),
        URL("/url"),
        UNIT("/unit"),
        ACCOUNT_TYPE("/accountType"),
        SCOPE("/scope"),
        STATUS("/status"),
        ACTIVATED("/activated"),
        CLOSED("/closed"),
        INTERNAL("/internal"),
        PURPOSE_DESCRIPTION("/purpose/description"),
        APPROVAL("/approval"),
        APPROVAL_DATE("/approval/date"),
        TERMS_REVIEWED("/termsReviewed"),
        REGISTRATION_NOTIFIED("/registration/communicationsNotified"),
        EVALUATION_INTERVAL("/evaluation/interval"),
        DISCLAIMER("/disclaimer"),
        MODERATORS("/moderation/moderators"),
        ABSENCE_POLICY("/moderation/absencePolicy"),
        MONITORING("/moderation/monitoring"),
        RESPONSE_TIME("/moderation/responseTimeWorkingDays"),
        SIGNATURE("/moderation/signature"),
        CREDENTIAL_HOLDERS("/credentials/holders"),
        CREDENTIAL_STORAGE("/credentials/storage"),
        NOTICE_FILE("/notice/file"),
        NOTICE_TEXT("/notice/text"),
        NOTICE_LOCATION("/notice/location"),
        RECORDS("/records"),
        RETENTION_DECISION("/records/retentionDecision"),
        MANAGEMENT_PLAN("/records/managementPlanReference"),
        REGISTRATION_ROUTINE("/records/registrationRoutine"),
        ARCHIVE("/records/archive"),
        ARCHIVE_METHOD("/records/archive/method"),
        ARCHIVE_INTERVAL("/records/archive/interval"),
        ARCHIVE_DESTINATION("/records/archive/destination"),
        ARCHIVE_LAST_SNAPSHOT("/records/archive/lastSnapshot"),
        CONSENT("/consent"),
        CRISIS_USED("/crisis/used"),
        CRISIS_ROUTINE("/crisis/routine"),
        CRISIS_BACKUP("/crisis/backup"),
        CRISIS_FALLBACK_NOTICE("/crisis/fallbackNotice");

        private final String pointer;

        Field(String pointer) {
            this.pointer = pointer;
        }

        /** The field's JSON Pointer in the file. */
        public String pointer() {
            return pointer;
        }

        /** The field as users read it in messages: {@code records.archive.method}. */
        public String dotted() {
            return pointer.substring(1).replace('/', '.');
        }
    }

    /** The account in a loaded document. */
    public static Account of(Document document) {
        return new Account(document.root());
    }

    /** The node of a field, when the file has it. */
    public Optional<Node> node(Field field) {
        return root.at(field.pointer());
    }

    /** The text of a scalar field, when the file has it. */
    public Optional<String> text(Field field) {
        return node(field).flatMap(Node::text);
    }

    /** The date in a field, when it is a real ISO date. */
    public Optional<LocalDate> date(Field field) {
        return text(field).flatMap(Scalars::date);
    }

    /** The status as written, when the file states one. */
    public Optional<String> statedStatus() {
        return text(Field.STATUS);
    }

    /** The status: {@code planned}, {@code active} or {@code closed}; {@value #DEFAULT_STATUS} when not stated. */
    public String status() {
        return statedStatus().orElse(DEFAULT_STATUS);
    }

    /** The platform's id, {@value #DEFAULT_PLATFORM} when not stated. */
    public String platform() {
        return text(Field.PLATFORM).orElse(DEFAULT_PLATFORM);
    }

    /** The account's name. */
    public Optional<String> name() {
        return text(Field.NAME);
    }

    /** The id of the unit responsible for the account. */
    public Optional<String> unit() {
        return text(Field.UNIT);
    }

    /** The day the account was activated, when it is a real date. */
    public Optional<LocalDate> activated() {
        return date(Field.ACTIVATED);
    }

    /** The day the account was closed, when it is a real date. */
    public Optional<LocalDate> closed() {
        return date(Field.CLOSED);
    }

    /** Whether the account is a link to an elected official's own account, not a municipal account. */
    public boolean electedOfficial() {
        return text(Field.ACCOUNT_TYPE).filter("elected-official"::equals).isPresent();
    }

    /** Whether the account is kept out of the public register. */
    public boolean internal() {
        return text(Field.INTERNAL).filter("true"::equals).isPresent();
    }

    /** Whether absences are covered by closing the account for posts instead of a stand-in. */
    public boolean closesForPostsInAbsence() {
        return text(Field.ABSENCE_POLICY).filter("close-for-posts"::equals).isPresent();
    }

    /** The moderators as listed, each a view of its entry; empty when there is no list. */
    public List<Person> moderators() {
        List<Person> people = new ArrayList<>();
        node(Field.MODERATORS).ifPresent(list -> {
            if (list instanceof Node.Sequence sequence) {
                sequence.items().forEach(item -> people.add(new Person(item)));
            }
        });
        return people;
    }
}
