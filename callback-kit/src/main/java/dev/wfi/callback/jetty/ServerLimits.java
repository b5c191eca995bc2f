package dev.wfi.callback.jetty;

import java.time.Duration;

/**
 * What a {@link JerseyServer} allows one client.
 *
 * @param requestTimeout how long a request's headers, and then its body, may take to arrive (408 or a closed
 *     connection after that); also how long a connection may stay silent
 * @param maxHeaderBytes request line and headers together (a longer URI is answered 414, longer headers 431)
 * @param maxBodyBytes larger bodies are answered 413 before they are read
 * @param threads the threads that run requests; a slow client holds none of them while it sends
 */
public record ServerLimits(Duration requestTimeout, int maxHeaderBytes, int maxBodyBytes, int threads) {

    public ServerLimits {
        if (requestTimeout.isNegative() || requestTimeout.isZero() || maxHeaderBytes < 1024 || maxBodyBytes < 1 || threads < 4) {
            throw new IllegalArgumentException("limits out of range: " + requestTimeout + ", " + maxHeaderBytes + " header bytes, "
                    + maxBodyBytes + " body bytes, " + threads + " threads");
        }
    }

    /** 10 s, 8 KiB of headers, 4 MiB of body, 32 threads. */
    public static ServerLimits defaults() {
        return new ServerLimits(Duration.ofSeconds(10), 8 * 1024, 4 << 20, 32);
    }

    public ServerLimits requestTimeout(Duration timeout) {
        return new ServerLimits(timeout, maxHeaderBytes, maxBodyBytes, threads);
    }

    public ServerLimits maxBodyBytes(int bytes) {
        return new ServerLimits(requestTimeout, maxHeaderBytes, bytes, threads);
    }

    public ServerLimits threads(int count) {
        return new ServerLimits(requestTimeout, maxHeaderBytes, maxBodyBytes, count);
    }
}
