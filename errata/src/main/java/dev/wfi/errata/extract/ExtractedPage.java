package dev.wfi.errata.extract;

import java.util.List;

/** Everything read from one page: its examples in page order, its tables, and its links. */
public record ExtractedPage(Page page, List<DocumentedExample> examples, List<DocTable> tables, List<Link> links) {

    /** A link target written on a page, with its line. */
    public record Link(String target, int line) {
    }

    public ExtractedPage {
        examples = List.copyOf(examples);
        tables = List.copyOf(tables);
        links = List.copyOf(links);
    }
}
