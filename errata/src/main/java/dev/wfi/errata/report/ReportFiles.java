package dev.wfi.errata.report;

import dev.wfi.errata.ErrataReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/** Writes the file forms of a report into one directory. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * Writes each format that has a file name (the forms on standard output are skipped) into {@code outDir},
     * creating the directory if needed. All are written to temporary files first and moved in only when all were
     * written, so a failure (a full disk, a report path that is a directory) leaves the previous set as it was, never
     * a new Markdown report beside an old JSON one.
     *
     * @return the files written, in {@link ReportFormat} order
     * @throws IOException a {@link java.nio.file.FileSystemException} naming the path that failed
     */
    public static List<Path> writeAll(ErrataReport report, Path outDir, Collection<ReportFormat> formats)
            throws IOException {
        EnumSet<ReportFormat> wanted = formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class) : EnumSet.copyOf(formats);
        wanted.removeIf(format -> format.fileName().isEmpty());
        List<Path> written = new ArrayList<>();
        if (wanted.isEmpty()) {
            return written;
        }
        Files.createDirectories(outDir);
        for (ReportFormat format : wanted) {
            Path file = outDir.resolve(format.fileName().orElseThrow());
            if (Files.isDirectory(file)) {
                throw new java.nio.file.FileSystemException(file.toString(), null, "is a directory");
            }
            written.add(file);
        }
        List<AtomicFile.Staged> staged = new ArrayList<>();
        try {
            int i = 0;
            for (ReportFormat format : wanted) {
                staged.add(AtomicFile.stage(written.get(i++), out -> format.write(report, out)));
            }
            for (AtomicFile.Staged file : staged) {
                file.commit();
            }
        } finally {
            for (AtomicFile.Staged file : staged) {
                file.discard();
            }
        }
        return written;
    }
}
