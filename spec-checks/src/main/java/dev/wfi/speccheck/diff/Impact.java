package dev.wfi.speccheck.diff;

import java.util.Locale;

/** What a change does to existing clients. */
public enum Impact {
    /** Existing clients stop working. */
    BREAKING,
    /** Existing clients may misbehave (for example a new member of a response enum they switch over). */
    WARNING,
    /** Compatible. */
    INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Impact other) {
        return compareTo(other) <= 0;
    }
}
