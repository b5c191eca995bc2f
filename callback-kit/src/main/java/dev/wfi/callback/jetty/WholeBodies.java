package dev.wfi.callback.jetty;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request's whole body before the application runs, without holding a thread while it arrives: Jersey
 * reads bodies with blocking streams, so a slow sender would otherwise hold one of the server's threads for as long
 * as it liked. A body larger than the limit is answered 413 (before it is read when its Content-Length says so), one
 * that has not arrived within the request timeout 408, and one whose framing is broken (a bad chunk, a connection
 * closed before Content-Length bytes) 400. The application then reads the buffered bytes.
 */
final class WholeBodies extends Handler.Wrapper {

    private final ServerLimits limits;
    private final java.util.function.Consumer<String> log;

    WholeBodies(Handler application, ServerLimits limits, java.util.function.Consumer<String> log) {
        super(application);
        this.limits = limits;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long declared = request.getLength();
        boolean chunked = request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (declared <= 0 && !chunked) {
            return application(request, response, callback);
        }
        if (declared > limits.maxBodyBytes()) {
            Response.writeError(request, response, callback, 413);
            return true;
        }
        CompletableFuture<byte[]> body = Content.Source.asByteArrayAsync(request, limits.maxBodyBytes());
        Scheduler.Task deadline = request.getComponents().getScheduler().schedule(
                () -> request.fail(new TimeoutException("the body did not arrive in time")),
                limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        body.whenComplete((bytes, failure) -> {
            deadline.cancel();
            if (failure != null) {
                Response.writeError(request, response, callback, status(failure));
                return;
            }
            // the body may complete on a thread that must not block: run the application on the server's pool
            request.getContext().execute(() -> {
                try {
                    if (!application(new Buffered(request, bytes), response, callback)) {
                        Response.writeError(request, response, callback, 404);
                    }
                } catch (Throwable t) {
                    Response.writeError(request, response, callback, t);
                }
            });
        });
        return true;
    }

    /** The application on this thread, its log lines about a vanished client going to the server's log. */
    private boolean application(Request request, Response response, Callback callback) throws Exception {
        boolean[] handled = new boolean[1];
        ClientGone.during(new ClientGone.Exchange(request.getMethod(), request.getHttpURI().getPath(), log),
                () -> handled[0] = super.handle(request, response, callback));
        return handled[0];
    }

    private static int status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return 408;
            }
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http.getCode();
            }
            if (t instanceof IllegalArgumentException) {
                return 413; // asByteArrayAsync's refusal of more than the limit
            }
            if (t instanceof EofException) {
                return 400;
            }
        }
        return 400;
    }

    /** The request with its body already read: the application reads it from memory. */
    private static final class Buffered extends Request.Wrapper {
        private Content.Chunk chunk;

        Buffered(Request request, byte[] body) {
            super(request);
            this.chunk = Content.Chunk.from(ByteBuffer.wrap(body), true);
        }

        @Override
        public synchronized Content.Chunk read() {
            Content.Chunk next = chunk;
            chunk = Content.Chunk.EOF;
            return next;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run();
        }

        @Override
        public void fail(Throwable failure) {
            // the body is in memory: nothing is being read that could fail
        }
    }
}
