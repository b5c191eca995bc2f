package dev.wfi.errata.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders an HTML page to plain text that keeps the file's line numbers: each text node's text is put on
 * the line where jsoup found it, so findings on an .html page still name the file's own lines.
 */
final class HtmlText {

    private HtmlText() {
    }

    static String render(String html) {
        int lineCount = (int) html.lines().count();
        List<StringBuilder> lines = new ArrayList<>();
        for (int i = 0; i < Math.max(lineCount, 1); i++) {
            lines.add(new StringBuilder());
        }
        Document document = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                int line = Math.max(text.sourceRange().start().lineNumber(), 1) - 1;
                String[] parts = text.getWholeText().split("\n", -1);
                for (int k = 0; k < parts.length; k++) {
                    int at = Math.min(line + k, lines.size() - 1);
                    lines.get(at).append(parts[k]);
                }
            }
        }, document);
        return String.join("\n", lines.stream().map(StringBuilder::toString).toList());
    }
}
