package dev.wfi.callback.jetty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty gives itself, before the application sees a request, as JSON saying what was wrong in the
 * server's own words: Jetty's HTML pages would be the only non-JSON answers, and a message built from the request
 * could echo what the client sent. A request in an HTTP version or transfer coding Jetty does not speak (505, 501)
 * is the client's error: 400.
 */
final class JsonErrors implements Request.Handler {

    private final ServerLimits limits;
    private final ErrorBody errors;

    JsonErrors(ServerLimits limits, ErrorBody errors) {
        this.limits = limits;
        this.errors = errors;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        if (status == 501 || status == 505) {
            status = 400;
            response.setStatus(status);
        }
        String json = errors.json(status, code(status), message(status));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }

    static String code(int status) {
        return switch (status) {
            case 400 -> "badRequest";
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 408 -> "requestTimeout";
            case 413 -> "bodyTooLarge";
            case 414 -> "uriTooLong";
            case 431 -> "headersTooLarge";
            default -> status >= 500 ? "serverError" : "refused";
        };
    }

    private String message(int status) {
        return switch (status) {
            case 400 -> "The request is not well-formed HTTP: its request line, a header, the URI's encoding or the body's framing.";
            case 404 -> "No resource at this path.";
            case 405 -> "The method is not allowed here.";
            case 408 -> "The request did not arrive in full within " + limits.requestTimeout().toSeconds() + " s.";
            case 413 -> "The body is larger than " + limits.maxBodyBytes() + " bytes.";
            case 414 -> "The URI is longer than the " + limits.maxHeaderBytes() + " bytes allowed for the request line and headers.";
            case 431 -> "The request headers are larger than " + limits.maxHeaderBytes() + " bytes.";
            default -> status >= 500 ? "The server failed to process the request." : "The request was refused (HTTP " + status + ").";
        };
    }
}
