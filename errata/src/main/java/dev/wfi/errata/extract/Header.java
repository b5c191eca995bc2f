package dev.wfi.errata.extract;

/** An HTTP header line of an example, as written on the page. */
public record Header(String name, String value, int line) {
}
