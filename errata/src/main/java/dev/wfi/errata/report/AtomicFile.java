package dev.wfi.errata.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that readers see either the previous content or the complete new one: the body goes to a
 * temporary file beside the target, which is then moved over it in one step.
 */
final class AtomicFile {

    /** What produces a file's content. */
    @FunctionalInterface
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Body body) throws IOException {
        Staged staged = stage(target, body);
        try {
            staged.commit();
        } finally {
            staged.discard();
        }
    }

    /**
     * Writes the content to a temporary file beside the target, for {@link Staged#commit()} to move in later.
     *
     * @throws IOException naming the target's path ({@link FileSystemException#getFile()}) when it is a directory or
     *     the content cannot be written (a full disk); no temporary file is left
     */
    static Staged stage(Path target, Body body) throws IOException {
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "is a directory");
        }
        Path directory = target.toAbsolutePath().getParent();
        // same directory: a move across file systems could not be atomic
        Path temp;
        try {
            temp = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw new FileSystemException(directory.toString(), null, e.getMessage());
        }
        Staged staged = new Staged(temp, target);
        boolean written = false;
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                body.writeTo(out);
            }
            readableByAll(temp);
            written = true;
        } catch (FileSystemException e) {
            throw e;
        } catch (IOException e) {
            throw new FileSystemException(target.toString(), null, e.getMessage());
        } finally {
            if (!written) {
                staged.discard();
            }
        }
        return staged;
    }

    /** A complete new content waiting beside its target. */
    static final class Staged {
        private final Path temp;
        private final Path target;
        private boolean committed;

        private Staged(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        /** Moves the content over the target in one step. */
        void commit() throws IOException {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            committed = true;
        }

        /** Deletes the temporary file unless it was moved in. */
        void discard() throws IOException {
            if (!committed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Temporary files are private (0600); a report is for reading, like any file the user writes (0644). */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
