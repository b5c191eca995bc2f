package dev.wfi.cli;

import dev.wfi.contract.InputText;
import dev.wfi.errata.ErrataReport;
import dev.wfi.errata.Finding;
import dev.wfi.errata.InputError;
import dev.wfi.errata.Progress;
import dev.wfi.errata.fix.PageFixes;
import dev.wfi.errata.report.ReportFiles;
import dev.wfi.errata.report.ReportFormat;
import dev.wfi.report.Baseline;
import dev.wfi.report.FailOn;
import dev.wfi.report.Labelled;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wfi errata}: check documentation pages against the contract and write the errata report. */
@Command(name = "errata", mixinStandardHelpOptions = true, versionProvider = Wfi.Version.class,
        description = {"Check the examples in documentation pages against the contract and report the errata.",
            "With no PATH, checks the corpus bundled with wfi. Without --format: the terminal report on stdout",
            "and every report file (errata.md, .html, .json, .sarif) under --out.",
            "In a pull request: --changed-since origin/BASE --changed-lines-only --format github annotates its lines."})
final class ErrataCommand implements Callable<Integer> {

    @ParentCommand
    Wfi wfi;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Pages (.md, .txt, .html) or directories to search for them.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", converter = FormatValues.class,
            completionCandidates = FormatValues.class,
            description = "Report to produce, repeatable: ${COMPLETION-CANDIDATES}. terminal and github (GitHub "
                    + "Actions annotations) go to stdout, the others to files under --out.")
    List<ReportFormat> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/errata",
            description = "Directory for the report files, created if missing (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "never", converter = FailOnValues.class,
            completionCandidates = FailOnValues.class,
            description = "Exit 1 when a finding is at least this severe: ${COMPLETION-CANDIDATES} "
                    + "(new: any finding not in the errata registry; default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "Report only the pages git says changed since REF: from REF's merge base with HEAD to the "
                    + "working tree, untracked pages included (in a pull request: origin/BASE). The other pages "
                    + "under PATH still inform the cross-page rules. Without PATH: the current directory.")
    String changedSince;

    @Option(names = "--changed-lines-only",
            description = "With --changed-since: keep only the findings on lines the change added or rewrote.")
    boolean changedLinesOnly;

    @Option(names = "--baseline", paramLabel = "FILE", description = "Leave out the findings this baseline knows.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every current finding to FILE as a baseline and exit 0 (no report).")
    Path writeBaseline;

    @Option(names = "--fix", description = "Apply the certain fixes of the findings to the pages in place (only the "
            + "spans the findings name; encoding, line endings and the rest of the page kept), then report what is left.")
    boolean fix;

    @Option(names = "--dry-run", description = "With --fix: print the changes as a unified diff and write nothing.")
    boolean dryRun;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Set<ReportFormat> chosen = formats.isEmpty() ? EnumSet.complementOf(EnumSet.of(ReportFormat.GITHUB))
                : EnumSet.copyOf(formats);
        if (dryRun && !fix) {
            throw new ParameterException(spec.commandLine(), "--dry-run goes with --fix");
        }
        if (fix && paths.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--fix changes pages in place: name the files or directories to fix");
        }

        if (changedLinesOnly && changedSince == null) {
            throw new ParameterException(spec.commandLine(), "--changed-lines-only goes with --changed-since REF");
        }
        Baseline known;
        try {
            known = baseline == null || writeBaseline != null ? Baseline.EMPTY : Baseline.parse(InputText.read(baseline, InputText.MAX_SPEC_BYTES));
        } catch (IOException e) {
            return userError(stderr, baseline + ": " + Failure.describe(e));
        }
        List<Path> inputs = changedSince != null && paths.isEmpty() ? List.of(Path.of(".")) : List.copyOf(paths);
        ErrataReport report;
        try {
            report = check(inputs, stderr);
            if (fix) {
                Fixed fixed = fix(report, stdout, stderr);
                if (fixed == Fixed.DRY_RUN) {
                    return report.inputErrors().isEmpty() ? Wfi.OK : Wfi.USER_ERROR;
                }
                if (fixed == Fixed.WRITTEN) {
                    // the report tells what is left, so the pages are checked again as they now are
                    report = check(inputs, stderr);
                }
            }
        } catch (GitChanges.Unavailable e) {
            return userError(stderr, e.getMessage());
        }
        if (writeBaseline != null) {
            return writeBaseline(report, stderr);
        }
        List<Finding> unknown = known.unknown(report.findings(), Finding::baselineEntry);
        if (unknown.size() < report.findings().size()) {
            stderr.println("wfi: " + (report.findings().size() - unknown.size()) + " of " + report.findings().size()
                    + " findings left out: the baseline " + baseline + " knows them");
            report = new ErrataReport(report.toolVersion(), report.documents(), unknown, report.inputErrors());
        }
        for (InputError error : report.inputErrors()) {
            stderr.println(error.line());
        }
        stderr.flush();

        if (chosen.contains(ReportFormat.TERMINAL)) {
            ReportFormat.TERMINAL.write(report, stdout, wfi.terminal.colour());
        }
        if (chosen.contains(ReportFormat.GITHUB)) {
            ReportFormat.GITHUB.write(report, stdout);
        }
        List<Path> written;
        try {
            written = ReportFiles.writeAll(report, out, chosen);
        } catch (IOException e) {
            // the report or directory that failed, not always --out itself
            Object failed = e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? fs.getFile() : out;
            stderr.println("wfi: " + failed + ": " + Failure.describe(e));
            stderr.flush();
            return Wfi.USER_ERROR;
        }
        if (chosen.contains(ReportFormat.TERMINAL) && !written.isEmpty()) {
            stdout.println("reports: " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
        }
        stdout.flush();

        if (!report.inputErrors().isEmpty()) {
            return Wfi.USER_ERROR;
        }
        boolean fails = report.findings().stream().anyMatch(f -> failOn.failsOn(f.severity(), f.registered()));
        return fails ? Wfi.FINDINGS : Wfi.OK;
    }

    /** Checks the inputs; with --changed-since, reports the changed pages (or lines) of the working tree as it is now. */
    private ErrataReport check(List<Path> inputs, PrintWriter stderr) throws GitChanges.Unavailable {
        if (changedSince == null) {
            return wfi.checker.check(inputs, progress(stderr));
        }
        return wfi.checker.check(inputs, GitChanges.since(inputs.get(0), changedSince).selection(changedLinesOnly),
                progress(stderr));
    }

    private int writeBaseline(ErrataReport report, PrintWriter stderr) {
        for (InputError error : report.inputErrors()) {
            stderr.println(error.line());
        }
        if (!report.inputErrors().isEmpty()) {
            // a page that was not read has no findings in it: a baseline without them would let them all in later
            return userError(stderr, writeBaseline + ": not written, " + report.inputErrors().size() + " inputs not read");
        }
        try {
            Baseline.of(report.findings(), Finding::baselineEntry).write(writeBaseline);
        } catch (IOException e) {
            return userError(stderr, writeBaseline + ": " + Failure.describe(e));
        }
        stderr.println("wfi: wrote " + writeBaseline + " (" + report.findings().size() + " findings)");
        stderr.flush();
        return Wfi.OK;
    }

    private static int userError(PrintWriter stderr, String message) {
        stderr.println("wfi: " + message);
        stderr.flush();
        return Wfi.USER_ERROR;
    }

    private enum Fixed { DRY_RUN, WRITTEN, NOTHING }

    /** Applies (or, with --dry-run, prints) the findings' fixes; says on stderr what was fixed and what was not. */
    private Fixed fix(ErrataReport report, PrintWriter stdout, PrintWriter stderr) {
        PageFixes.Plan plan = PageFixes.plan(List.copyOf(paths), report.findings());
        List<InputError> notFixed = new ArrayList<>(plan.notFixed());
        List<PageFixes.Edit> changed = plan.edits().stream().filter(PageFixes.Edit::changes).toList();
        if (dryRun) {
            changed.forEach(edit -> stdout.print(edit.unifiedDiff()));
            stdout.flush();
        } else {
            notFixed.addAll(PageFixes.write(plan));
        }
        notFixed.forEach(error -> stderr.println(error.line()));
        long left = report.findings().stream().filter(f -> f.fix() == null).count();
        stderr.println("wfi: " + (dryRun ? "would fix " : "fixed ") + plan.applied() + " errata in " + changed.size()
                + (changed.size() == 1 ? " page" : " pages") + "; " + left + (left == 1 ? " finding needs" : " findings need") + " a writer"
                + (plan.refused() > 0 ? "; " + plan.refused() + " fixes left alone because they overlap another" : ""));
        stderr.flush();
        return dryRun ? Fixed.DRY_RUN : changed.isEmpty() ? Fixed.NOTHING : Fixed.WRITTEN;
    }

    private Progress progress(PrintWriter stderr) {
        if (!wfi.terminal.progress()) {
            return Progress.NONE;
        }
        return new ProgressLine(stderr, System.nanoTime());
    }

    /** "checked 1200/20000 pages, 950 pages/s, about 18 s left", one line rewritten in place, at most ten times a second. */
    private static final class ProgressLine implements Progress {
        private final PrintWriter stderr;
        private final long start;
        private long shown;

        ProgressLine(PrintWriter stderr, long start) {
            this.stderr = stderr;
            this.start = start;
        }

        @Override
        public void pageDone(int done, int total) {
            long now = System.nanoTime();
            if (done >= total) {
                // the last update clears the line so the report starts on a clean one
                stderr.print("\r\u001b[2K");
            } else if (now - shown >= 100_000_000L || done == 1) {
                shown = now;
                double rate = done / Math.max((now - start) / 1e9, 1e-3);
                long left = Math.round((total - done) / rate);
                stderr.print("\r\u001b[2Kchecked " + done + "/" + total + " pages, " + Math.round(rate) + " pages/s, about "
                        + (left >= 60 ? left / 60 + " min " + left % 60 + " s" : left + " s") + " left");
            } else {
                return;
            }
            stderr.flush();
        }
    }

    /** The {@code --format} values, for picocli: the converter and the completion candidates. */
    static final class FormatValues extends EnumOption<ReportFormat> {
        FormatValues() {
            super(Labelled.all(ReportFormat.class));
        }
    }

    /** The {@code --fail-on} values: a severity, a finding the registry does not know, or never. */
    static final class FailOnValues extends EnumOption<FailOn> {
        FailOnValues() {
            super(Labelled.all(FailOn.class));
        }
    }
}
