package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The real {@code ./wfi} launcher, run in a copy of the checkout's tree (empty files with the same paths and old
 * times) whose {@code mvnw} only records that it was asked to build, and whose java only echoes its arguments: the
 * launcher's own decision code runs, without Maven or a JVM. The files it must watch are derived from the poms:
 * every module cli is built from, through dependencies of any scope but test and through plugin dependencies.
 */
class LauncherTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Instant SOURCES_TIME = Instant.now().minusSeconds(3600);
    private static final Set<String> NOT_COPIED = Set.of("target", ".git", "node_modules", ".cache");

    @TempDir
    static Path temp;

    private static Path checkout;
    private static Path javaHome;

    /** Paths whose time a test moved, set back after it. */
    private final List<Path> moved = new ArrayList<>();

    @BeforeAll
    static void copyTheCheckout() throws IOException {
        checkout = temp.resolve("checkout");
        Files.createDirectories(checkout);
        Files.walkFileTree(REPOSITORY, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (NOT_COPIED.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(checkout.resolve(REPOSITORY.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isRegularFile()) {
                    Files.createFile(checkout.resolve(REPOSITORY.relativize(file).toString()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Files.copy(REPOSITORY.resolve("wfi"), checkout.resolve("wfi"), StandardCopyOption.REPLACE_EXISTING);
        executable(checkout.resolve("mvnw"), """
                #!/usr/bin/env bash
                printf '%s\\n' "$*" >> "$(dirname "$0")/mvnw.log"
                mkdir -p "$(dirname "$0")/cli/target" && : > "$(dirname "$0")/cli/target/wfi.jar"
                """);
        javaHome = temp.resolve("jdk");
        executable(javaHome.resolve("bin/java"), """
                #!/usr/bin/env bash
                echo "java $*"
                """);
        Files.createDirectories(checkout.resolve("cli/target"));
        setTimes(checkout, SOURCES_TIME);
    }

    /** A jar built a minute ago, after every source, and no build so far. */
    @BeforeEach
    void builtAMinuteAgo() throws IOException {
        Path jar = checkout.resolve("cli/target/wfi.jar");
        if (!Files.exists(jar)) {
            Files.createFile(jar);
        }
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        Files.deleteIfExists(checkout.resolve("mvnw.log"));
    }

    @AfterEach
    void setTimesBack() throws IOException {
        for (Path path : moved) {
            if (!Files.exists(path)) {
                Files.createFile(path);
            }
            Files.setLastModifiedTime(path, FileTime.from(SOURCES_TIME));
            Files.setLastModifiedTime(path.getParent(), FileTime.from(SOURCES_TIME));
        }
    }

    @Test
    void upToDateJarRunsWithoutBuilding() throws Exception {
        Launch launch = launch("--version");
        assertEquals(0, launch.exitCode(), launch.err());
        assertEquals("", launch.err());
        assertFalse(Files.exists(checkout.resolve("mvnw.log")));
        assertTrue(launch.out().endsWith("-jar " + checkout.resolve("cli/target/wfi.jar") + " --version\n"), launch.out());
    }

    @Test
    void missingJarIsBuiltFirst() throws Exception {
        Files.delete(checkout.resolve("cli/target/wfi.jar"));
        Launch launch = launch("--version");
        assertEquals("wfi: building the CLI (first run)...\n", launch.err());
        assertEquals(List.of("-B -q -DskipTests -pl cli -am install"), mavenRuns());
    }

    /** The case: a template changed, and the next {@code ./wfi --version} rebuilds, once. */
    @Test
    void changedTemplateRebuildsOnce() throws Exception {
        String template = "generator-templates/src/main/resources/wfi-jaxrs-spec/pojo.mustache";
        touch(template);
        Launch first = launch("--version");
        assertEquals("wfi: building the CLI (" + template + " changed)...\n", first.err());
        assertEquals(0, first.exitCode());
        assertTrue(first.out().endsWith(" --version\n"), first.out());

        Launch second = launch("--version");
        assertEquals("", second.err());
        assertEquals(1, mavenRuns().size(), "built again: " + mavenRuns());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputsOfTheCli")
    void everyInputOfTheCliRebuilds(String input) throws Exception {
        touch(input);
        Launch launch = launch("errata");
        assertEquals("wfi: building the CLI (" + input + " changed)...\n", launch.err());
        assertEquals(1, mavenRuns().size());
    }

    @Test
    void removedSourceRebuilds() throws Exception {
        Path rule = checkout.resolve("errata/src/main/java/dev/wfi/errata/check/StatusRule.java");
        moved.add(rule);
        Files.delete(rule);
        Launch launch = launch("--version");
        assertEquals("wfi: building the CLI (errata/src/main/java/dev/wfi/errata/check changed)...\n", launch.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "cli/src/test/java/dev/wfi/cli/WfiTest.java", "bench/errata.sh",
        "examples/consumer-service/src/main/java/dev/wfi/examples/consumer/ApprovingWfmService.java",
        "examples/sample-wfm-service/pom.xml", "generator-templates/README.md"})
    void changeOutsideTheCliDoesNotRebuild(String file) throws Exception {
        touch(file);
        Launch launch = launch("--version");
        assertEquals("", launch.err());
        assertFalse(Files.exists(checkout.resolve("mvnw.log")));
    }

    /** The launcher walks the top-level modules only: no module the CLI is built from may sit deeper (examples/). */
    @Test
    void everyModuleTheCliIsBuiltFromIsTopLevel() throws Exception {
        Set<String> modules = modulesOfTheCli();
        assertTrue(modules.containsAll(Set.of("cli", "generator-templates", "generated-models", "contract", "errata")),
                modules.toString());
        assertEquals(List.of(), modules.stream().filter(module -> module.contains("/")).toList());
    }

    /** The parent pom, the spec, and each module's pom and first main source (generated-models has none). */
    static Stream<String> inputsOfTheCli() throws Exception {
        List<String> inputs = new ArrayList<>(List.of("pom.xml", "spec/workforceIntegration.yaml"));
        for (String module : modulesOfTheCli()) {
            inputs.add(module + "/pom.xml");
            Path main = REPOSITORY.resolve(module).resolve("src/main");
            if (Files.isDirectory(main)) {
                try (Stream<Path> files = Files.walk(main)) {
                    files.filter(Files::isRegularFile).map(file -> REPOSITORY.relativize(file).toString()).sorted()
                            .findFirst().ifPresent(inputs::add);
                }
            }
        }
        return inputs.stream();
    }

    /** The reactor modules cli is built from: its dependencies of every scope but test, and plugin dependencies. */
    static Set<String> modulesOfTheCli() throws Exception {
        Map<String, String> moduleByArtifact = new HashMap<>();
        for (Element module : children(pom(REPOSITORY.resolve("pom.xml")), "modules", "module")) {
            String path = module.getTextContent().trim();
            moduleByArtifact.put(text(pom(REPOSITORY.resolve(path).resolve("pom.xml")), "artifactId"), path);
        }
        Set<String> seen = new TreeSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of("cli"));
        while (!pending.isEmpty()) {
            String module = pending.pop();
            if (!seen.add(module)) {
                continue;
            }
            Element project = pom(REPOSITORY.resolve(module).resolve("pom.xml"));
            List<Element> dependencies = new ArrayList<>(children(project, "dependencies", "dependency"));
            for (Element plugin : children(project, "build", "plugins", "plugin")) {
                dependencies.addAll(children(plugin, "dependencies", "dependency"));
            }
            for (Element dependency : dependencies) {
                String upstream = moduleByArtifact.get(text(dependency, "artifactId"));
                if ("dev.wfi".equals(text(dependency, "groupId")) && !"test".equals(text(dependency, "scope"))
                        && upstream != null) {
                    pending.push(upstream);
                }
            }
        }
        return seen;
    }

    private static Element pom(Path file) throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        return document.getDocumentElement();
    }

    /** The elements at {@code path} below {@code parent}, each step a direct child. */
    private static List<Element> children(Element parent, String... path) {
        List<Element> level = List.of(parent);
        for (String name : path) {
            List<Element> next = new ArrayList<>();
            for (Element element : level) {
                NodeList nodes = element.getChildNodes();
                for (int i = 0; i < nodes.getLength(); i++) {
                    if (nodes.item(i) instanceof Element child && child.getTagName().equals(name)) {
                        next.add(child);
                    }
                }
            }
            level = next;
        }
        return level;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0).getTextContent().trim();
    }

    private record Launch(int exitCode, String out, String err) {
    }

    private static Launch launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", checkout.resolve("wfi").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile())
                .redirectOutput(temp.resolve("out").toFile()).redirectError(temp.resolve("err").toFile());
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().put("TMPDIR", temp.toString());
        builder.environment().remove("WFI_JAVA_OPTS");
        Process process = builder.start();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the launcher did not finish");
        return new Launch(process.exitValue(), Files.readString(temp.resolve("out")), Files.readString(temp.resolve("err")));
    }

    private static List<String> mavenRuns() throws IOException {
        Path log = checkout.resolve("mvnw.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    private void touch(String relative) throws IOException {
        Path file = checkout.resolve(relative);
        assertTrue(Files.isRegularFile(file), relative + " is not in the checkout");
        moved.add(file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    }

    private static void executable(Path file, String script) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Every file and directory under {@code root} at {@code time}; directories last, as creating files moves theirs. */
    private static void setTimes(Path root, Instant time) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.setLastModifiedTime(file, FileTime.from(time));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw new UncheckedIOException(failure);
                }
                Files.setLastModifiedTime(dir, FileTime.from(time));
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
