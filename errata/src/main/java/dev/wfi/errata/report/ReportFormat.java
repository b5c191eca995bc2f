package dev.wfi.errata.report;

import dev.wfi.errata.ErrataReport;
import dev.wfi.report.Labelled;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * The forms an {@link ErrataReport} can be rendered in. {@link #TERMINAL} and {@link #GITHUB} go to standard output;
 * the others have a file name under the report directory, and {@link ReportFiles#writeAll} writes those.
 */
public enum ReportFormat implements Labelled {
    TERMINAL("terminal", null),
    MD("md", "errata.md"),
    HTML("html", "errata.html"),
    JSON("json", "errata.json"),
    SARIF("sarif", "errata.sarif"),
    /** GitHub Actions workflow commands: an annotation per finding on the pull request's lines. */
    GITHUB("github", null);

    private final String label;
    private final String fileName;

    ReportFormat(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    /** The name users type after {@code --format}. */
    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> aliases() {
        return this == MD ? List.of("markdown") : List.of();
    }

    /** The file this format is written to under the report directory; empty for the forms on standard output. */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** Writes the report without ANSI colours. */
    public void write(ErrataReport report, Writer out) throws IOException {
        write(report, out, false);
    }

    /** Writes the report; {@code colour} asks the terminal form for ANSI colours and is ignored by the others. */
    public void write(ErrataReport report, Writer out, boolean colour) throws IOException {
        switch (this) {
            case TERMINAL -> TerminalWriter.write(report, out, colour);
            case MD -> MarkdownWriter.write(report, out);
            case HTML -> HtmlWriter.write(report, out);
            case JSON -> JsonWriter.write(report, out);
            case SARIF -> SarifWriter.write(report, out);
            case GITHUB -> GithubWriter.write(report, out);
            default -> throw new AssertionError(this);
        }
    }

    /** The report rendered as one string, without colours. */
    public String render(ErrataReport report) {
        StringWriter out = new StringWriter();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return label;
    }
}
