package dev.wfi.contract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Names a writer nearly got right: a property or member a letter or two off, or cased otherwise. */
public final class Names {

    private Names() {
    }

    /**
     * The one name of {@code known} that {@code written} most likely means: the same ignoring case, or within two edits
     * for a name of five or more letters. Empty when none is that close, or two are.
     */
    public static Optional<String> meant(String written, List<String> known) {
        Optional<String> recased = known.stream().filter(k -> k.equalsIgnoreCase(written)).findFirst();
        if (recased.isPresent() || written.length() < 5) {
            return recased;
        }
        String w = written.toLowerCase(Locale.ROOT);
        List<String> close = known.stream().filter(k -> distance(w, k.toLowerCase(Locale.ROOT)) <= 2).toList();
        return close.size() == 1 ? Optional.of(close.get(0)) : Optional.empty();
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
