package dev.wfi.errata.extract;

/** A 1-based line and column in a page file. */
public record JsonLocation(int line, int column) {
}
