package io.github.somepolicy.rule.notice;

import io.github.somepolicy.rule.Check;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** The checks of the notice rules, keyed by the check names the catalogue uses. */
public final class NoticeChecks {

    /** An e-mail address in a normalised text: a way to get in touch. */
    static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]{1,64}+@[\\p{L}\\p{N}-]{1,63}+(?:\\.[\\p{L}\\p{N}-]{1,63}+)+");

    /** A Swedish phone number, national or with +46: seven to thirteen digits, spaced or hyphenated. */
    static final Pattern PHONE = Pattern.compile("(?<![\\p{N}+])(?:\\+46|0)(?:[ -]?[0-9]){6,12}(?![0-9])");

    /** The copyright sign, which the word analysis leaves out: a credit such as "© Anna Berg". */
    static final Pattern COPYRIGHT_SIGN = Pattern.compile("©");

    private NoticeChecks() {}

    /**
     * Every notice check by name. The notice concepts are read when a notice is first checked, not here: a
     * run that reuses every notice's result never reads them.
     */
    public static Map<String, Check> all() {
        Supplier<NoticePhrases> phrases = NoticePhrases::builtIn;
        Map<String, Check> checks = new TreeMap<>();
        checks.put("notice-present", new NoticePresentCheck());
        checks.put("notice-sender", new NoticeSenderCheck("notice-sender", phrases));
        checks.put(
                "notice-contact",
                new NoticeTopicCheck(
                        "notice-contact", List.of("anmalan"), Map.of("kontaktvag", List.of(EMAIL, PHONE)), phrases));
        for (String topic : List.of(
                "notice-purpose",
                "notice-public-records",
                "notice-visible-to-others",
                "notice-personal-data",
                "notice-visitor-responsibility")) {
            checks.put(topic, new NoticeTopicCheck(topic, List.of(), Map.of(), phrases));
        }
        checks.put(
                "notice-prohibited-content",
                new NoticeTopicCheck(
                        "notice-prohibited-content", List.of("atgard", "borttagning-meddelas"), Map.of(), phrases));
        checks.put(
                "notice-not-responsible",
                new NoticeTopicCheck(
                        "notice-not-responsible",
                        List.of("upphovsratt-kalla"),
                        Map.of("upphovsratt-kalla", List.of(COPYRIGHT_SIGN)),
                        phrases));
        checks.put("notice-language", new NoticeLanguageCheck());
        checks.put("notice-website-link", new NoticeWebsiteCheck());
        return checks;
    }
}
