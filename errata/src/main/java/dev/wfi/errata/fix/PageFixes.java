package dev.wfi.errata.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.wfi.errata.Finding;
import dev.wfi.errata.Fix;
import dev.wfi.errata.InputError;
import dev.wfi.errata.extract.PageInput;
import dev.wfi.errata.extract.PageSources;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code wfi errata --fix}: the certain fixes of a run's findings, applied to the files they were found in. A page is
 * written only when a fix changes it, whole and at once (a temporary file moved over it), in its own encoding: UTF-8,
 * with its byte order mark if it had one.
 */
public final class PageFixes {

    private static final String BOM = "\uFEFF";

    /** One page's change: its text before and after, the fixes applied and those refused. */
    public record Edit(Path file, String shownAs, String before, String after, List<Fix> applied, List<Fix> refused) {

        public boolean changes() {
            return !before.equals(after);
        }

        /** The change as a unified diff, three lines of context, paths as git shows them ({@code a/...}, {@code b/...}). */
        public String unifiedDiff() {
            List<String> old = before.lines().toList();
            List<String> now = after.lines().toList();
            List<String> diff = UnifiedDiffUtils.generateUnifiedDiff("a/" + shownAs, "b/" + shownAs, old,
                    DiffUtils.diff(old, now), 3);
            return diff.isEmpty() ? "" : String.join("\n", diff) + "\n";
        }
    }

    /** The pages the fixes change, and the pages with fixes that cannot be applied, with the reason. */
    public record Plan(List<Edit> edits, List<InputError> notFixed) {

        public int applied() {
            return edits.stream().mapToInt(e -> e.applied().size()).sum();
        }

        public int refused() {
            return edits.stream().mapToInt(e -> e.refused().size()).sum();
        }
    }

    private PageFixes() {
    }

    /** Works out what the findings' fixes change in the pages the arguments name, writing nothing. */
    public static Plan plan(List<Path> inputs, List<Finding> findings) {
        Map<String, List<Fix>> byPage = new LinkedHashMap<>();
        findings.stream().filter(f -> f.fix() != null)
                .forEach(f -> byPage.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f.fix()));
        List<Edit> edits = new ArrayList<>();
        List<InputError> notFixed = new ArrayList<>();
        for (PageInput page : PageSources.list(inputs).pages()) {
            List<Fix> fixes = byPage.get(page.shownAs());
            if (fixes == null || page.file().isEmpty()) {
                continue;
            }
            Path file = page.file().get();
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html")) {
                // the engine reads an HTML page's rendered text, whose lines are not the file's
                notFixed.add(new InputError(file.toString(), fixes.size() + " fixes not applied: HTML pages are checked as"
                        + " rendered text, whose lines are not the file's; fix the page's Markdown source"));
                continue;
            }
            try {
                String text = PageSources.utf8(Files.readAllBytes(file));
                boolean bom = text.startsWith(BOM);
                TextFixes.Result fixed = TextFixes.apply(bom ? text.substring(1) : text, fixes);
                edits.add(new Edit(file, page.shownAs(), text, (bom ? BOM : "") + fixed.text(), fixed.applied(), fixed.refused()));
            } catch (CharacterCodingException e) {
                notFixed.add(new InputError(file.toString(), "not UTF-8 text; not fixed"));
            } catch (IOException e) {
                notFixed.add(new InputError(file.toString(), "cannot read: " + Objects.toString(e.getMessage(), e.toString())));
            }
        }
        return new Plan(edits, notFixed);
    }

    /** Writes each changed page whole, by moving a finished temporary file over it; a page that fails is named. */
    public static List<InputError> write(Plan plan) {
        List<InputError> failed = new ArrayList<>();
        for (Edit edit : plan.edits()) {
            if (!edit.changes()) {
                continue;
            }
            Path temporary = null;
            try {
                temporary = Files.createTempFile(edit.file().toAbsolutePath().getParent(), ".wfi-fix-", ".tmp");
                Files.writeString(temporary, edit.after(), StandardCharsets.UTF_8);
                // a temporary file is private; the page keeps the mode it had
                if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                    Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(edit.file()));
                }
                try {
                    Files.move(temporary, edit.file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, edit.file(), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                failed.add(new InputError(edit.file().toString(), "not fixed: cannot write: "
                        + Objects.toString(e.getMessage(), e.toString())));
                deleteQuietly(temporary);
            }
        }
        return failed;
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the failure already reported is the one that matters; a stray temporary file is named by its prefix
            }
        }
    }
}
