package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A documentation repository for tests: real pages of the bundled corpus copied under {@code api/} of a directory,
 * which can be made a git repository (branch {@code main}) and edited as a pull request would.
 */
final class DocsRepository {

    static final Path CORPUS = Path.of("../conformance-tests/src/main/resources/wfi/corpus");
    /** Portuguese pages of the corpus: localized, with errata of their own. */
    static final Path PAGES = CORPUS.resolve("microsoftgraph+microsoft-graph-docs.pt-BR/api-reference/v1.0/api");
    /** A page's id in its response example, where a pull request puts typographic quotes. */
    static final String SHIFT_ID = "\"id\": \"SHFT_ca485cdd-a42c-4b93-9e6a-6fa54fd45fe1\",";
    static final String SHIFT_ID_TYPOGRAPHIC = "\"id\": \u201cSHFT_ca485cdd-a42c-4b93-9e6a-6fa54fd45fe1\u201d,";

    final Path root;

    private DocsRepository(Path root) {
        this.root = root;
    }

    /** {@code root/api/} holding the named pages of {@link #PAGES}. */
    static DocsRepository withPages(Path root, String... pages) throws IOException {
        Files.createDirectories(root.resolve("api"));
        for (String page : pages) {
            Files.copy(PAGES.resolve(page), root.resolve("api").resolve(page));
        }
        return new DocsRepository(root);
    }

    /** {@code root} holding the five seed pages of the corpus (English, Russian, Chinese; Markdown and plain text). */
    static DocsRepository withSeedPages(Path root) throws IOException {
        Files.createDirectories(root);
        try (java.util.stream.Stream<Path> pages = Files.list(CORPUS)) {
            for (Path page : pages.filter(p -> p.getFileName().toString().matches("00\\d_[0-9a-f]+\\.txt")).toList()) {
                Files.copy(page, root.resolve(page.getFileName()));
            }
        }
        return new DocsRepository(root);
    }

    Path page(String name) {
        return root.resolve("api").resolve(name);
    }

    /** Replaces the one occurrence of {@code from} in a page, as a writer's edit would. */
    void edit(String page, String from, String to) throws IOException {
        String text = Files.readString(page(page), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from + " not in " + page);
        Files.writeString(page(page), text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** Makes it a repository on branch main with everything committed. */
    DocsRepository committed() throws IOException {
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("commit", "-q", "-m", "pages");
        return this;
    }

    /** Runs git in the repository with a fixed identity and no signing; returns what it prints. */
    String git(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString(), "-c", "user.name=wfi test",
                "-c", "user.email=test@wfi.invalid", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "git " + String.join(" ", args) + " hangs");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        assertEquals(0, process.exitValue(), "git " + String.join(" ", args) + ": " + output);
        return output;
    }
}
