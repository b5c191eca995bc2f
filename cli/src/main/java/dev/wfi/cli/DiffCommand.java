package dev.wfi.cli;

import dev.wfi.report.FailOn;
import dev.wfi.report.Labelled;
import dev.wfi.speccheck.diff.DiffFormat;
import dev.wfi.speccheck.diff.DiffReport;
import dev.wfi.speccheck.diff.SpecDiff;
import dev.wfi.speccheck.lint.SpecInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wfi diff}: what changed between two versions of a spec, and which changes break clients. */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = Wfi.Version.class,
        description = {"Compare two versions of an OpenAPI document and name the changes that break clients.",
            "openapi-diff's endpoint changes plus the Graph contract rules: enum and flag-enum members, writeOnly and "
                + "readOnly, success status, removed, renamed or newly required properties."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The spec before the change.")
    Path oldSpec;

    @Parameters(index = "1", paramLabel = "NEW", description = "The spec after the change.")
    Path newSpec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "terminal", converter = FormatValues.class,
            completionCandidates = FormatValues.class,
            description = "Output on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DiffFormat format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "breaking", converter = FailOnValues.class,
            completionCandidates = FailOnValues.class,
            description = "Exit 1 when a change is at least this bad: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--allow-remote-refs",
            description = "Fetch http(s) $refs. By default a spec with a remote $ref, or a local one outside its "
                    + "directory tree, is refused (exit 2).")
    boolean allowRemoteRefs;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        DiffReport report;
        try {
            report = new SpecDiff(Wfi.Version.version(), allowRemoteRefs).compare(oldSpec, newSpec);
        } catch (SpecInputException e) {
            stderr.println("wfi: " + e.line());
            stderr.flush();
            return Wfi.USER_ERROR;
        }
        format.write(report, stdout);
        stdout.flush();
        boolean fails = report.changes().stream().anyMatch(change -> failOn.failsOn(change.impact(), true));
        return fails ? Wfi.FINDINGS : Wfi.OK;
    }


    /** The {@code --format} values, for picocli: the converter and the completion candidates. */
    static final class FormatValues extends EnumOption<DiffFormat> {
        FormatValues() {
            super(Labelled.all(DiffFormat.class));
        }
    }

    /** {@code --fail-on} for diff, which calls a change that breaks clients "breaking". */
    static final class FailOnValues extends EnumOption<FailOn> {
        FailOnValues() {
            super(List.of(FailOn.ERROR, FailOn.WARNING, FailOn.NEVER), value -> value == FailOn.ERROR ? "breaking" : value.label());
        }
    }
}
