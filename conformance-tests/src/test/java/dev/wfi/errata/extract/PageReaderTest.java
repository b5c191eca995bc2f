package dev.wfi.errata.extract;

import dev.wfi.errata.BundledCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageReaderTest {

    private static ExtractedPage read(String name) throws IOException {
        return PageReader.read(name, Files.readString(BundledCorpus.page(name)));
    }

    @ParameterizedTest
    @CsvSource({
            "000_84426a01909ebca0.txt, localized-markdown, ru-RU, 8",
            "001_01246f3382d23bd7.txt, markdown, en-US, 2",
            "002_06c6225e6a553570.txt, plain-text, zh-CN, 8",
            "003_d349be8d62909c3a.txt, plain-text, en-US, 0",
            "004_c120b9a887704dc1.txt, markdown, en-US, 1"})
    void recognisesEachPageShapeAndCountsItsExamples(String name, String format, String locale, int examples) throws IOException {
        ExtractedPage page = read(name);
        assertEquals(format, page.page().format());
        assertEquals(locale, page.page().locale());
        assertEquals(examples, page.examples().size(), () -> "examples of " + name + ": " + page.examples());
    }

    @Test
    void keepsThePageLineAndColumnOfEveryToken() throws IOException {
        DocumentedExample response = read("000_84426a01909ebca0.txt").examples().get(1);
        assertEquals(DocumentedExample.Role.RESPONSE, response.role());
        assertEquals(new JsonLocation(137, 5), response.body().orElseThrow().locate("/encryption/secret"));
        assertEquals("000_84426a01909ebca0.txt#1", response.request().orElseThrow().id());
    }

    @Test
    void delimitsMalformedPlainTextBodiesWithoutSwallowingTheProseAfterThem() throws IOException {
        DocumentedExample broken = read("002_06c6225e6a553570.txt").examples().get(5);
        JsonBody body = broken.body().orElseThrow();
        assertEquals(127, body.firstLine());
        assertEquals(141, body.lastLine(), "the body ends before the heading of example 4");
        assertTrue(body.syntaxError().isPresent());
        assertEquals(131, body.syntaxError().get().location().line());
    }

    @Test
    void takesEnglishPropertyNamesFromSxsLookupSpans() throws IOException {
        DocTable table = read("000_84426a01909ebca0.txt").tables().stream()
                .filter(t -> t.type() == DocTable.Type.PROPERTIES).findFirst().orElseThrow();
        DocTable.Cell encryption = table.rows().get(2).cell(0);
        assertEquals("encryption", encryption.english());
        assertEquals("шифрование", encryption.text());
    }

    @Test
    void marksAPlainTextRowThatLostItsNameAndType() throws IOException {
        DocTable table = read("003_d349be8d62909c3a.txt").tables().stream()
                .filter(t -> t.type() == DocTable.Type.PROPERTIES).findFirst().orElseThrow();
        List<Integer> orphans = table.rows().stream().filter(DocTable.Row::orphan).map(DocTable.Row::line).toList();
        assertEquals(List.of(31), orphans);
    }

    @Test
    void skipsBlocksTheDocsMarkIgnored() throws IOException {
        assertTrue(read("000_84426a01909ebca0.txt").examples().stream().noneMatch(e -> e.line() == 38),
                "the HTTP request syntax block at line 38 is annotated blockType: ignored");
    }

    @Test
    void keepsHtmlLineNumbers() {
        String html = "<html>\n<body>\n<p>intro</p>\n<pre>PATCH https://graph.microsoft.com/v1.0/teamwork/workforceIntegrations/1\n"
                + "Content-Type: application/json\n\n{\"displayName\": 1}\n</pre></body></html>\n";
        ExtractedPage page = PageReader.read("p.html", HtmlText.render(html));
        assertEquals(1, page.examples().size());
        assertEquals(4, page.examples().get(0).line());
        assertEquals(7, page.examples().get(0).body().orElseThrow().firstLine());
    }
}
