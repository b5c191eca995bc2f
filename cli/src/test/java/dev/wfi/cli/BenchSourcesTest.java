package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The benchmarks bench/errata.sh and bench/page-cost.sh compile against the CLI jar before they run; they are never
 * run here (they print figures), but an API change that breaks them shows here, not on the day someone measures.
 */
class BenchSourcesTest {

    static Stream<Path> benchSources() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../bench"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("benchSources")
    void compilesAgainstTheEngine(Path source, @TempDir Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK");
        StringWriter errors = new StringWriter();
        boolean compiled = javac.getTask(errors, null, null,
                List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path"), "-proc:none"), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjects(source)).call();
        assertEquals("", compiled ? "" : errors.toString(), source.toString());
    }
}
