package dev.wfi.cli;

import dev.wfi.contract.InputText;
import dev.wfi.report.Baseline;
import dev.wfi.report.FailOn;
import dev.wfi.report.Labelled;
import dev.wfi.speccheck.lint.LintConfig;
import dev.wfi.speccheck.lint.LintFinding;
import dev.wfi.speccheck.lint.LintFormat;
import dev.wfi.speccheck.lint.LintReport;
import dev.wfi.speccheck.lint.Linter;
import dev.wfi.speccheck.lint.SpecInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wfi lint}: check OpenAPI documents for the problems a Graph-style contract must not have. */
@Command(name = "lint", mixinStandardHelpOptions = true, versionProvider = Wfi.Version.class,
        description = {"Check OpenAPI documents against the Graph contract rules, with file and line.",
            "Reports every swagger-parser message and each rule's finding with a fix hint. A .wfi.yaml found upward "
                + "from each spec (or --config) sets a rule to error, warning, note or off: lint: {rules: {ID: off}}."})
final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SPEC", arity = "1..*", description = "OpenAPI documents (YAML or JSON).")
    List<Path> specs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "terminal", converter = FormatValues.class,
            completionCandidates = FormatValues.class,
            description = "Output on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    LintFormat format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", converter = FailOnValues.class,
            completionCandidates = FailOnValues.class,
            description = "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--config", paramLabel = "FILE", description = "Rule settings to use instead of the nearest .wfi.yaml.")
    Path config;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Leave out the findings this baseline knows.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every current finding to FILE as a baseline and exit 0.")
    Path writeBaseline;

    @Option(names = "--allow-remote-refs",
            description = "Fetch http(s) $refs. By default a remote $ref is a finding and is not fetched; a local one "
                    + "outside the spec's directory tree never is.")
    boolean allowRemoteRefs;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        LintReport report;
        Baseline known;
        try {
            known = baseline == null || writeBaseline != null ? Baseline.EMPTY : Baseline.parse(InputText.read(baseline, InputText.MAX_SPEC_BYTES));
        } catch (IOException e) {
            stderr.println("wfi: " + baseline + ": " + Failure.describe(e));
            stderr.flush();
            return Wfi.USER_ERROR;
        }
        try {
            Optional<LintConfig> settings = config == null ? Optional.empty() : Optional.of(LintConfig.load(config));
            report = new Linter(Wfi.Version.version(), allowRemoteRefs).lint(List.copyOf(specs), settings, known);
        } catch (SpecInputException e) {
            stderr.println("wfi: " + e.line());
            stderr.flush();
            return Wfi.USER_ERROR;
        }
        report.notRead().forEach(input -> stderr.println("wfi: " + input.path() + ": " + input.cause()));
        stderr.flush();
        if (!report.notRead().isEmpty() && report.files().isEmpty()) {
            return Wfi.USER_ERROR;
        }
        if (writeBaseline != null) {
            try {
                Baseline.of(report.findings(), LintFinding::baselineEntry).write(writeBaseline);
            } catch (IOException e) {
                stderr.println("wfi: " + writeBaseline + ": " + Failure.describe(e));
                stderr.flush();
                return Wfi.USER_ERROR;
            }
            stderr.println("wfi: wrote " + writeBaseline + " (" + report.findings().size() + " findings)");
            stderr.flush();
            return Wfi.OK;
        }
        format.write(report, stdout);
        stdout.flush();
        if (!report.notRead().isEmpty()) {
            return Wfi.USER_ERROR;
        }
        boolean fails = report.findings().stream().anyMatch(f -> failOn.failsOn(f.severity(), true));
        return fails ? Wfi.FINDINGS : Wfi.OK;
    }


    /** The {@code --format} values, for picocli: the converter and the completion candidates. */
    static final class FormatValues extends EnumOption<LintFormat> {
        FormatValues() {
            super(Labelled.all(LintFormat.class));
        }
    }

    /** {@code --fail-on} for lint: a severity, or never (the baseline already leaves out what is known). */
    static final class FailOnValues extends EnumOption<FailOn> {
        FailOnValues() {
            super(List.of(FailOn.ERROR, FailOn.WARNING, FailOn.NEVER));
        }
    }
}
