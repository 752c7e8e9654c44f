package io.github.somepolicy.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a piece of work gave for each key, kept up to a bound, for work whose result depends on the key
 * alone: the same texts, addresses and sentences recur across a municipality's accounts, and each is worked
 * on once. Past the bound a key is worked on every time it comes, so memory stays bounded whatever the
 * configuration. Safe to use from several threads; two threads may work on the same key at once, and both
 * go on with the value kept.
 *
 * @param <K> the key
 * @param <V> what the work gives
 */
public final class Remembered<K, V> {

    private final int bound;
    private final Map<K, V> values = new ConcurrentHashMap<>();

    /** Keeps at most {@code bound} values; with 0, none. */
    public Remembered(int bound) {
        this.bound = bound;
    }

    /** The value for a key: the one kept, or what the work gives (never null), kept while there is room. */
    public V get(K key, Function<? super K, ? extends V> work) {
        V known = values.get(key);
        if (known != null) {
            return known;
        }
        V value = work.apply(key);
        if (values.size() < bound) {
            V kept = values.putIfAbsent(key, value);
            return kept != null ? kept : value;
        }
        return value;
    }

    /** How many values are kept. */
    public int size() {
        return values.size();
    }
}
