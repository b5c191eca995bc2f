package dev.wfi.errata.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads markdown pages with commonmark: fenced blocks and the docs' {@code <!-- { "blockType": ... } -->}
 * annotations become examples, tables become {@link DocTable}s. On machine-translated pages the English
 * original of each table cell is taken from its {@code sxs-lookup} span.
 */
final class MarkdownReader {

    /** For a page that defines no link references: a paragraph's links show in its own text. */
    static final Parser PARSER = parser(false);
    /** For a page with link reference definitions, whose "[text][label]" names a target written elsewhere. */
    static final Parser PARSER_WITH_DEFINITIONS = parser(true);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** commonmark's own parser, for the few paragraphs whose code spans the reader needs after its quick path. */
    private static final Parser PROSE = Parser.builder().build();

    private static Parser parser(boolean definitions) {
        return Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .customInlineContentParserFactory(SpanTagParser.FACTORY)
                .inlineParserFactory(context -> new ProseSkippingInlineParser(context, definitions))
                .build();
    }

    private MarkdownReader() {
    }

    static ExtractedPage read(Page page) {
        List<String> lines = new ArrayList<>(page.lines());
        int frontMatterEnd = Page.frontMatterEnd(lines);
        for (int i = 0; i <= frontMatterEnd; i++) {
            lines.set(i, ""); // keeps line numbers while hiding YAML from the markdown parser
        }
        Node document = (mayDefineLinks(lines) ? PARSER_WITH_DEFINITIONS : PARSER).parse(String.join("\n", lines));
        Walker walker = new Walker(page);
        document.accept(walker);
        return new ExtractedPage(page, walker.examples, walker.tables, new ArrayList<>(walker.links), walker.syntax,
                walker.statedStatuses);
    }

