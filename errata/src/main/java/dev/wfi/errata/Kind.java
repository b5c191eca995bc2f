package dev.wfi.errata;

import java.util.Locale;

/** The finding kinds of the report JSON (docs/errata-report.schema.json); {@link #label()} is the wire form. */
public enum Kind {
    SYNTAX, SCHEMA, ENUM, TYPE, REQUIRED, UNKNOWN_PROPERTY, READ_ONLY, SECRET, STATUS, URL, TIME,
    PLACEHOLDER, ODATA_TYPE, CONTENT_LENGTH, HEADER, PERMISSION, TRANSLATION, TABLE_DRIFT, LINK, CROSS_DOC;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
