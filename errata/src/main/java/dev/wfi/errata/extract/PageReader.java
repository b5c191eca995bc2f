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
        return new ExtractedPage(page, paired(read.examples()), read.tables(), read.links());
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
