package dev.wfi.cli;

import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.unifieddiff.UnifiedDiff;
import com.github.difflib.unifieddiff.UnifiedDiffFile;
import com.github.difflib.unifieddiff.UnifiedDiffReader;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Selection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The files of a git working tree that changed since a revision, as a pull request sees them: from the merge base of
 * the revision and {@code HEAD} to the working tree, so commits on the base branch since the branch point are not the
 * pull request's, while staged, unstaged and untracked (not ignored) files are. Deleted files are gone; a renamed
 * file is its new name. Git runs as a subprocess ({@code git} on the PATH); its own configuration (external diff
 * drivers, prefixes, path quoting) is overridden where it would change what is read.
 */
final class GitChanges {

    /** Git's answers to the few commands run here are small; one that runs this long is stuck (a lock, a prompt). */
    private static final long TIMEOUT_SECONDS = 120;
    private static final BitSet NONE = new BitSet();

    private final Path top;
    private final String base;
    /** Changed files by absolute path, each with its path before a rename or copy (itself otherwise), relative to top. */
    private final Map<Path, String> changed;
    private final Set<Path> untracked;

    private GitChanges(Path top, String base, Map<Path, String> changed, Set<Path> untracked) {
        this.top = top;
        this.base = base;
        this.changed = changed;
        this.untracked = untracked;
    }

    /** Why the changes cannot be listed, as the one line the user sees after {@code wfi: }. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    /**
     * The files changed since {@code ref} in the repository that holds {@code dir}.
     *
     * @throws Unavailable when {@code dir} is in no git repository, {@code ref} names no commit, the two have no
     *     common history, or git cannot be run
     */
    static GitChanges since(Path dir, String ref) throws Unavailable {
        if (!Files.exists(dir)) {
            throw new Unavailable(dir + ": no such file or directory");
        }
        Path start = Files.isDirectory(dir) ? dir : dir.toAbsolutePath().getParent();
        Git.Result topLevel = Git.run(start, "rev-parse", "--show-toplevel");
        if (!topLevel.ok()) {
            throw new Unavailable(dir + ": not in a git repository (--changed-since needs one)");
        }
        Path top = Path.of(topLevel.text().strip());
        Git.Result commit = Git.run(top, "rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}");
        if (!commit.ok()) {
            throw new Unavailable("--changed-since " + ref + ": no such commit in " + top
                    + " (a misspelt name, or a branch not fetched yet?)");
        }
        Git.Result mergeBase = Git.run(top, "merge-base", commit.text().strip(), "HEAD");
        if (!mergeBase.ok()) {
            throw new Unavailable("--changed-since " + ref + ": no common history with HEAD in " + top
                    + " (a shallow clone? fetch the whole history, e.g. actions/checkout with fetch-depth: 0)");
        }
        String base = mergeBase.text().strip();
        Git.Result diff = Git.run(top, "diff", "--name-status", "-z", "-M", "--no-ext-diff", base, "--");
        if (!diff.ok()) {
            throw new Unavailable(top + ": git diff failed: " + diff.error());
        }
        Map<Path, String> changed = new LinkedHashMap<>();
        String[] fields = diff.text().split("\0");
        for (int i = 0; i + 1 < fields.length; ) {
            String status = fields[i++];
            boolean renamed = status.startsWith("R") || status.startsWith("C");
            String before = fields[i++];
            String after = renamed && i < fields.length ? fields[i++] : before;
            if (!status.startsWith("D")) {
                changed.put(top.resolve(after).normalize(), before);
            }
        }
        Git.Result others = Git.run(top, "ls-files", "--others", "--exclude-standard", "-z", "--full-name");
        if (!others.ok()) {
            throw new Unavailable(top + ": git ls-files failed: " + others.error());
        }
        Set<Path> untracked = new HashSet<>();
        for (String name : others.text().split("\0")) {
            if (!name.isEmpty()) {
                untracked.add(top.resolve(name).normalize());
            }
        }
        return new GitChanges(top, base, changed, untracked);
    }

    /** True when {@code file} changed since the revision or is untracked. */
    boolean changed(Path file) {
        Path absolute = real(file);
        return changed.containsKey(absolute) || untracked.contains(absolute);
    }

