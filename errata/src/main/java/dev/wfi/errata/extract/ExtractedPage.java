package dev.wfi.errata.extract;

import java.util.List;

/**
 * Everything read from one page: its examples in page order, its tables, its links, and the request syntax its
 * "HTTP request" section states ({@code GET /teams/{teamId}/schedule}), which says what the page documents, and the
 * statuses its Response section states.
 */
public record ExtractedPage(Page page, List<DocumentedExample> examples, List<DocTable> tables, List<Link> links,
                            List<Syntax> syntax, List<StatedStatus> statedStatuses) {

    /**
     * A link target written on a page, with its line. In a paragraph, only links that may lead to another doc page (a
     * ".md" target) are read; headings and table cells give all theirs.
     */
    public record Link(String target, int line) {
    }

    /**
     * A status the Response section's prose states in a code span ({@code `201 Created`}, which translations keep as
     * written), with every place on the page the same span stands in that paragraph (a translated page keeps the English
     * sentence beside its translation): line and 1-based column of each.
     */
    public record StatedStatus(int status, String text, List<Place> places) {
        public StatedStatus {
            places = List.copyOf(places);
        }
    }

    /** A place on a page: line and 1-based column. */
    public record Place(int line, int column) {
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
        statedStatuses = List.copyOf(statedStatuses);
    }
}
