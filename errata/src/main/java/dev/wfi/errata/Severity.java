package dev.wfi.errata;

import java.util.Locale;

/** How much a finding matters; ordered from most to least severe. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The lower-case name used in every report format. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
