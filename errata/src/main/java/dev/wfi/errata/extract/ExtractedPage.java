package dev.wfi.errata.extract;

import java.util.List;

/**
 * Everything read from one page: its examples in page order, its tables, its links, and the request syntax its
 * "HTTP request" section states ({@code GET /teams/{teamId}/schedule}), which says what the page documents.
 */
public record ExtractedPage(Page page, List<DocumentedExample> examples, List<DocTable> tables, List<Link> links,
                            List<Syntax> syntax) {

    /**
     * A link target written on a page, with its line. In a paragraph, only links that may lead to another doc page (a
     * ".md" target) are read; headings and table cells give all theirs.
     */
    public record Link(String target, int line) {
    }

    /** One line of a page's request syntax: a method and a path template, without host or version. */
    public record Syntax(String method, String path, int line) {
    }

    /** The page's tables of one kind, in page order. */
    public List<DocTable> tables(DocTable.Type type) {
        return tables.stream().filter(table -> table.type() == type).toList();
    }

    public ExtractedPage {
        examples = List.copyOf(examples);
        tables = List.copyOf(tables);
        links = List.copyOf(links);
        syntax = List.copyOf(syntax);
    }
}
