package dev.wfi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {

    @TempDir
    Path dir;

    /** {@code wfi serve} in the background, as a test drives it: started, then stopped as Ctrl-C would. */
    record Serving(ServeCommand command, CompletableFuture<Run> run) implements AutoCloseable {
        static Serving start(String... args) throws Exception {
            CommandLine commandLine = Wfi.commandLine(new Wfi());
            ServeCommand serve = (ServeCommand) commandLine.getSubcommands().get("serve").getCommand();
            String[] all = new String[args.length + 1];
            all[0] = "serve";
            System.arraycopy(args, 0, all, 1, args.length);
            CompletableFuture<Run> run = CompletableFuture.supplyAsync(() -> Run.capture(commandLine, all));
            for (int i = 0; i < 600 && serve.running == null && !run.isDone(); i++) {
                Thread.sleep(100);
            }
            if (serve.running == null) {
                throw new AssertionError("wfi serve did not start: " + run.getNow(null));
            }
            return new Serving(serve, run);
        }

        URI base() {
            return command.running.baseUri();
        }

        Run stop() throws Exception {
            command.stop.countDown();
            return run.get(60, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws Exception {
            if (!run.isDone()) {
                stop();
            }
        }
    }

    @Test
    void servesUntilStoppedAndSaysWhereAndHowToGetAToken() throws Exception {
        Path data = dir.resolve("data");
        try (Serving serving = Serving.start("--port", "0", "--data", data.toString())) {
            Run token = Run.wfi(new Wfi(), "token", "--scopes", "WorkforceIntegration.ReadWrite.All", "--data", data.toString());
            HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    serving.base().resolve("teamwork/workforceIntegrations"))
                    .header("Authorization", "Bearer " + token.out().strip()).build(), HttpResponse.BodyHandlers.ofString());

            Run run = serving.stop();

            assertEquals(200, list.statusCode(), list.body());
            assertEquals(0, run.exitCode(), run.err());
            assertEquals("Graph emulator: " + serving.base() + " (also /beta/), data in " + data
                    + " (each write fsynced before the answer)\n"
                    + "Get a token: ./wfi token --scopes WorkforceIntegration.ReadWrite.All --data " + data
                    + "   (Read.All for get and list only; --app for application roles)\n"
                    + "Ctrl-C stops it.\n", run.out());
            assertEquals("", run.err());
        }
    }

    @Test
    void aPortInUseIsOneLineAndExit2() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            Run run = Run.wfi(new Wfi(), "serve", "--port", String.valueOf(port), "--key-file", dir.resolve("k").toString());

            assertEquals(2, run.exitCode());
            assertEquals("wfi: port " + port + ": address in use\n", run.err());
            assertEquals("", run.out());
        }
    }

    @Test
    void anUnusableDataDirectoryIsOneLineAndExit2() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("not-a-directory"), "x");

        Run run = Run.wfi(new Wfi(), "serve", "--port", "0", "--data", file.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("wfi: ") && run.err().lines().count() == 1, run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
    }

    /** Issue 14, 1: a second server on a data directory would rewrite the first one's journal under it. */
    @Test
    void aSecondServeOnTheSameDataDirectoryIsOneLineAndExit2() throws Exception {
        Path data = dir.resolve("data");
        try (Serving first = Serving.start("--port", "0", "--data", data.toString())) {
            Run second = Run.wfi(new Wfi(), "serve", "--port", "0", "--data", data.toString());

            assertEquals(2, second.exitCode());
            assertEquals("wfi: " + data + ": in use by another wfi serve (pid " + ProcessHandle.current().pid() + ")\n", second.err());
            assertEquals("", second.out());
        }
    }

    @Test
    void aNegativeClockSkewIsAUsageError() {
        Run run = Run.wfi(new Wfi(), "serve", "--port", "0", "--clock-skew", "-5");

        assertEquals(2, run.exitCode());
        assertEquals("wfi: --clock-skew must be 0 or more seconds, was -5\n", run.err());
    }

    @Test
    void aNegativePortIsAUsageError() {
        Run run = Run.wfi(new Wfi(), "serve", "--port", "-1");

        assertEquals(2, run.exitCode());
        assertEquals("wfi: --port must be 0..65535, was -1\n", run.err());
    }
}
