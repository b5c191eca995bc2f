package dev.wfi.errata.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The package's entry point: reads a page in whichever of the three shapes it comes, and pairs its examples. */
public final class PageReader {

    private PageReader() {
    }

    public static ExtractedPage read(String path, String text) {
        Page page = Page.of(path, text);
        ExtractedPage read = page.isMarkdown() ? MarkdownReader.read(page) : PlainTextReader.read(page);
        return new ExtractedPage(page, paired(read.examples()), inOrder(read.tables(), read.examples()), read.links(),
                read.syntax(), read.statedStatuses());
    }

    /**
     * Graph API pages keep their sections in one order (permissions, HTTP request, headers, body, response,
     * examples); where a heading does not say which section a table is in, a property table after the headers
     * table and before the first example is the request body.
     */
    private static List<DocTable> inOrder(List<DocTable> tables, List<DocumentedExample> examples) {
        int firstExample = examples.stream().filter(e -> e.role() != DocumentedExample.Role.RESOURCE)
                .mapToInt(DocumentedExample::line).min().orElse(Integer.MAX_VALUE);
        List<DocTable> out = new ArrayList<>(tables.size());
        boolean afterHeaders = false;
        for (DocTable table : tables) {
            if (afterHeaders && table.section() == Section.OTHER && table.type() == DocTable.Type.PROPERTIES && table.line() < firstExample) {
                table = table.in(Section.REQUEST_BODY);
            }
            afterHeaders |= table.type() == DocTable.Type.HEADERS;
            out.add(table);
        }
        return out;
    }

    /** A response answers the nearest request before it that no other response has answered. */
    private static List<DocumentedExample> paired(List<DocumentedExample> examples) {
        List<DocumentedExample> out = new ArrayList<>(examples.size());
        Deque<DocumentedExample> open = new ArrayDeque<>();
        for (DocumentedExample e : examples) {
            if (e.role() == DocumentedExample.Role.REQUEST) {
                open.clear();
                open.push(e);
                out.add(e);
            } else if (e.role() == DocumentedExample.Role.RESPONSE && !open.isEmpty()) {
                out.add(e.answering(open.pop()));
            } else {
                out.add(e);
            }
        }
        return out;
    }
}
