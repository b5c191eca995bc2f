package dev.wfi.errata.extract;

import org.commonmark.node.HtmlInline;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

import java.util.Set;

/**
 * A quick path for the {@code <span ...>} and {@code </span>} tags that machine-translated pages wrap around
 * every sentence (two or three per table cell), and the {@code <a name="...">}{@code </a>} anchors that open
 * their headings. commonmark's own parsers try an autolink and then a general
 * HTML tag at each {@code <}; that was half the time spent reading such a page. This parser yields the same
 * {@link HtmlInline} node for such a tag on one line and declines everything else, which the built-in parsers
 * then handle as before (commonmark tries custom parsers first).
 */
final class SpanTagParser implements InlineContentParser {

    static final InlineContentParserFactory FACTORY = new InlineContentParserFactory() {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('<');
        }

        @Override
        public InlineContentParser create() {
            return new SpanTagParser();
        }
    };

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        HtmlInline tag = tag(scanner);
        return tag == null ? ParsedInline.none() : ParsedInline.of(tag, scanner.position());
    }

    /**
     * The span or anchor tag at the scanner's {@code <}, with the scanner past it; null when there is none there (the
     * scanner is then left anywhere).
     */
    static HtmlInline tag(Scanner scanner) {
        Position start = scanner.position();
        scanner.next(); // the '<'
        boolean closing = scanner.next('/');
        if (!scanner.next("span") && !scanner.next('a')) {
            return null; // "<abbr>" passes for an 'a' here, and is then declined for what follows the name
        }
        if (closing) {
            scanner.whitespace();
            if (!scanner.next('>')) {
                return null;
            }
        } else if (!skipAttributes(scanner)) {
            return null;
        }
        HtmlInline tag = new HtmlInline();
        tag.setLiteral(scanner.getSource(start, scanner.position()).getContent());
        return tag;
    }

    /**
     * Past the closing '>' of an open tag, accepting attributes as CommonMark's HTML open tag does; false for
     * anything this quick path does not cover (a line break inside the tag, "/>", a malformed attribute).
     */
    private static boolean skipAttributes(Scanner scanner) {
        while (true) {
            int space = scanner.whitespace();
            if (scanner.next('>')) {
                return true;
            }
            if (space == 0 || !attributeName(scanner)) {
                return false; // "<spanner>" is another tag; "<span/>" and odd names go to the built-in parser
            }
            Position afterName = scanner.position();
            scanner.whitespace();
            if (!scanner.next('=')) {
                scanner.setPosition(afterName);
                continue;
            }
            scanner.whitespace();
            if (!attributeValue(scanner)) {
                return false;
            }
        }
    }

    private static boolean attributeName(Scanner scanner) {
        char c = scanner.peek();
        if (!(Character.isLetter(c) && c < 128) && c != '_' && c != ':') {
            return false;
        }
        scanner.next();
        for (c = scanner.peek(); (c < 128 && Character.isLetterOrDigit(c)) || "_.:-".indexOf(c) >= 0; c = scanner.peek()) {
            scanner.next();
        }
        return true;
    }

    private static boolean attributeValue(Scanner scanner) {
        char quote = scanner.peek();
        if (quote == '"' || quote == '\'') {
            scanner.next();
            for (char c = scanner.peek(); c != quote; c = scanner.peek()) {
                if (c == Scanner.END || c == '\n') {
                    return false;
                }
                scanner.next();
            }
            scanner.next();
            return true;
        }
        int length = 0;
        for (char c = scanner.peek(); c != Scanner.END && " \t\n\"'=<>`".indexOf(c) < 0; c = scanner.peek()) {
            scanner.next();
            length++;
        }
        return length > 0;
    }
}
