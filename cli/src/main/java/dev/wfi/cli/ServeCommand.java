package dev.wfi.cli;

import dev.wfi.emulator.Emulator;
import dev.wfi.emulator.EmulatorOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wfi serve}: the Graph emulator on 127.0.0.1 until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Wfi.Version.class,
        description = {"Serve a local stand-in for Graph's workforceIntegrations API (the contract's behaviour) on 127.0.0.1.",
            "Runs until Ctrl-C; exit 2 for a usage or I/O error (a port in use, an unreadable data directory)."})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port on 127.0.0.1 (default 8080; 0 picks a free one).")
    int port;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Keep integrations in DIR (a journal fsynced before each answer; DIR owner-only and locked: one wfi serve "
                    + "at a time). Default: in memory.")
    Path data;

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "The tokens' signing key (created mode 600 if missing). Default: DIR/signing.key with --data, "
                    + "else ~/.wfi/signing.key. wfi token must be given the same.")
    Path keyFile;

    @Option(names = "--clock-skew", defaultValue = "0", paramLabel = "SECONDS",
            description = "Accept a token up to SECONDS after it expired, for tokens issued on a machine whose clock differs "
                    + "(default 0: wfi token and wfi serve read one clock).")
    int clockSkewSeconds;

    /** Released by Ctrl-C (the shutdown hook) or by a test; the command returns once it is. */
    final CountDownLatch stop = new CountDownLatch(1);
    /** The running emulator, for tests that talk to it. */
    volatile Emulator running;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            return fail(err, "--port must be 0..65535, was " + port);
        }
        if (clockSkewSeconds < 0) {
            return fail(err, "--clock-skew must be 0 or more seconds, was " + clockSkewSeconds);
        }
        EmulatorOptions options = EmulatorOptions.defaults().port(port).dataDir(data).keyFile(keyFile)
                .clockSkew(java.time.Duration.ofSeconds(clockSkewSeconds)).log(line -> {
            err.println(line);
            err.flush();
        });
        Emulator emulator;
        try {
            emulator = Emulator.start(options);
        } catch (BindException e) {
            return fail(err, "port " + port + ": address in use");
        } catch (IOException | RuntimeException e) {
            return fail(err, describe(e));
        }
        Thread hook = new Thread(() -> {
            emulator.close();
            stop.countDown();
        }, "wfi-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        running = emulator;
        out.println("Graph emulator: " + emulator.baseUri() + " (also /beta/), "
                + (data == null ? "in memory" : "data in " + data + " (each write fsynced before the answer)"));
        out.println("Get a token: ./wfi token --scopes WorkforceIntegration.ReadWrite.All" + keyArguments()
                + "   (Read.All for get and list only; --app for application roles)");
        out.println("Ctrl-C stops it.");
        out.flush();
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            emulator.close();
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C: the hook has closed it
        }
        return Wfi.OK;
    }

    /** The options wfi token needs to find the same signing key. */
    private String keyArguments() {
        return keyFile != null ? " --key-file " + keyFile : data != null ? " --data " + data : "";
    }

    /** The cause in one line, with the file it concerns when the exception names one (a data directory that is a file). */
    static String describe(Exception e) {
        String file = e instanceof FileSystemException fileSystem && fileSystem.getFile() != null ? fileSystem.getFile() + ": " : "";
        return file + Failure.describe(e);
    }

    private static int fail(PrintWriter err, String message) {
        err.println("wfi: " + message);
        err.flush();
        return Wfi.USER_ERROR;
    }
}
