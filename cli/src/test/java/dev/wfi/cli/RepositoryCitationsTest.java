package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No source or document cites a repository file that does not exist. Read: the Java, Markdown, shell, YAML and pom
 * files of the repository (not target/, not the documentation pages the engine is tested on) and the launcher. A citation
 * is a Markdown link to a relative path; a path whose first segment is a top-level directory of the repository
 * ({@code docs/architecture.md}, {@code callback-kit/src/...}); in documents and scripts, a {@code ./} or {@code ../}
 * path (relative to the file, its module or the repository); and a bare capitalised document name such as
 * {@code README.md}, which must exist somewhere in the repository. In Java only comments are read: string literals
 * are test data. A path is checked when it names a file (an extension), ends in '/', or is cut at a wildcard or an
 * ellipsis (then the part before it must exist); paths into target/ and other build output are not.
 */
class RepositoryCitationsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> NOT_READ = Set.of("target", ".git", "node_modules", ".cache");
    private static final Set<String> SCRIPTS = Set.of("wfi", ".ci/run");
    /** Documentation pages the engine is tested on: their links are Microsoft Graph's, kept byte-exact or as written. */
    private static final List<String> PAGES_UNDER_TEST = List.of("conformance-tests/src/main/resources/wfi/corpus/",
            "errata/src/test/resources/rules/");

    /**
     * Citations that another change in flight removes, by file: listed so this test can land first, and failing
     * once the citation is gone, so the entry goes too. None is pending now.
     */
    private static final Map<String, String> PENDING = Map.of();

    private static final Pattern PATH = Pattern.compile(
            "(?<![\\w./:@$\\\\-])((?:\\.\\.?/)*[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.{}*<>$-]*)+)");
    private static final Pattern DOCUMENT_NAME = Pattern.compile("(?<![\\w./-])([A-Z][A-Z0-9_-]*\\.md)\\b");
    private static final Pattern EXTENSION = Pattern.compile("[^./][^/]*\\.[A-Za-z0-9]+");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    private static final Set<String> BUILD_OUTPUT = Set.of("target", "node_modules", ".cache");

    /** Where a file cites another, and the places it may be: it exists when any of them does. */
    record Citation(String file, int line, String cited, List<Path> places) {
        boolean exists(Set<String> fileNames) {
            return places.isEmpty() ? fileNames.contains(cited) : places.stream().anyMatch(Files::exists);
        }

        @Override
        public String toString() {
            return file + ":" + line + ": " + cited;
        }
    }

    @Test
    void everyCitedRepositoryFileExists() throws IOException {
        List<Path> files = new ArrayList<>();
        Set<String> fileNames = new HashSet<>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return NOT_READ.contains(dir.getFileName().toString()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                fileNames.add(file.getFileName().toString());
                if (read(ROOT.relativize(file).toString().replace('\\', '/'))) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        assertTrue(files.size() > 100, "too few files read: " + files.size());

        List<String> missing = new ArrayList<>();
        Map<String, String> pendingSeen = new TreeMap<>();
        for (Path file : files) {
            String relative = ROOT.relativize(file).toString().replace('\\', '/');
            for (Citation citation : citations(relative, Files.readString(file))) {
                if (citation.exists(fileNames)) {
                    continue;
                }
                if (citation.cited().equals(PENDING.get(relative))) {
                    pendingSeen.put(relative, citation.cited());
                } else {
                    missing.add(citation.toString());
                }
            }
        }
        assertEquals(List.of(), missing, "cited files that do not exist");
        assertEquals(new TreeMap<>(PENDING), pendingSeen, "a pending citation is gone: remove it from PENDING");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "README.md        | JSON as pinned in `docs/errata-report.schema.json`, see | docs/errata-report.schema.json",
        "README.md        | the format is in DESIGN.md and                           | DESIGN.md",
        "README.md        | fixtures under `spec-checks/src/test/resources/lint/`    | spec-checks/src/test/resources/lint/",
        "README.md        | run `./wfi errata`                                       | ./wfi",
        "README.md        | callback-kit/src/... holds it                            | callback-kit/src/",
        "docs/a.md        | [the design](../bench/README.md#figures)                 | ../bench/README.md",
        "wfi              | # figures: bench/README.md.                              | bench/README.md",
        "errata/src/main/java/A.java | /** See docs/architecture.md (rules). */   | docs/architecture.md",
        "errata/src/main/java/A.java | int a; // how: docs/no-such.md             | docs/no-such.md",
    })
    void readsACitation(String file, String text, String cited) {
        assertEquals(List.of(cited), citations(file, text).stream().map(Citation::cited).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://github.com/OfficeDev/docs/spec/x.md and http://127.0.0.1:8080/v1.0/teamwork",
        "{@link dev.wfi.errata.report.JsonWriter} in package dev.wfi.report",
        "7,000 examples/s, 1,900 pages/s, requests/s",
        "the stock JavaJaxRS/spec/pojo.mustache and classpath:sarif/schema/sarif-schema-2.1.0.json",
        "builds cli/target/wfi.jar and target/errata/errata.{md,html,json,sarif}",
        "GET /teamwork/workforceIntegrations/{id} and ${project.basedir}/pom.xml",
        "an ordinary sentence with Errata.md in it and v1.0/beta",
    })
    void readsNoCitationIn(String text) {
        assertEquals(List.of(), citations("README.md", text));
    }

    @Test
    void readsOnlyTheCommentsOfJava() {
        String source = """
                /** Reads docs/one.md. */
                class A {
                    String data = "docs/data.md"; // and docs/two.md
                    char quote = '"'; /* docs/three.md */ String text = \"""
                        docs/block.md
                        \""";
                }
                """;
        assertEquals(List.of("A.java:1: docs/one.md", "A.java:3: docs/two.md", "A.java:4: docs/three.md"),
                citations("A.java", source).stream().map(Citation::toString).toList());
    }

    private static boolean read(String relative) {
        if (PAGES_UNDER_TEST.stream().anyMatch(pages -> relative.startsWith(pages) && !relative.equals(pages + "README.md"))) {
            return false;
        }
        return relative.endsWith(".java") || relative.endsWith(".md") || relative.endsWith(".sh")
                || relative.endsWith(".yml") || relative.endsWith(".yaml") || relative.endsWith("pom.xml")
                || SCRIPTS.contains(relative);
    }

    static List<Citation> citations(String file, String text) {
        boolean java = file.endsWith(".java");
        String read = java ? javaComments(text) : text;
        Path directory = ROOT.resolve(file).getParent();
        List<Citation> found = new ArrayList<>();
        String[] lines = read.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher path = PATH.matcher(lines[i]);
            while (path.find()) {
                pathCitation(file, i + 1, path.group(1), directory, !java).ifPresent(found::add);
            }
            Matcher name = DOCUMENT_NAME.matcher(lines[i]);
            while (name.find()) {
                found.add(new Citation(file, i + 1, name.group(1), List.of()));
            }
        }
        if (file.endsWith(".md")) {
            found.addAll(links(file, text, directory));
        }
        found.sort(Comparator.comparingInt(Citation::line));
        Map<String, Citation> once = new LinkedHashMap<>(); // a link's destination is also read as a path
        found.forEach(citation -> once.putIfAbsent(citation.line() + " " + citation.cited(), citation));
        return List.copyOf(once.values());
    }

    private static Optional<Citation> pathCitation(String file, int line, String token, Path directory,
            boolean relativeToo) {
        String cited = token.replaceAll("[.,:;)]+$", "");
        List<String> kept = new ArrayList<>();
        boolean cut = false;
        for (String segment : cited.split("/", -1)) {
            if (segment.contains("...") || segment.matches(".*[*{}<>$].*")) {
                cut = true;
                break;
            }
            kept.add(segment);
        }
        String checked = String.join("/", kept);
        if (kept.isEmpty() || kept.stream().anyMatch(BUILD_OUTPUT::contains)) {
            return Optional.empty();
        }
        if (checked.startsWith("./") || checked.startsWith("../")) {
            if (!relativeToo) {
                return Optional.empty();
            }
            return Optional.of(new Citation(file, line, checked,
                    List.of(directory.resolve(checked), module(directory).resolve(checked), ROOT.resolve(checked))));
        }
        String last = kept.get(kept.size() - 1);
        if (!cut && !last.isEmpty() && !EXTENSION.matcher(last).matches()) {
            return Optional.empty(); // neither a file nor a directory by its form: "examples/s"
        }
        String first = kept.get(0);
        if (first.isEmpty() || NOT_READ.contains(first) || !Files.isDirectory(ROOT.resolve(first))) {
            return Optional.empty();
        }
        return Optional.of(new Citation(file, line, checked, List.of(ROOT.resolve(checked))));
    }

    /** Relative link and image destinations of a Markdown document, with their lines. */
    private static List<Citation> links(String file, String text, Path directory) {
        Node document = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build().parse(text);
        List<Citation> found = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                add(link, link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                add(image, image.getDestination());
            }

            private void add(Node node, String destination) {
                if (destination.isEmpty() || destination.startsWith("#") || destination.startsWith("/")
                        || SCHEME.matcher(destination).find()) {
                    return;
                }
                String target = URLDecoder.decode(destination.replaceAll("[#?].*$", ""), StandardCharsets.UTF_8);
                int line = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
                found.add(new Citation(file, line, target, List.of(directory.resolve(target))));
            }
        });
        return found;
    }

    /** The nearest directory at or above {@code directory} with a pom.xml: tests resolve paths from there. */
    private static Path module(Path directory) {
        for (Path dir = directory; dir != null && dir.startsWith(ROOT); dir = dir.getParent()) {
            if (Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        return ROOT;
    }

    /**
     * The comments of a Java source, everything else blanked (line breaks kept, so lines still count): string,
     * character and text-block literals are data, not citations.
     */
    static String javaComments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            boolean comment;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                comment = true;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? -1 : end + 2;
                comment = true;
            } else if (source.startsWith("\"\"\"", i)) {
                end = closing(source, i + 3, "\"\"\"");
                comment = false;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                end = closing(source, i + 1, String.valueOf(source.charAt(i)));
                comment = false;
            } else {
                out.append(source.charAt(i) == '\n' ? '\n' : ' ');
                i++;
                continue;
            }
            end = end < 0 ? source.length() : end;
            for (int j = i; j < end; j++) {
                char c = source.charAt(j);
                out.append(comment || c == '\n' ? c : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** The index after the unescaped {@code quote} that closes a literal opened before {@code from}. */
    private static int closing(String source, int from, String quote) {
        for (int i = from; i < source.length(); i++) {
            if (source.charAt(i) == '\\') {
                i++;
            } else if (source.startsWith(quote, i)) {
                return i + quote.length();
            }
        }
        return -1;
    }
}
