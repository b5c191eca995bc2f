package dev.wfi.errata.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.List;

/**
 * One documentation page as text, with what can be told from it before extraction: its format
 * ("markdown", "localized-markdown", "plain-text") and locale. Lines are kept as in the file so every
 * finding can name a 1-based line. {@code frontMatter} holds only the page's locale
 * ({@code ms.contentlocale}), the one field the engine reads; it is missing when the page has none.
 */
public record Page(String path, List<String> lines, String format, String locale, JsonNode frontMatter) {

    public static final String MARKDOWN = "markdown";
    public static final String LOCALIZED_MARKDOWN = "localized-markdown";
    public static final String PLAIN_TEXT = "plain-text";

    private static final String CONTENT_LOCALE = "ms.contentlocale";
    private static final ObjectMapper YAML = new ObjectMapper(dev.wfi.contract.YamlLimits.factory());
    /** A checkout's pages repeat a locale line per language; the node is only read. */
    private static final RepeatedValues<String, JsonNode> LOCALE_LINES = new RepeatedValues<>(Page::parseFrontMatter, 1_000);

    public Page {
        lines = List.copyOf(lines);
    }

    public static Page of(String path, String text) {
        List<String> lines = text.lines().toList();
        int frontMatterEnd = frontMatterEnd(lines);
        JsonNode frontMatter = frontMatterEnd < 0 ? MissingNode.getInstance() : localeEntry(lines.subList(1, frontMatterEnd));
        boolean markdown = frontMatterEnd >= 0 || lines.stream().anyMatch(l -> l.startsWith("```"));
        boolean localized = text.contains("sxs-lookup") || frontMatter.hasNonNull(CONTENT_LOCALE);
        String format = localized && markdown ? LOCALIZED_MARKDOWN : markdown ? MARKDOWN : PLAIN_TEXT;
        String locale = frontMatter.hasNonNull(CONTENT_LOCALE)
                ? frontMatter.get(CONTENT_LOCALE).asText()
                : guessLocale(text);
        return new Page(path, lines, format, locale, frontMatter);
    }

    /** The text of line {@code n} (1-based), or "" past the end. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    public boolean isMarkdown() {
        return !PLAIN_TEXT.equals(format);
    }

    /** Index (0-based) of the closing "---" of a YAML front matter block, or -1 when there is none. */
    static int frontMatterEnd(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return -1;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The front matter's top-level {@code ms.contentlocale} entry, parsed alone as YAML: one line is a document
     * of its own, and parsing the whole front matter was a twentieth of reading a page.
     */
    private static JsonNode localeEntry(List<String> yamlLines) {
        for (String line : yamlLines) {
            if (line.startsWith(CONTENT_LOCALE)) {
                return LOCALE_LINES.of(line);
            }
        }
        return MissingNode.getInstance();
    }

    private static JsonNode parseFrontMatter(String yaml) {
        try {
            JsonNode node = YAML.readTree(yaml);
            return node == null ? MissingNode.getInstance() : node;
        } catch (Exception malformed) {
            // a broken front matter is the page's problem, not a reason to stop reading it
            return MissingNode.getInstance();
        }
    }

    /** Pages without locale metadata: the script of their letters (CJK ideographs, Cyrillic, Latin) tells Chinese and Russian renders from English. */
    private static String guessLocale(String text) {
        long han = 0;
        long cyrillic = 0;
        long latin = 0;
        // the script is plain within the first screen of a page (the corpus pages are told apart by 3,000 characters
        // with margins of 3x or more); copied out once, as charAt checks every index
        char[] sample = new char[Math.min(text.length(), 3_000)];
        text.getChars(0, sample.length, sample, 0);
        for (char c : sample) {
            if (c >= '\u4e00' && c <= '\u9fff') {
                han++;
            } else if (c >= '\u0400' && c <= '\u04ff') {
                cyrillic++;
            } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                latin++;
            }
        }
        if (han * 4 > latin) {
            return "zh-CN";
        }
        if (cyrillic * 4 > latin) {
            return "ru-RU";
        }
        return "en-US";
    }
}
