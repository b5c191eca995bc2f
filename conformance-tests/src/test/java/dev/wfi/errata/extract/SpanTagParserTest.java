package dev.wfi.errata.extract;

import dev.wfi.errata.BundledCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick span path must build exactly the tree commonmark builds on its own: compared through the HTML renderer. */
class SpanTagParserTest {

    private static final Parser STOCK = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final Parser QUICK = Parser.builder().extensions(List.of(TablesExtension.create()))
            .customInlineContentParserFactory(SpanTagParser.FACTORY).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    static Stream<Path> corpusPages() throws IOException {
        return Files.list(BundledCorpus.PAGES).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("corpusPages")
    void corpusPagesParseAsCommonmarkParsesThem(Path page) throws IOException {
        assertSame(Files.readString(page));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<span>a</span>", "<span class=\"sxs-lookup\">a</span>", "<span a='>'>x</span>", "<span a=b c>x</span >",
        "<spanner>x</spanner>", "<span/>", "<span\nclass=\"x\">y</span>", "<span \"bad\">x</span>", "<span a=>x",
        "<span a=\"unclosed>x", "| <span x=\"1\">a</span> | b |\n|---|---|\n| <span>c</span> | `d` |",
        "# <span data-ttu-id=\"1\">Заголовок</span><span class=\"sxs-lookup\">Heading</span>", "</span x>", "</span\n>",
        "<span a=`b`>x</span>", "<span 1a=b>x</span>", "<span a = \"b\" >x</span>", "<span a=b/>",
        "## <a name=\"permissions\"></a><span data-ttu-id=\"1\">Разрешения</span>", "<a>x</a>", "<abbr>x</abbr>",
        "<a/>", "<a href=\"http://x\">y</a >", "</a x>", "<ab>", "<a:b>", "<a\nname=\"x\">", "<a name='x'/>"})
    void trickyTagsParseAsCommonmarkParsesThem(String markdown) {
        assertSame(markdown);
    }

    @Property(tries = 2_000)
    void generatedTextParsesAsCommonmarkParsesIt(@ForAll("spanSoup") String markdown) {
        assertSame(markdown);
    }

    /** The reader's own parser (span path and plain-cell path) keeps table cells and headings as commonmark makes them. */
    @Property(tries = 2_000)
    void cellsAndHeadingsParseAsCommonmarkParsesThem(@ForAll("lineSoup") String text) {
        for (String markdown : List.of("| h |\n|---|\n| " + text + " |", "## " + text)) {
            for (Parser reader : List.of(MarkdownReader.PARSER, MarkdownReader.PARSER_WITH_DEFINITIONS)) {
                assertEquals(HTML.render(STOCK.parse(markdown)), HTML.render(reader.parse(markdown)),
                        () -> "markdown: " + markdown);
            }
        }
    }

    /**
     * Paragraphs are parsed in full only where they may hold a link to another doc page: every such link commonmark
     * finds, the reader still reads, reference links included.
     */
    @Property(tries = 3_000)
    void everyLinkToADocPageIsRead(@ForAll("linkSoup") String markdown) {
        Set<String> stock = new TreeSet<>();
        STOCK.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                stock.add(link.getDestination());
                visitChildren(link);
            }
        });
        Set<String> read = new TreeSet<>();
        MarkdownReader.read(Page.of("page.md", markdown)).links().forEach(link -> read.add(link.target()));
        assertEquals(docPages(stock), docPages(read), () -> "markdown: " + markdown);
    }

    private static Set<String> docPages(Set<String> targets) {
        return targets.stream().filter(t -> t.toLowerCase(Locale.ROOT).contains(".md")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Provide
    Arbitrary<String> linkSoup() {
        return Arbitraries.of("[a]", "[t][r]", "[r]", "[r][]", "(", ")", "../resources/Foo.md", "x.MD#s", "http://x/y",
                "\n[r]: ../resources/Ref.md\n", "\n[q]: http://q\n", "[", "]", "<", ">", "`", " ", "\n", "\n\n", "text",
                "- ", "> ", "    ", "\\", "!").list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> lineSoup() {
        return Arbitraries.of("<span", "</span", "<a", "</a", ">", "<", " ", "a", "Б", "=", "\"", "'", "`", "*", "_", "&amp;", "&", "\\", "!",
                "[", "]", "(", ")", "http://x", "#", "-", "|", "\t").list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> spanSoup() {
        return Arbitraries.of("<span", "</span", "<a", "</a", ">", "<", " ", "\n", "a", "=", "\"", "'", "`", "class", "/", "-", "|", "\\", "é")
                .list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    private static void assertSame(String markdown) {
        assertEquals(HTML.render(STOCK.parse(markdown)), HTML.render(QUICK.parse(markdown)), () -> "markdown: " + markdown);
    }
}
