package dev.wfi.report;

import java.util.Locale;

/** How much a finding matters, in every report of every command; ordered from most to least severe. */
public enum Severity implements Labelled {
    ERROR, WARNING, NOTE;

    /** The lower-case name used in every report format and configuration file. */
    @Override
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** SARIF's {@code level}, which has the same three values. */
    public String sarifLevel() {
        return label();
    }
}
