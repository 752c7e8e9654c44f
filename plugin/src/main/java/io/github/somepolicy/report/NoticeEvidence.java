package io.github.somepolicy.report;

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
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= MAX_SENTENCE) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', MAX_SENTENCE - 1);
        return flat.substring(0, cut > MAX_SENTENCE / 2 ? cut : MAX_SENTENCE - 1)
                        .stripTrailing() + "…";
    }

    /**
     * What the notice rules of one run recorded, kept among the run's shared values: several threads record
     * at once, the first record of a topic in a notice stands (a notice's analysis gives the same answer
     * every time).
     */
    public static final class Recorded {
        private final Map<String, Map<String, Topic>> byNotice = new ConcurrentSkipListMap<>();

        /** Records a topic of a notice, unless it is known already. */
        public void record(String notice, Topic topic) {
            byNotice.computeIfAbsent(notice, n -> new ConcurrentHashMap<>()).putIfAbsent(topic.key(), topic);
        }

        /** Every notice recorded, by file, its topics sorted by key. */
        public List<NoticeEvidence> notices() {
            List<NoticeEvidence> notices = new ArrayList<>();
            byNotice.forEach((notice, topics) -> notices.add(new NoticeEvidence(
                    notice,
                    topics.values().stream()
                            .sorted(java.util.Comparator.comparing(Topic::key))
                            .toList())));
            return notices;
        }
    }
}
