package dev.wfi.emulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, 1: two servers on one data directory. The probe's second {@code wfi serve --data D} replayed and rewrote
 * the journal before it bound its port (even when binding then failed), the first went on appending to the
 * replaced file, and every write it acknowledged afterwards was lost at the next start (100 of 100).
 */
class DataDirectoryLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondEmulatorOnTheDirectoryIsRefusedTouchesNothingAndNoWriteIsLost() throws Exception {
        Path data = dir.resolve("data");
        List<String> ids = new java.util.ArrayList<>();
        try (Emulator first = Emulator.start(options(data))) {
            Http graph = Http.to(first, Http.READ_WRITE);
            ids.add(graph.create("{\"displayName\":\"before\"}"));
            byte[] journal = Files.readAllBytes(data.resolve(Journal.FILE_NAME));
            Object inode = Files.readAttributes(data.resolve(Journal.FILE_NAME), "unix:ino").get("ino");

            FileSystemException refused = assertThrows(FileSystemException.class, () -> Emulator.start(options(data)).close());

            assertEquals(data + ": in use by another wfi serve (pid " + ProcessHandle.current().pid() + ")", refused.getMessage());
            assertArrayEquals(journal, Files.readAllBytes(data.resolve(Journal.FILE_NAME)));
            assertEquals(inode, Files.readAttributes(data.resolve(Journal.FILE_NAME), "unix:ino").get("ino"));
            for (int i = 0; i < 100; i++) {
                ids.add(graph.create("{\"displayName\":\"after " + i + "\"}"));
            }
        }
        try (Emulator restarted = Emulator.start(options(data))) {
            Http graph = Http.to(restarted, Http.READ_WRITE);
            for (String id : ids) {
                assertEquals(200, graph.get("v1.0/teamwork/workforceIntegrations/" + id).status(), id);
            }
        }
    }

    @Test
    void anEmulatorInAnotherProcessIsNamedByItsPid() throws Exception {
        Path data = dir.resolve("data");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ChildEmulator.class.getName(),
                data.toString(), dir.resolve("signing.key").toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertTrue(String.valueOf(out.readLine()).startsWith("base="), "the child emulator did not start");

            FileSystemException refused = assertThrows(FileSystemException.class, () -> Emulator.start(options(data)).close());

            assertEquals(data + ": in use by another wfi serve (pid " + child.pid() + ")", refused.getMessage());
        } finally {
            child.getOutputStream().close();
            child.destroyForcibly().waitFor();
        }
        Emulator.start(options(data)).close(); // the lock went with the process
    }

    @Test
    void anExistingDirectoryOpenToOthersIsTightenedAndTheLogSaysSo() throws Exception {
        Path data = Files.createDirectory(dir.resolve("loose"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> log = new CopyOnWriteArrayList<>();

        Emulator.start(options(data).log(log::add)).close();

        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        assertEquals(List.of("wfi serve: " + data + ": mode rwxr-xr-x tightened to rwx------ (the journal holds the integrations' secrets)"), log);
    }

    private EmulatorOptions options(Path data) {
        return EmulatorOptions.defaults().port(0).dataDir(data).keyFile(dir.resolve("signing.key")).log(line -> { });
    }
}
