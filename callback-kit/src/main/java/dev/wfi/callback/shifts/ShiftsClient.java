package dev.wfi.callback.shifts;

import dev.wfi.callback.crypto.CallbackCipher;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends {@link ShiftsCall}s as Shifts does: the body encrypted under the integration's secret, over HTTP/1.1,
 * never following a redirect. An answer is read up to a size limit and the whole exchange, body included,
 * within a time limit, so an endpoint that streams forever or trickles costs neither memory nor a thread.
 * Thread-safe.
 */
public final class ShiftsClient {

    /** Far above any batch answer, far below what would strain a JVM. */
    public static final int DEFAULT_MAX_ANSWER_BYTES = 4 << 20;

    private final HttpClient http;
    private final Duration timeout;
    private final int maxAnswerBytes;

    /**
     * @param timeout for the whole exchange, from connecting to the answer's last byte
     * @param maxAnswerBytes answers longer than this are cut there ({@link WfmAnswer#cut()})
     */
    public ShiftsClient(Duration timeout, int maxAnswerBytes) {
        if (timeout.isNegative() || timeout.isZero() || maxAnswerBytes < 1) {
            throw new IllegalArgumentException("the timeout and the answer limit must be positive");
        }
        this.timeout = timeout;
        this.maxAnswerBytes = maxAnswerBytes;
        // HTTP/1.1: the default h2c upgrade attempt costs a round trip per connection and most WFM stacks refuse it
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    /**
     * Sends one call to {@code base + call.path()}.
     *
     * @param base the integration's {@code {url}/v{apiVersion}}
     * @throws ConnectException when nothing listens there
     * @throws HttpTimeoutException when the whole answer has not arrived within the timeout
     * @throws IOException when the connection fails otherwise ({@link #describe} says how, in words)
     */
    public WfmAnswer send(URI base, CallbackCipher cipher, ShiftsCall call) throws IOException {
        byte[] frame = cipher.encrypt(call.body().toString().getBytes(StandardCharsets.UTF_8));
        if (call.tampered()) {
            frame[frame.length - 3] ^= 0x01; // the tag's last byte: the payload's and the envelope's BT_STOP follow it
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + call.path()))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en-us")
                .POST(HttpRequest.BodyPublishers.ofByteArray(frame));
        if (call.passthrough() != null) {
            request.header("X-MS-WFMPassthrough", call.passthrough());
        }
        CompletableFuture<HttpResponse<CappedBody.Bytes>> exchange =
                http.sendAsync(request.build(), response -> new CappedBody(maxAnswerBytes));
        HttpResponse<CappedBody.Bytes> response;
        try {
            response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new HttpTimeoutException("no answer within " + seconds(timeout));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        }
        CappedBody.Bytes body = response.body();
        return new WfmAnswer(response.statusCode(), new String(body.bytes(), StandardCharsets.UTF_8), body.cut(), maxAnswerBytes);
    }

    /** What went wrong with an exchange, in words and without exception class names. */
    public static String describe(IOException failure) {
        if (failure instanceof HttpTimeoutException) {
            return failure.getMessage() != null && failure.getMessage().startsWith("no answer") ? failure.getMessage()
                    : "no answer in time";
        }
        if (failure instanceof ConnectException) {
            return "cannot connect (connection refused)";
        }
        if (failure instanceof InterruptedIOException) {
            return "interrupted";
        }
        return "the connection failed before a whole answer arrived";
    }

    private static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
