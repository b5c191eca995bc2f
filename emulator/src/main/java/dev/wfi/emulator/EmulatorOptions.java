package dev.wfi.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to start an {@link Emulator}. Immutable: each setter returns a changed copy.
 *
 * <p>The signing key file, which {@code wfi serve} and {@code wfi token} must share, is resolved by
 * {@link #signingKeyFile()}: the file given, else {@code DATA_DIR/signing.key} with a data directory,
 * else {@code ~/.wfi/signing.key} ({@code WFI_HOME} replaces {@code ~/.wfi}).
 */
public final class EmulatorOptions {
    /** Large enough for any workforceIntegration or callback batch, small enough that no body costs memory. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;
    /** Ample for a client on this machine; short enough that a stalled one is soon cut off. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final int port;
    private final Path dataDir;
    private final Path keyFile;
    private final Consumer<String> log;
    private final int maxBodyBytes;
    private final Duration requestTimeout;
    private final Duration clockSkew;

    private EmulatorOptions(int port, Path dataDir, Path keyFile, Consumer<String> log, int maxBodyBytes, Duration requestTimeout,
            Duration clockSkew) {
        this.port = port;
        this.dataDir = dataDir;
        this.keyFile = keyFile;
        this.log = log;
        this.maxBodyBytes = maxBodyBytes;
        this.requestTimeout = requestTimeout;
        this.clockSkew = clockSkew;
    }

    /** Port 8080, in memory, the default key file, log lines on stderr. */
    public static EmulatorOptions defaults() {
        return new EmulatorOptions(8080, null, null, System.err::println, DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_TIMEOUT, Duration.ZERO);
    }

    /** The port on 127.0.0.1; 0 picks a free one ({@link Emulator#baseUri()} tells which). */
    public EmulatorOptions port(int p) {
        if (p < 0 || p > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + p);
        }
        return new EmulatorOptions(p, dataDir, keyFile, log, maxBodyBytes, requestTimeout, clockSkew);
    }

    /** Where writes are journaled; null keeps everything in memory. */
    public EmulatorOptions dataDir(Path d) {
        return new EmulatorOptions(port, d, keyFile, log, maxBodyBytes, requestTimeout, clockSkew);
    }

    /** The signing key of the tokens; null for the default (see the class comment). */
    public EmulatorOptions keyFile(Path f) {
        return new EmulatorOptions(port, dataDir, f, log, maxBodyBytes, requestTimeout, clockSkew);
    }

    /** Receives the emulator's log lines (never bodies or secrets); stderr by default. */
    public EmulatorOptions log(Consumer<String> lines) {
        return new EmulatorOptions(port, dataDir, keyFile, Objects.requireNonNull(lines, "log"), maxBodyBytes, requestTimeout, clockSkew);
    }

    /** Larger bodies are refused with 413. */
    public EmulatorOptions maxBodyBytes(int bytes) {
        if (bytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024, was " + bytes);
        }
        return new EmulatorOptions(port, dataDir, keyFile, log, bytes, requestTimeout, clockSkew);
    }

    /** How long a request's headers, and then its body, may take to arrive; later ones are cut off (408 for a body). */
    public EmulatorOptions requestTimeout(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive, was " + timeout);
        }
        return new EmulatorOptions(port, dataDir, keyFile, log, maxBodyBytes, timeout, clockSkew);
    }

    /**
     * How long after its expiry a token is still accepted; none by default, since {@code wfi token} and the emulator
     * read one clock. For tokens issued on a machine whose clock differs.
     */
    public EmulatorOptions clockSkew(Duration skew) {
        if (skew.isNegative()) {
            throw new IllegalArgumentException("clockSkew must not be negative, was " + skew);
        }
        return new EmulatorOptions(port, dataDir, keyFile, log, maxBodyBytes, requestTimeout, skew);
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path keyFile() {
        return keyFile;
    }

    Consumer<String> log() {
        return log;
    }

    int maxBodyBytes() {
        return maxBodyBytes;
    }

    Duration requestTimeout() {
        return requestTimeout;
    }

    Duration clockSkew() {
        return clockSkew;
    }

    /** The key file {@code wfi serve} and {@code wfi token} use with these options (see the class comment). */
    public Path signingKeyFile() {
        if (keyFile != null) {
            return keyFile;
        }
        if (dataDir != null) {
            return dataDir.resolve("signing.key");
        }
        String home = System.getenv("WFI_HOME");
        return home != null && !home.isBlank() ? Path.of(home, "signing.key")
                : Path.of(System.getProperty("user.home"), ".wfi", "signing.key");
    }
}
