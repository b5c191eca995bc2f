package dev.wfi.callback.jaxrs;

import dev.wfi.callback.crypto.CallbackCipher;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.time.Clock;

/**
 * The callback kit for a JAX-RS application that implements the generated {@code WfmApi}: register
 * {@code new WfmCallbacks(cipher)} and the stubs receive decrypted JSON. It decrypts POSTs to
 * {@code .../connect}, {@code .../teams/{teamId}/update} and {@code .../teams/{teamId}/read} (bad frames:
 * 400, wrong secret or key id: 401, bodies over the limit: 413), answers expired items (per-item
 * {@code X-MS-Expires}, or the request header) with item status 408 without calling the stub, answers
 * update and read with HTTP 200 and a status per item even when the stub fails, and turns a
 * {@code void connect()}'s 204 into the 200 Shifts requires.
 */
public final class WfmCallbacks implements Feature {

    /** 4 MiB: far above any batch Shifts sends. */
    public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;

    private final CallbackCipher cipher;
    private final int maxBodyBytes;
    private final Clock clock;

    public WfmCallbacks(CallbackCipher cipher) {
        this(cipher, DEFAULT_MAX_BODY_BYTES, Clock.systemUTC());
    }

    private WfmCallbacks(CallbackCipher cipher, int maxBodyBytes, Clock clock) {
        this.cipher = cipher;
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    /** The same kit with another limit on the encrypted body, in bytes. */
    public WfmCallbacks maxBodyBytes(int maxBodyBytes) {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        return new WfmCallbacks(cipher, maxBodyBytes, clock);
    }

    /** The same kit reading the time from {@code clock} (tests). */
    public WfmCallbacks clock(Clock clock) {
        return new WfmCallbacks(cipher, maxBodyBytes, clock);
    }

    @Override
    public boolean configure(FeatureContext context) {
        context.register(new CallbackFilter(cipher, maxBodyBytes, clock));
        context.register(new CallbackExceptionMapper());
        return true;
    }
}
