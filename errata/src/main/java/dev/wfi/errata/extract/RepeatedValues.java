package dev.wfi.errata.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A function worked out once for each of the few values a docs checkout repeats on every page (its headings' anchor
 * tags, its front matter's locale line), shared by the threads of a run. Bounded: past {@code limit} values, a
 * checkout that does not repeat them is worked out each time rather than kept.
 */
final class RepeatedValues<K, V> {

    private final Map<K, V> known = new ConcurrentHashMap<>();
    private final Function<K, V> function;
    private final int limit;

    RepeatedValues(Function<K, V> function, int limit) {
        this.function = function;
        this.limit = limit;
    }

    V of(K key) {
        V value = known.get(key);
        if (value == null) {
            value = function.apply(key);
            if (known.size() < limit) {
                known.put(key, value);
            }
        }
        return value;
    }
}
