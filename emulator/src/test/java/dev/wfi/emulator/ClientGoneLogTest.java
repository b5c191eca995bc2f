package dev.wfi.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, 10: every client that left before reading its answer logged a 30-line Jersey trace. One line per event. */
class ClientGoneLogTest {
    static final int CLIENTS = 10;

    @TempDir
    Path dir;

    @Test
    void aClientThatLeavesBeforeItsAnswerIsOneLogLineAndNoTrace() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        List<LogRecord> traces = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getThrown() != null) {
                    traces.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        try (Emulator emulator = Emulator.start(EmulatorOptions.defaults().port(0).keyFile(dir.resolve("signing.key")).log(log::add))) {
            Http graph = Http.to(emulator, Http.READ_WRITE);
            for (int i = 0; i < 100; i++) {
                graph.create("{\"displayName\":\"" + "x".repeat(200) + "\"}"); // an answer of some 50 KB, sent in several writes
            }
            String token = emulator.tokens().issue(Set.of(Http.READ_WRITE), false);
            for (int i = 0; i < CLIENTS; i++) {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), emulator.baseUri().getPort())) {
                    socket.getOutputStream().write(("GET /v1.0/teamwork/workforceIntegrations?$top=999 HTTP/1.1\r\nHost: x\r\n"
                            + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    socket.setSoLinger(true, 0); // a reset, as a client that gives up sends
                }
            }
            for (int i = 0; i < 50 && log.size() < CLIENTS; i++) {
                Thread.sleep(100);
            }
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }

        assertEquals(List.of(), traces.stream().map(r -> r.getLoggerName() + ": " + r.getMessage() + " " + r.getThrown()).toList());
        // a reset can arrive before the request is read, and then there is no answer to fail: at most one line each
        assertTrue(!log.isEmpty() && log.size() <= CLIENTS, log::toString);
        assertTrue(log.stream().allMatch(("wfi serve: GET /v1.0/teamwork/workforceIntegrations: "
                + "the client closed the connection before reading the answer")::equals), log::toString);
    }
}
