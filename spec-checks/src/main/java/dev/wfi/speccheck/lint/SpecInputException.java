package dev.wfi.speccheck.lint;

import java.nio.file.Path;

/** A file that cannot be read or is not an OpenAPI document: a usage error, not a finding. */
public final class SpecInputException extends Exception {

    private final Path path;

    public SpecInputException(Path path, String cause) {
        super(cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** {@code <path>: <cause>}, the form of wfi's error lines. */
    public String line() {
        return path + ": " + getMessage();
    }
}
