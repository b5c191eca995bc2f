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
     * Writes each format that has a file name ({@link ReportFormat#TERMINAL} is skipped) into {@code outDir},
     * creating the directory if needed. Each file is replaced atomically; a failure leaves the previous file as it was.
     *
     * @return the files written, in {@link ReportFormat} order
     */
    public static List<Path> writeAll(ErrataReport report, Path outDir, Collection<ReportFormat> formats)
            throws IOException {
        EnumSet<ReportFormat> wanted = formats.isEmpty() ? EnumSet.noneOf(ReportFormat.class) : EnumSet.copyOf(formats);
        wanted.remove(ReportFormat.TERMINAL);
        List<Path> written = new ArrayList<>();
        if (wanted.isEmpty()) {
            return written;
        }
        Files.createDirectories(outDir);
        for (ReportFormat format : wanted) {
            Path file = outDir.resolve(format.fileName().orElseThrow());
            AtomicFile.write(file, out -> format.write(report, out));
            written.add(file);
        }
        return written;
    }
}
