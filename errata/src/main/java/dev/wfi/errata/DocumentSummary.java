package dev.wfi.errata;

/**
 * A page that was read: where it is (relative to the argument it was found under), its locale
 * (for example "ru-RU", "en-US") and format ("markdown", "localized-markdown", "plain-text"), how many examples it
 * held, whether the contract covers what it documents, and how many of its examples were checked against the
 * contract (the others for syntax only), and the lines around its findings that the HTML report quotes.
 */
public record DocumentSummary(String path, String locale, String format, int examples, boolean contract,
                              int contractExamples, Excerpt excerpt) {

    public DocumentSummary {
        java.util.Objects.requireNonNull(excerpt, "excerpt");
    }

    /** A page whose lines are not quoted. */
    public DocumentSummary(String path, String locale, String format, int examples, boolean contract,
                           int contractExamples) {
        this(path, locale, format, examples, contract, contractExamples, Excerpt.NONE);
    }

    /** A page the contract covers whole. */
    public DocumentSummary(String path, String locale, String format, int examples) {
        this(path, locale, format, examples, true, examples);
    }

    /** "contract" for a page checked against the contract, "syntax" for one checked for syntax alone. */
    public String scope() {
        return contract ? "contract" : "syntax";
    }
}
