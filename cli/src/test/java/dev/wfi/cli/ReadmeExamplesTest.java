package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each {@code $ ./wfi lint|diff|errata ...} example of the README prints exactly the output shown under it. */
class ReadmeExamplesTest {

    private static final Pattern EXAMPLE = Pattern.compile("```\\n\\$ \\./wfi ((?:lint|diff|errata) [^\\n]+)\\n(.*?)```", Pattern.DOTALL);

    @TestFactory
    Stream<DynamicTest> readmeOutputIsWhatTheCommandPrints() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher matcher = EXAMPLE.matcher(readme);
        List<DynamicTest> tests = new ArrayList<>();
        while (matcher.find()) {
            String command = matcher.group(1);
            String shown = matcher.group(2);
            tests.add(DynamicTest.dynamicTest(command, () -> {
                // the README runs from the repository root, the tests from cli/ (a path has a '/'; 'errata' is also a directory)
                String[] args = Arrays.stream(command.split(" "))
                        .map(arg -> arg.contains("/") && Files.exists(Path.of("..", arg)) ? "../" + arg : arg).toArray(String[]::new);
                Run run = Run.wfi(new Wfi(), args);
                assertEquals(shown, run.out().replace("../", ""), run.err());
            }));
        }
        assertTrue(tests.size() >= 3, "no lint, diff or errata example in the README");
        return tests.stream();
    }
}
