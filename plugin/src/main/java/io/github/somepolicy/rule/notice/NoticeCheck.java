package io.github.somepolicy.rule.notice;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.model.FileKind;
import io.github.somepolicy.model.Violation;
import io.github.somepolicy.rule.Check;
import io.github.somepolicy.rule.CheckContext;
import io.github.somepolicy.rule.ConfigurationView;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every notice rule shares: it looks at accounts only, at the statuses named by the parameter
 * {@code statuses} (default {@code active}), never at links to elected officials' own accounts, and it
 * reads the notice once with {@link NoticeText}. The rules about the notice's content look only at a
 * notice that could be read and has text: a missing, unreadable or empty notice is the notice-present
 * rule's finding, and repeating it once per topic would only bury it.
 */
abstract class NoticeCheck implements Check {

    private static final int CACHE_LIMIT = 512;
    private static final Map<List<String>, Phrases> COMPILED = new ConcurrentHashMap<>();
    private static final ThreadLocal<LastReading> LAST = new ThreadLocal<>();

    @Override
    public final List<Violation> check(CheckContext context) {
        Document document = context.document();
        if (document.kind() != FileKind.ACCOUNT || !context.inScope("active")) {
            return List.of();
        }
        return check(context, reading(document, context.configuration()));
    }

    /**
     * The notice of an account, read once for all the notice rules: the engine runs every rule of a
     * document on one thread, one after the other, so the thread's last reading is the one wanted. The
     * memo holds the document itself, compared by identity, so a new run never sees an old reading.
     */
    private static NoticeText.Reading reading(Document document, ConfigurationView configuration) {
        java.nio.file.Path root = configuration.root();
        LastReading last = LAST.get();
        if (last != null && last.document() == document && last.root().equals(root)) {
            return last.reading();
        }
        // A notice file is read once per run: most accounts share one. The reference is still resolved
        // for every account, which notes it for the results kept.
        NoticeText.Reading reading = NoticeText.read(
                document,
                root,
                content -> configuration.shared(
                        new SharedFile(content), shared -> NoticeText.normalisedFile(shared.content())),
                path -> configuration.shared(new SharedPath(path), shared -> NoticeText.contents(shared.path())));
        LAST.set(new LastReading(document, root, reading, new Notice[1]));
        return reading;
    }

    /**
     * The analysis of an account's notice, made once for all the rules of the account (kept with the
     * thread's last reading, like the reading itself).
     */
    static Notice notice(CheckContext context, NoticeText.Found found) {
        LastReading last = LAST.get();
        if (last != null && last.reading() == found) {
            if (last.notice()[0] == null) {
                last.notice()[0] = Notice.of(found, context.configuration());
            }
            return last.notice()[0];
        }
        return Notice.of(found, context.configuration());
    }

    /** The key of a notice file's normalised text among the values a run shares: its content. */
    private record SharedFile(String content) {}

    /** The key of a notice file's text among the values a run shares: the file a reference led to. */
    private record SharedPath(java.nio.file.Path path) {}

    private record LastReading(
            Document document, java.nio.file.Path root, NoticeText.Reading reading, Notice[] notice) {}

    /**
     * Checks one account's notice.
     *
     * @param context the rule's context
     * @param reading what reading the notice gave
     * @return the violations found
     */
    abstract List<Violation> check(CheckContext context, NoticeText.Reading reading);

    /** Phrases compiled once per distinct list, whatever the number of accounts. */
    static Phrases compiled(List<String> phrases) {
        List<String> key = List.copyOf(phrases);
        Phrases found = COMPILED.get(key);
        if (found == null) {
            if (COMPILED.size() > CACHE_LIMIT) {
                COMPILED.clear();
            }
            found = Phrases.of(key);
            COMPILED.put(key, found);
        }
        return found;
    }
}