    /** Git names files under its top level with symbolic links resolved; a path the user gave may go through one. */
    private static Path real(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException gone) {
            return file.toAbsolutePath().normalize();
        }
    }

    /**
     * The changed pages as a run's selection: every finding on them, or with {@code linesOnly} only the findings on
     * the lines the change added or rewrote (numbered in the file as it is now; all of an untracked file's, none for a
     * deletion, which leaves no line).
     */
    Selection selection(boolean linesOnly) throws Unavailable {
        Map<Path, BitSet> lines = linesOnly ? changedLines() : Map.of();
        return new Selection() {
            @Override
            public boolean reports(Path file) {
                return changed(file);
            }

            @Override
            public boolean keeps(Path file, Finding finding) {
                if (!linesOnly) {
                    return true;
                }
                Path absolute = real(file);
                return untracked.contains(absolute) || lines.getOrDefault(absolute, NONE).get(finding.line());
            }
        };
    }

    /** The lines the change added or rewrote in each changed file that git tracks. */
    private Map<Path, BitSet> changedLines() throws Unavailable {
        Map<Path, BitSet> lines = new HashMap<>();
        if (changed.isEmpty()) {
            return lines;
        }
        // one diff of the whole tree, matched by name; a name git quotes in diff headers is asked for alone. A name
        // missing otherwise has no hunk (a rename or mode change only)
        Map<String, BitSet> byName = hunks(List.of());
        for (Map.Entry<Path, String> file : changed.entrySet()) {
            String name = top.relativize(file.getKey()).toString().replace('\\', '/');
            BitSet found = byName.get(name);
            if (found == null && quotedByGit(name)) {
                found = hunks(List.of(file.getValue(), name)).values().stream().findFirst().orElse(NONE);
            }
            lines.put(file.getKey(), found == null ? NONE : found);
        }
        return lines;
    }

    /** With core.quotepath off, git quotes a name in diff headers only for a double quote, a backslash or a control character. */
    private static boolean quotedByGit(String name) {
        return name.chars().anyMatch(c -> c == '"' || c == '\\' || c < 0x20 || c == 0x7f);
    }

    /** The lines added or rewritten per file (new name) of {@code git diff -U0} from the base to the working tree. */
    private Map<String, BitSet> hunks(List<String> paths) throws Unavailable {
        List<String> args = new ArrayList<>(List.of("-c", "core.quotepath=off", "diff", "-U0", "-M", "--no-color",
                "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", base, "--"));
        args.addAll(paths);
        Git.Result diff = Git.run(top, args.toArray(String[]::new));
        if (!diff.ok()) {
            throw new Unavailable(top + ": git diff failed: " + diff.error());
        }
        UnifiedDiff parsed;
        try {
            parsed = UnifiedDiffReader.parseUnifiedDiff(new ByteArrayInputStream(diff.bytes()));
        } catch (IOException | RuntimeException e) {
            throw new Unavailable(top + ": cannot read git's diff: " + e.getMessage());
        }
        Map<String, BitSet> lines = new HashMap<>();
        for (UnifiedDiffFile file : parsed.getFiles()) {
            BitSet touched = new BitSet();
            for (AbstractDelta<String> delta : file.getPatch().getDeltas()) {
                // 0-based position in the new file, and the lines the hunk puts there (none for a deletion)
                int first = delta.getTarget().getPosition() + 1;
                touched.set(first, first + delta.getTarget().size());
            }
            lines.merge(file.getToFile(), touched, (a, b) -> {
                a.or(b);
                return a;
            });
        }
        return lines;
    }

    /** Runs git and collects what it prints. */
    private static final class Git {

        record Result(int exit, byte[] bytes, String error) {
            boolean ok() {
                return exit == 0;
            }

            String text() {
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }

        static Result run(Path dir, String... args) throws Unavailable {
            List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().put("GIT_TERMINAL_PROMPT", "0");
            builder.environment().put("LC_ALL", "C");
            Process process;
            try {
                process = builder.start();
            } catch (IOException e) {
                throw new Unavailable("git: cannot run it (--changed-since needs git on the PATH): " + Failure.describe(e));
            }
            try {
                process.getOutputStream().close();
                // both streams are drained at once, so neither fills its pipe and stops git
                CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
                CompletableFuture<byte[]> error = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new Unavailable("git " + String.join(" ", args) + ": no answer in " + TIMEOUT_SECONDS + " s");
                }
                String message = new String(error.get(), StandardCharsets.UTF_8).strip();
                return new Result(process.exitValue(), out.get(), message);
            } catch (IOException | ExecutionException e) {
                throw new Unavailable("git " + args[0] + ": " + Failure.describe(e));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new Unavailable("git " + args[0] + ": interrupted");
            }
        }

        private static byte[] readAll(InputStream in) {
            try (in) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
