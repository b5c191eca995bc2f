package dev.wfi.emulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A quiet emulator for one test class: on a free loopback port, its signing key in a directory of its own, started
 * before the class's {@code @BeforeAll} methods and closed, with its directory, after its tests. Register it as a
 * static field with {@code @RegisterExtension}.
 */
final class RunningEmulator implements BeforeAllCallback, AfterAllCallback {

    private Path dir;
    private Emulator emulator;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        dir = Files.createTempDirectory("wfi-emulator-test");
        emulator = Emulator.start(EmulatorOptions.defaults().port(0).keyFile(dir.resolve("signing.key")).log(line -> { }));
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            emulator.close();
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The emulator, once the class's tests may run. */
    Emulator emulator() {
        return emulator;
    }
}
