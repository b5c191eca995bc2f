package dev.wfi.emulator;

import java.util.List;
import java.util.Locale;

/** The {@code Prefer} request header (RFC 7240): a comma-separated list of preferences, each with optional parameters. */
final class Prefer {
    static final String INCLUDE_UNKNOWN_ENUM_MEMBERS = "include-unknown-enum-members";

    private Prefer() {
    }

    /**
     * Whether any {@code Prefer} header holds {@code preference} ({@code return=representation}): its name and value,
     * ignoring case, whitespace and parameters after a {@code ;}.
     */
    static boolean names(List<String> headers, String preference) {
        if (headers == null) {
            return false;
        }
        String wanted = preference.replace(" ", "").toLowerCase(Locale.ROOT);
        for (String header : headers) {
            for (String sent : header.split(",")) {
                if (sent.split(";", 2)[0].replace(" ", "").replace("\"", "").toLowerCase(Locale.ROOT).equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any {@code Prefer} header names the preference, ignoring case, parameters and whitespace. */
    static boolean includesUnknownEnumMembers(List<String> headers) {
        if (headers == null) {
            return false;
        }
        for (String header : headers) {
            for (String preference : header.split(",")) {
                String name = preference.split("[;=]", 2)[0].strip().toLowerCase(Locale.ROOT);
                if (name.equals(INCLUDE_UNKNOWN_ENUM_MEMBERS)) {
                    return true;
                }
            }
        }
        return false;
    }
}
