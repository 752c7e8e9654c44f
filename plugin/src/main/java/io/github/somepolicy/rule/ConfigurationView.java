package io.github.somepolicy.rule;

import io.github.somepolicy.model.Document;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * The configuration as a whole, as cross-file checks see it: the organisation every account refers to
 * and the root that referenced files are resolved in. It holds no account trees: accounts are checked
 * one at a time and their trees released, so a check that needs every account works on a compact index
 * rather than on the documents.
 */
public interface ConfigurationView {

    /** The organisation document, when there is exactly one that loaded. */
    Optional<Document> organisation();

    /** The configuration root, for references to files such as shared notices. */
    Path root();

    /**
     * A value derived from a key once per run and shared by every check of the run, such as a shared
     * notice file's normalised text: checks run in parallel, so the value must be immutable (or safe to
     * use from several threads, such as a concurrent memo) and depend on the key alone. A run's values are dropped with the run. Without a run to keep them (this
     * default), the value is derived on every call.
     *
     * @param key what the value is derived from; equal keys give the same value
     * @param derive derives the value from the key
     * @param <K> the key's type
     * @param <V> the value's type
     * @return the value
     */
    default <K, V> V shared(K key, Function<? super K, ? extends V> derive) {
        return derive.apply(key);
    }
}
