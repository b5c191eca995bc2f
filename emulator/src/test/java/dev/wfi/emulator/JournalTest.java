package dev.wfi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal under a data directory: what a restart recovers, and what it refuses to guess. */
class JournalTest {

    @TempDir
    Path dir;

    private final List<String> log = new ArrayList<>();

    private IntegrationStore open() throws IOException {
        return IntegrationStore.open(dir, new ServerLog(log::add));
    }

    private static Revision named(String id, String name) {
        return Revision.of(Json.MAPPER.createObjectNode().put("id", id).put("displayName", name));
    }

    @Test
    void aRestartRecoversCreatesUpdatesAndDeletes() throws Exception {
        String kept;
        String deleted;
        try (IntegrationStore store = open()) {
            kept = store.create(id -> named(id, "first")).value().path("id").asText();
            deleted = store.create(id -> named(id, "gone")).value().path("id").asText();
            store.update(kept, current -> Revision.of(current.value().deepCopy().put("displayName", "second")));
            store.delete(deleted);
        }
        try (IntegrationStore store = open()) {
            assertEquals("second", store.get(kept).orElseThrow().value().path("displayName").asText());
            assertTrue(store.get(deleted).isEmpty());
            assertEquals(1, store.all().size());
        }
    }

    @Test
    void aTornLastRecordIsDroppedReportedAndCutOff() throws Exception {
        String id;
        try (IntegrationStore store = open()) {
            id = store.create(i -> named(i, "acknowledged")).value().path("id").asText();
        }
        Path journal = dir.resolve(Journal.FILE_NAME);
        long whole = Files.size(journal);
        Files.writeString(journal, "{\"op\":\"put\",\"seq\":7,\"value\":{\"id\":\"x\",\"displ", StandardOpenOption.APPEND);

        try (IntegrationStore store = open()) {
            assertEquals("acknowledged", store.get(id).orElseThrow().value().path("displayName").asText());
            assertEquals(1, store.all().size());
            store.update(id, current -> Revision.of(current.value().deepCopy().put("displayName", "after the repair")));
        }
        assertEquals(1, log.size(), log::toString);
        assertTrue(log.get(0).contains("dropped an incomplete last record"), log.get(0));
        try (IntegrationStore store = open()) {
            assertEquals("after the repair", store.get(id).orElseThrow().value().path("displayName").asText());
        }
        assertTrue(Files.size(journal) > whole, "the torn bytes were cut and the new record appended after the whole ones");
        assertEquals(1, log.size(), "the repaired journal replays cleanly: " + log);
    }

    @Test
    void aDamagedRecordBeforeTheEndStopsTheStartRatherThanGuess() throws Exception {
        try (IntegrationStore store = open()) {
            store.create(i -> named(i, "one"));
            store.create(i -> named(i, "two"));
        }
        Path journal = dir.resolve(Journal.FILE_NAME);
        List<String> lines = new ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
        lines.set(0, lines.get(0).substring(0, 10));
        Files.write(journal, lines, StandardCharsets.UTF_8);

        IOException refused = assertThrows(IOException.class, this::open);

        assertTrue(refused.getMessage().contains("line 1 is damaged"), refused.getMessage());
    }

    @Test
    void reopeningCompactsTheJournalToOneRecordPerIntegration() throws Exception {
        try (IntegrationStore store = open()) {
            String id = store.create(i -> named(i, "v0")).value().path("id").asText();
            for (int i = 1; i <= 50; i++) {
                int n = i;
                store.update(id, current -> Revision.of(current.value().deepCopy().put("displayName", "v" + n)));
            }
        }
        try (IntegrationStore store = open()) {
            assertEquals("v50", store.all().get(0).path("displayName").asText());
        }
        assertEquals(1, Files.readAllLines(dir.resolve(Journal.FILE_NAME)).size());
    }

    @Test
    void theJournalAndItsDirectoryAreTheOwnersOnly() throws Exception {
        Path data = dir.resolve("data");
        try (IntegrationStore store = IntegrationStore.open(data, new ServerLog(log::add))) {
            store.create(i -> named(i, "secretive"));
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(Journal.FILE_NAME))));
        }
        assertFalse(Files.exists(data.resolve(Journal.FILE_NAME + ".tmp")));
    }

    @Test
    void theSigningKeyIsTheOwnersOnlyAndKeptAcrossRuns() throws Exception {
        Path key = dir.resolve("keys/signing.key");
        String token = TokenIssuer.forKeyFile(key).issue(java.util.Set.of(Http.READ), false);

        Grant grant = TokenIssuer.forKeyFile(key).verify(token);

        assertEquals(java.util.Set.of(Http.READ), grant.scopes());
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        }
    }
}
