package dev.wfi.errata.extract;

/** A page's text and the path a report shows for it (relative to the argument it was found under). */
public record SourceText(String path, String text) {
}
