package io.github.somepolicy.engine;

import io.github.somepolicy.model.Document;
import io.github.somepolicy.rule.ConfigurationView;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The context every document of a run is checked against, and the values its checks share.
 *
 * @param root the configuration root
 * @param organisation the organisation document, when there is exactly one that loaded
 * @param sharedValues the values derived once per run, by key; never shared with another run
 */
record LoadedConfiguration(Path root, Optional<Document> organisation, Map<Object, Object> sharedValues)
        implements ConfigurationView {

    /** At most this many shared values are kept; past it, a value is derived on every call. */
    static final int MAX_SHARED = 256;

    LoadedConfiguration(Path root, Optional<Document> organisation) {
        this(root, organisation, new ConcurrentHashMap<>());
        sharedValues.put(
                io.github.somepolicy.rule.notice.NoticeEvidence.Recorded.class,
                new io.github.somepolicy.rule.notice.NoticeEvidence.Recorded());
    }

    @Override
    public <K, V> V shared(K key, Function<? super K, ? extends V> derive) {
        @SuppressWarnings("unchecked")
        V known = (V) sharedValues.get(key);
        if (known != null) {
            return known;
        }
        V value = derive.apply(key);
        if (value != null && sharedValues.size() < MAX_SHARED) {
            // two threads may derive it at once: both go on with the one kept
            @SuppressWarnings("unchecked")
            V kept = (V) sharedValues.putIfAbsent(key, value);
            if (kept != null) {
                return kept;
            }
        }
        return value;
    }
}
