package dev.wfi.errata;

/** A file or argument that could not be read at all (missing, unreadable, binary, not UTF-8, too large). */
public record InputError(String path, String cause) {

    /** The one line a user sees: {@code wfi: <path>: <cause>}. */
    public String line() {
        return "wfi: " + path + ": " + cause;
    }
}
