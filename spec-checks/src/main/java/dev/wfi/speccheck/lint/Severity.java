package dev.wfi.speccheck.lint;

import java.util.Locale;

/** How bad a lint finding is; {@code --fail-on} compares against it. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) <= 0;
    }

    /** The severity named {@code label} (error, warning, note), case-insensitively. */
    public static Severity fromLabel(String label) {
        for (Severity severity : values()) {
            if (severity.label().equalsIgnoreCase(label)) {
                return severity;
            }
        }
        throw new IllegalArgumentException("expected one of error, warning, note but was '" + label + "'");
    }
}
