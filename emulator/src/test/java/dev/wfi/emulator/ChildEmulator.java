package dev.wfi.emulator;

import java.nio.file.Path;
import java.util.Set;

/**
 * An emulator in its own JVM, for the test that kills it: {@code java ChildEmulator DATA_DIR KEY_FILE} prints
 * {@code base=URI} and {@code token=JWT}, then serves until its standard input closes (so it never outlives
 * the test that started it) or it is killed.
 */
public final class ChildEmulator {
    private ChildEmulator() {
    }

    public static void main(String[] args) throws Exception {
        EmulatorOptions options = EmulatorOptions.defaults().port(0).dataDir(Path.of(args[0])).keyFile(Path.of(args[1]));
        try (Emulator emulator = Emulator.start(options)) {
            System.out.println("base=" + emulator.baseUri().resolve("/"));
            System.out.println("token=" + emulator.tokens().issue(Set.of(Http.READ_WRITE), true));
            System.out.flush();
            while (System.in.read() >= 0) {
                // serve until the parent closes the pipe
            }
        }
    }
}
