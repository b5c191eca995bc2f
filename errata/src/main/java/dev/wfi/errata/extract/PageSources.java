package dev.wfi.errata.extract;

import dev.wfi.errata.InputError;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the user's arguments into page texts. Everything that can go wrong with a file (missing, unreadable,
 * binary, not UTF-8, far too large, an empty directory) becomes an {@link InputError}; the other pages are
 * still read.
 */
public final class PageSources {

    /** Real doc pages are tens of kilobytes; anything this large is not one, and would only exhaust memory. */
    public static final long MAX_PAGE_BYTES = 8L * 1024 * 1024;
    private static final List<String> EXTENSIONS = List.of(".md", ".txt", ".html");
    private static final String BUNDLED_CORPUS = "wfi/corpus";
    private static final java.util.Set<String> SKIPPED_DIRECTORIES = java.util.Set.of("target", "node_modules");

    /** What was read, and what could not be. */
    public record Collected(List<SourceText> pages, List<InputError> errors) {
    }

    /** The pages the arguments name, not read yet, and the arguments that name none. */
    public record Listed(List<PageInput> pages, List<InputError> errors) {
    }

    /** A file of a run, read when the engine checks it. */
    private record PageFile(Path path, String shownAs) implements PageInput {
        @Override
        public Optional<SourceText> read(List<InputError> errors) {
            List<SourceText> one = new ArrayList<>(1);
            PageSources.read(path, shownAs, one, errors);
            return one.stream().findFirst();
        }

        @Override
        public Optional<Path> file() {
            return Optional.of(path);
        }
    }

    private PageSources() {
    }

    /** Reads every page the arguments name; for a whole checkout, {@link #list} reads none until it is checked. */
    public static Collected collect(List<Path> inputs) {
        Listed listed = list(inputs);
        List<InputError> errors = new ArrayList<>(listed.errors());
        List<SourceText> pages = new ArrayList<>();
        for (PageInput page : listed.pages()) {
            page.read(errors).ifPresent(pages::add);
        }
        return new Collected(pages, errors);
    }

    /** The pages the arguments name (files, and the pages under directories), in order, none of them read. */
    public static Listed list(List<Path> inputs) {
        List<PageInput> pages = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        // a file argument is shown by its name, unless another file argument has the same name: then by its path
        Map<String, Long> names = inputs.stream().filter(p -> p.getFileName() != null)
                .collect(java.util.stream.Collectors.groupingBy(p -> p.getFileName().toString(), java.util.stream.Collectors.counting()));
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                errors.add(new InputError(input.toString(), "no such file or directory"));
            } else if (Files.isDirectory(input)) {
                List<Path> files = pagesUnder(input, errors);
                if (files.isEmpty()) {
                    errors.add(new InputError(input.toString(), "no .md, .txt or .html files in this directory"));
                }
                for (Path file : files) {
                    pages.add(new PageFile(file, input.relativize(file).toString().replace('\\', '/')));
                }
            } else {
                String name = input.getFileName().toString();
                pages.add(new PageFile(input, names.getOrDefault(name, 1L) > 1 ? input.toString().replace('\\', '/') : name));
            }
        }
        return new Listed(pages, errors);
    }

    /** The pages bundled with the tool, read from the classpath (a directory in development, the jar when installed). */
    public static Collected bundled() {
        URL url = PageSources.class.getClassLoader().getResource(BUNDLED_CORPUS);
        if (url == null) {
            throw new IllegalStateException("the build did not bundle the corpus (" + BUNDLED_CORPUS + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return collect(List.of(jar.getPath(BUNDLED_CORPUS)));
                }
            }
            return collect(List.of(Path.of(uri)));
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("the bundled corpus cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Pages under a directory, in name order. Build output ({@code target/}), dependencies ({@code node_modules/})
     * and hidden directories ({@code .git/}) are skipped: an earlier run's Markdown report is not a doc page.
     */
    private static List<Path> pagesUnder(Path dir, List<InputError> errors) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    String name = d.getFileName() == null ? "" : d.getFileName().toString();
                    boolean skipped = !d.equals(dir) && (SKIPPED_DIRECTORIES.contains(name) || name.startsWith("."));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && isPage(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    errors.add(new InputError(file.toString(), e instanceof AccessDeniedException
                            ? "permission denied" : "cannot read: " + cause(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            errors.add(new InputError(dir.toString(), "cannot list the directory: " + cause(e)));
        }
        found.sort(null);
        return found;
    }

    private static boolean isPage(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith) && !name.equalsIgnoreCase("readme.md");
    }

    private static void read(Path file, String shownAs, List<SourceText> pages, List<InputError> errors) {
        try {
            java.nio.file.attribute.BasicFileAttributes attributes =
                    Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                // a FIFO would block the run, a device such as /dev/zero never ends
                errors.add(new InputError(file.toString(), "not a regular file (a device, FIFO or socket); skipped"));
                return;
            }
            long size = attributes.size();
            byte[] bytes = new byte[0];
            if (size <= MAX_PAGE_BYTES) {
                try (java.io.InputStream in = Files.newInputStream(file)) {
                    // read at the size asked into one buffer; the bytes read are counted too, as a file can grow meanwhile
                    byte[] buffer = new byte[(int) size + 1];
                    int read = in.readNBytes(buffer, 0, buffer.length);
                    bytes = read < buffer.length ? java.util.Arrays.copyOf(buffer, read)
                            : concat(buffer, in.readNBytes((int) (MAX_PAGE_BYTES + 1 - read)));
                }
            }
            if (size > MAX_PAGE_BYTES || bytes.length > MAX_PAGE_BYTES) {
                errors.add(new InputError(file.toString(), "file is " + (Math.max(size, bytes.length) >> 20)
                        + " MB, larger than the " + (MAX_PAGE_BYTES >> 20) + " MB a documentation page can be; skipped"));
                return;
            }
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    errors.add(new InputError(file.toString(), "binary file (NUL byte at offset " + i + "), not a documentation page"));
                    return;
                }
            }
            String text = utf8(bytes);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (shownAs.toLowerCase(Locale.ROOT).endsWith(".html")) {
                text = HtmlText.render(text);
            }
            pages.add(new SourceText(shownAs, text));
        } catch (CharacterCodingException e) {
            errors.add(new InputError(file.toString(), "not UTF-8 text"));
        } catch (AccessDeniedException e) {
            errors.add(new InputError(file.toString(), "permission denied"));
        } catch (NoSuchFileException e) {
            errors.add(new InputError(file.toString(), "no such file or directory"));
        } catch (IOException | RuntimeException e) {
            errors.add(new InputError(file.toString(), cause(e)));
        }
    }

    private static byte[] concat(byte[] first, byte[] rest) {
        byte[] all = java.util.Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }

    /** The text of a page's bytes, which must be UTF-8 (a byte order mark kept). */
    public static String utf8(byte[] bytes) throws CharacterCodingException {
        // the lenient decode is several times faster, and it puts U+FFFD wherever the bytes are not UTF-8: without one
        // in its text, the bytes were well-formed; with one, the strict decode says whether the page wrote it
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static String cause(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
