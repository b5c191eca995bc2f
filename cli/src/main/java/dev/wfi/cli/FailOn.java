package dev.wfi.cli;

import dev.wfi.conformance.ErrataReport;
import dev.wfi.conformance.Finding;
import dev.wfi.conformance.Severity;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

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

    static final class Converter implements ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            for (FailOn level : values()) {
                if (level.label().equalsIgnoreCase(value)) {
                    return level;
                }
            }
            throw new TypeConversionException("expected one of "
                    + Arrays.stream(values()).map(FailOn::label).collect(Collectors.joining(", "))
                    + " but was '" + value + "'");
        }
    }

    static final class Candidates implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Arrays.stream(values()).map(FailOn::label).iterator();
        }
    }
}
