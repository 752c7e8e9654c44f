package io.github.somepolicy.rule.notice;

import io.github.somepolicy.model.Scalars;
import io.github.somepolicy.rule.privacy.Redaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Why a notice passed or failed the notice rules: for one notice (a shared notice file, or an account's
 * own text when it has no file), each topic the rules in force checked and the sentence that covered it,
 * or that none did. Texts are redacted like every other output and sentences shortened.
 *
 * @param notice the file the notice is in (the shared file, or the account file with the text)
 * @param topics the topics checked, by rule id and key
 */
public record NoticeEvidence(String notice, List<Topic> topics) {

    /** A sentence is shortened to about this many characters. */
    public static final int MAX_SENTENCE = 160;

    public NoticeEvidence {
        notice = Redaction.redact(Objects.requireNonNull(notice, "notice"));
        topics = List.copyOf(topics);
    }

    /**
     * One topic and what covered it.
     *
     * @param ruleId the rule that checks it
     * @param key the topic's key: the rule id, or the rule id and the item ({@code rule.item})
     * @param covered whether it was found
     * @param line the line of the sentence that covered it, from 1; 0 when not found or found in the raw
     *     text (such as an e-mail address)
     * @param sentence the sentence, shortened; empty when there is none
     */
    public record Topic(String ruleId, String key, boolean covered, int line, String sentence) {
        public Topic {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(key, "key");
            sentence = shorten(Redaction.redact(Objects.requireNonNull(sentence, "sentence")));
        }
    }

    static String shorten(String text) {
        String flat = Scalars.collapseSpaces(text).strip();
        if (flat.length() <= MAX_SENTENCE + 1) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', MAX_SENTENCE - 1);
        return flat.substring(0, cut > MAX_SENTENCE / 2 ? cut : MAX_SENTENCE - 1)
                        .stripTrailing() + "…";
    }

    /**
     * What the notice rules of one run recorded, by the account file checked, kept among the run's shared
     * values: the accounts are checked on several threads at once. The engine keeps each account's part
     * with the account's result (and in the result cache), and merges them for the report.
     */
    public static final class Recorded {
        private final Map<String, Map<String, Map<String, Topic>>> byAccount = new ConcurrentHashMap<>();

        /** Records a topic of a notice read for an account, unless it is known already. */
        public void record(String account, String notice, Topic topic) {
            byAccount
                    .computeIfAbsent(account, a -> new ConcurrentSkipListMap<>())
                    .computeIfAbsent(notice, n -> new ConcurrentHashMap<>())
                    .putIfAbsent(topic.key(), topic);
        }

        /** What was recorded for an account file, by notice file. */
        public List<NoticeEvidence> of(String account) {
            List<NoticeEvidence> notices = new ArrayList<>();
            byAccount
                    .getOrDefault(account, Map.of())
                    .forEach((notice, topics) ->
                            notices.add(new NoticeEvidence(notice, new ArrayList<>(topics.values()))));
            return merge(List.of(notices));
        }
    }

    /**
     * The notices of several accounts as one list, sorted by file, each notice's topics sorted by key; the
     * first account's record of a topic stands (a shared file's analysis gives the same answer every time).
     */
    public static List<NoticeEvidence> merge(List<List<NoticeEvidence>> parts) {
        Map<String, Map<String, Topic>> byNotice = new java.util.TreeMap<>();
        for (List<NoticeEvidence> part : parts) {
            for (NoticeEvidence notice : part) {
                Map<String, Topic> topics = byNotice.computeIfAbsent(notice.notice(), n -> new java.util.TreeMap<>());
                notice.topics().forEach(topic -> topics.putIfAbsent(topic.key(), topic));
            }
        }
        List<NoticeEvidence> notices = new ArrayList<>();
        byNotice.forEach((notice, topics) -> notices.add(new NoticeEvidence(notice, List.copyOf(topics.values()))));
        return notices;
    }
}
