package dev.wfi.cli;

import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Severity;
import java.util.Locale;
import java.util.function.Predicate;

/** The {@code --fail-on} threshold: which findings make {@code wfi errata} exit 1. */
enum FailOn {
    ERROR(finding -> finding.severity().atLeast(Severity.ERROR)),
    WARNING(finding -> finding.severity().atLeast(Severity.WARNING)),
    /** A finding the errata registry does not know: a change in behaviour someone has to look at. */
    NEW(finding -> !finding.registered()),
    NEVER(finding -> false);

    private final Predicate<Finding> fails;

    FailOn(Predicate<Finding> fails) {
        this.fails = fails;
    }

    boolean failsOn(ErrataReport report) {
        return report.findings().stream().anyMatch(fails);
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }

    /** The {@code --fail-on} values, for picocli: the converter and the completion candidates. */
    static final class Values extends EnumOption<FailOn> {
        Values() {
            super(FailOn.class, FailOn::label);
        }
    }
}