    /**
     * Whether a line may be a link reference definition ("[label]: target"): any line with a '[' before a "]:", wherever
     * it stands. It errs towards yes: the answer only decides whether paragraphs without a target of their own are
     * parsed in full.
     */
    private static boolean mayDefineLinks(List<String> lines) {
        for (String line : lines) {
            int colon = line.indexOf("]:");
            if (colon > 0 && line.lastIndexOf('[', colon) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Paragraphs matter to the reader only for their links; inline parsing of the span-heavy prose of
     * machine-translated pages was a third of the reading time. A paragraph that cannot hold a link to a doc page
     * keeps its text as one node. A heading or table cell of one line with no
     * character that starts inline markup becomes the one text node commonmark would make of it, without the
     * set-up of a full inline parse (most cells of English tables). commonmark offers no public way to delegate to its own inline parser, hence the internal class
     * (its version is pinned in the parent pom).
     */
    private static final class ProseSkippingInlineParser implements InlineParser {
        /** Characters at which commonmark's inline parsing can do anything but copy text. */
        private static final String INLINE_MARKUP = "\\`![]<&*_\n\r";
        /** {@code INLINE_MARKUP} as a table: the test runs for every character of every cell. */
        private static final boolean[] MARKUP = new boolean[128];

        static {
            INLINE_MARKUP.chars().forEach(c -> MARKUP[c] = true);
        }

        private final InlineParser full;
        /** The page defines link references, so any '[' in a paragraph may open a link. */
        private final boolean definitions;

        ProseSkippingInlineParser(InlineParserContext context, boolean definitions) {
            this.full = new org.commonmark.internal.InlineParserImpl(context);
            this.definitions = definitions;
        }

        @Override
        public void parse(SourceLines lines, Node block) {
            Line line = (block instanceof Paragraph && !mayHoldLink(lines, definitions)) ? Line.PLAIN : classify(lines);
            if (line == Line.PLAIN) {
                block.appendChild(new Text(lines.getContent()));
            } else if (line != Line.PLAIN_BUT_TAGS || !appendTextAndTags(lines, block)) {
                full.parse(lines, block);
            }
        }

        /** What a block's content is to the quick paths. */
        private enum Line { PLAIN, PLAIN_BUT_TAGS, OTHER }

        /** One non-empty line with no character that starts inline markup ({@code PLAIN}), or none but '<'. */
        private static Line classify(SourceLines lines) {
            if (lines.getLines().size() != 1) {
                return Line.OTHER;
            }
            CharSequence content = lines.getLines().get(0).getContent();
            if (content.length() == 0) {
                return Line.OTHER;
            }
            boolean tags = false;
            for (int i = 0; i < content.length(); i++) {
                char c = content.charAt(i);
                if (c < MARKUP.length && MARKUP[c]) {
                    if (c != '<') {
                        return Line.OTHER;
                    }
                    tags = true;
                }
            }
            return tags ? Line.PLAIN_BUT_TAGS : Line.PLAIN;
        }

        /**
         * A plain line but for span and anchor tags (the cells and headings of machine-translated pages): its text
         * runs and tags, as commonmark would make them. False, with nothing appended, when a '<' starts anything else.
         */
        private static boolean appendTextAndTags(SourceLines lines, Node block) {
            List<Node> inlines = new ArrayList<>();
            Scanner scanner = Scanner.of(lines);
            while (scanner.hasNext()) {
                Position textStart = scanner.position();
                if (scanner.find('<') != 0) {
                    Position textEnd = scanner.position();
                    inlines.add(new Text(scanner.getSource(textStart, textEnd).getContent()));
                }
                if (scanner.hasNext()) {
                    HtmlInline tag = SpanTagParser.tag(scanner);
                    if (tag == null) {
                        return false;
                    }
                    inlines.add(tag);
                }
            }
            inlines.forEach(block::appendChild);
            return true;
        }

        /**
         * A paragraph's links matter only when they lead to another doc page (a target naming a ".md" file, the links
         * the rules read); without one in its text, and without definitions on the page, its links lead elsewhere.
         */
        private static boolean mayHoldLink(SourceLines lines, boolean definitions) {
            for (SourceLine line : lines.getLines()) {
                String content = line.getContent().toString();
                if (content.indexOf('[') >= 0 && definitions || containsIgnoringCase(content, ".md")) {
                    return true;
                }
            }
            return false;
        }

        private static boolean containsIgnoringCase(String text, String part) {
            for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
                if (text.regionMatches(true, i, part, 0, part.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    private static int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    private static final class Walker extends AbstractVisitor {
        private final Page page;
        private final List<DocumentedExample> examples = new ArrayList<>();
        private final List<DocTable> tables = new ArrayList<>();
        private final List<ExtractedPage.Syntax> syntax = new ArrayList<>();
        private final Set<ExtractedPage.Link> links = new LinkedHashSet<>();
        private final List<ExtractedPage.StatedStatus> statedStatuses = new ArrayList<>();
        private JsonNode pendingAnnotation;
        private Section section = Section.INTRODUCTION;
        /** Anchor tags as jsoup reads them: parsing each heading's was a twentieth of reading a page. */
        private static final RepeatedValues<String, java.util.Optional<String>> ANCHOR_NAMES =
                new RepeatedValues<>(Walker::anchorName, 10_000);

        Walker(Page page) {
            this.page = page;
        }

        @Override
        public void visit(HtmlBlock block) {
            JsonNode annotation = annotation(block.getLiteral());
            if (annotation != null && annotation.has("blockType")) {
                pendingAnnotation = annotation;
            }
        }

        @Override
        public void visit(Heading heading) {
            if (heading.getLevel() == 2) {
                section = Section.of(anchor(heading), cell(heading).english());
            }
            visitChildren(heading);
        }

        /** The name of the heading's {@code <a name="...">} anchor, which translated pages keep in English. */
        private static String anchor(Heading heading) {
            for (Node n = heading.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof HtmlInline html && html.getLiteral().startsWith("<a ")) {
                    java.util.Optional<String> name = ANCHOR_NAMES.of(html.getLiteral());
                    if (name.isPresent()) {
                        return name.get();
                    }
                }
            }
            return "";
        }

        private static java.util.Optional<String> anchorName(String tag) {
            org.jsoup.nodes.Element a = org.jsoup.Jsoup.parseBodyFragment(tag + "</a>").selectFirst("a[name]");
            return java.util.Optional.ofNullable(a).map(e -> e.attr("name").strip().toLowerCase(java.util.Locale.ROOT));
        }

        @Override
        public void visit(FencedCodeBlock block) {
            JsonNode annotation = pendingAnnotation;
            pendingAnnotation = null;
            List<String> content = new ArrayList<>(Arrays.asList(block.getLiteral().split("\n", -1)));
            if (!content.isEmpty() && content.get(content.size() - 1).isEmpty()) {
                content.remove(content.size() - 1);
            }
            int firstLine = lineOf(block) + 1;
            if (section == Section.HTTP_REQUEST
                    || annotation != null && "ignored".equals(annotation.path("blockType").asText())) {
                // the docs mark syntax templates like "PATCH /teamwork/..." as not an example: they say what the page is about
                for (int i = 0; i < content.size(); i++) {
                    int line = firstLine + i;
                    HttpText.requestLine(content.get(i))
                            .ifPresent(r -> syntax.add(new ExtractedPage.Syntax(r.method(), r.url(), line)));
                }
                return;
            }
            String id = page.path() + "#" + (examples.size() + 1);
            MessageReader.read(id, content, firstLine, true, annotation).example().ifPresent(examples::add);
        }

        @Override
        public void visit(Paragraph paragraph) {
            if (section == Section.RESPONSE) {
                statedStatuses(paragraph);
            }
            visitChildren(paragraph);
        }

        /** The statuses a paragraph of the Response section states in code spans, each with its places in the paragraph. */
        private void statedStatuses(Paragraph paragraph) {
            List<SourceSpan> spans = paragraph.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            int first = spans.get(0).getLineIndex() + 1;
            int last = spans.get(spans.size() - 1).getLineIndex() + 1;
            java.util.Map<String, Integer> stated = new java.util.LinkedHashMap<>();
            for (String code : codeSpans(paragraph)) {
                int status = HttpText.statusCode(code);
                if (status > 0) {
                    stated.put(code, status);
                }
            }
            for (java.util.Map.Entry<String, Integer> statement : stated.entrySet()) {
                String code = statement.getKey();
                List<ExtractedPage.Place> places = new ArrayList<>();
                for (int line = first; line <= last; line++) {
                    String text = page.line(line);
                    for (int at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + code.length())) {
                        if (at > 0 && text.charAt(at - 1) == '`') {
                            places.add(new ExtractedPage.Place(line, at + 1));
                        }
                    }
                }
                if (!places.isEmpty()) {
                    statedStatuses.add(new ExtractedPage.StatedStatus(statement.getValue(), code, places));
                }
            }
        }

        /**
         * The code spans of a paragraph: from its inline nodes where it was parsed in full, else from its text parsed
         * now (the reader's quick path keeps a paragraph without links as one text node).
         */
        private static List<String> codeSpans(Paragraph paragraph) {
            List<String> codes = new ArrayList<>();
            AbstractVisitor collect = new AbstractVisitor() {
                @Override
                public void visit(Code code) {
                    codes.add(code.getLiteral());
                }
            };
            paragraph.accept(collect);
            if (codes.isEmpty() && paragraph.getFirstChild() instanceof Text text && text.getNext() == null
                    && text.getLiteral().indexOf('`') >= 0) {
                PROSE.parse(text.getLiteral()).accept(collect);
            }
            return codes;
        }

        @Override
        public void visit(Link link) {
            links.add(new ExtractedPage.Link(link.getDestination(), lineOfBlock(link)));
            visitChildren(link);
        }

        /**
         * Inline nodes carry no source spans (asking commonmark for them costs a quarter of the reading time);
         * a link's line is its block's line plus the line breaks before it in that block.
         */
        private int lineOfBlock(Node inline) {
            Node block = inline.getParent();
            while (block != null && block.getSourceSpans().isEmpty()) {
                block = block.getParent();
            }
            if (block == null) {
                return 1;
            }
            int line = lineOf(block);
            for (Node n = block.getFirstChild(); n != null && n != inline && !isAncestor(n, inline); n = n.getNext()) {
                if (n instanceof org.commonmark.node.SoftLineBreak || n instanceof org.commonmark.node.HardLineBreak) {
                    line++;
                }
            }
            return Math.max(line, 1);
        }

        private static boolean isAncestor(Node candidate, Node of) {
            for (Node p = of.getParent(); p != null; p = p.getParent()) {
                if (p == candidate) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) {
                tables.add(table(table));
            }
            visitChildren(block);
        }

        private DocTable table(TableBlock block) {
            List<DocTable.Cell> header = List.of();
            List<DocTable.Row> rows = new ArrayList<>();
            for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<DocTable.Cell> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(cell(cell));
                        }
                    }
                    if (section instanceof TableHead) {
                        header = cells;
                    } else {
                        rows.add(new DocTable.Row(lineOf(row), cells, false));
                    }
                }
            }
            return new DocTable(DocTable.classify(section, header, rows), lineOf(block), section, header, rows);
        }

        /** Splits a cell's inline nodes into the translation and the English original in sxs-lookup spans. */
        private DocTable.Cell cell(Node cell) {
            CellText text = new CellText();
            text.collect(cell);
            if (!text.sawLookup) {
                String all = text.translated.toString().strip();
                return new DocTable.Cell(all, all, text.translatedCodes);
            }
            return new DocTable.Cell(text.translated.toString().strip(), text.english.toString().strip(), text.englishCodes);
        }

        private static JsonNode annotation(String html) {
            String s = html.strip();
            if (!s.startsWith("<!--") || !s.endsWith("-->")) {
                return null;
            }
            String inner = s.substring(4, s.length() - 3).strip();
            if (!inner.startsWith("{")) {
                return null;
            }
            try {
                return JSON.readTree(inner);
            } catch (Exception notJson) {
                return null; // a comment that is not an annotation
            }
        }
    }

    private static final class CellText {
        private final StringBuilder translated = new StringBuilder();
        private final StringBuilder english = new StringBuilder();
        private final List<String> translatedCodes = new ArrayList<>();
        private final List<String> englishCodes = new ArrayList<>();
        private boolean sawLookup;
        private int lookupDepth;

        void collect(Node node) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof HtmlInline html) {
                    String tag = html.getLiteral();
                    if (tag.startsWith("<span")) {
                        if (lookupDepth > 0) {
                            lookupDepth++;
                        } else if (tag.contains("sxs-lookup")) {
                            lookupDepth = 1;
                            if (!english.isEmpty()) {
                                english.append(' '); // each span holds a sentence of its own
                            }
                            sawLookup = true;
                        }
                    } else if (tag.startsWith("</span") && lookupDepth > 0) {
                        lookupDepth--;
                    }
                } else if (n instanceof Text t) {
                    (lookupDepth > 0 ? english : translated).append(t.getLiteral());
                } else if (n instanceof Code c) {
                    (lookupDepth > 0 ? english : translated).append(c.getLiteral());
                    (lookupDepth > 0 ? englishCodes : translatedCodes).add(c.getLiteral());
                } else {
                    collect(n);
                }
            }
        }
    }
}
