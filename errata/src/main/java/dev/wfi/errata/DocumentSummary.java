package dev.wfi.errata;

/**
 * A page that was read: where it is (relative to the argument it was found under), its locale
 * (for example "ru-RU", "en-US") and format ("markdown", "localized-markdown", "plain-text"), and how many examples it held.
 */
public record DocumentSummary(String path, String locale, String format, int examples) {
}
