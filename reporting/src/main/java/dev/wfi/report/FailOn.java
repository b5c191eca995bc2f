package dev.wfi.report;

import java.util.Locale;

/** The {@code --fail-on} threshold of every command: which findings make it exit 1. */
public enum FailOn implements Labelled {
    ERROR, WARNING,
    /** A finding the reviewed registry or baseline does not know: a change someone has to look at. */
    NEW,
    NEVER;

    /** True when a finding of this severity, known to the registry or not, makes the command fail. */
    public boolean failsOn(Severity severity, boolean known) {
        return switch (this) {
            case ERROR -> severity.atLeast(Severity.ERROR);
            case WARNING -> severity.atLeast(Severity.WARNING);
            case NEW -> !known;
            case NEVER -> false;
        };
    }

    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
