package dev.wfi.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** The cause of an I/O failure in the words of a shell ("no such file or directory"), for one-line errors. */
final class Failure {

    private Failure() {
    }

    static String describe(Exception exception) {
        if (exception instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (exception instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (exception instanceof NotDirectoryException || exception instanceof FileAlreadyExistsException) {
            return "not a directory";
        }
        if (exception instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason().toLowerCase(Locale.ROOT);
        }
        String message = exception.getMessage();
        return message == null ? exception.getClass().getSimpleName() : message;
    }
}
