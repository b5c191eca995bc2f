package dev.wfi.callback.shifts;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** An answer's bytes up to a limit; past it the subscription is cancelled, which closes the connection. */
final class CappedBody implements HttpResponse.BodySubscriber<CappedBody.Bytes> {

    record Bytes(byte[] bytes, boolean cut) {
    }

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<Bytes> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    CappedBody(int limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<Bytes> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return; // cut already; buffers in flight when the subscription was cancelled
        }
        for (ByteBuffer buffer : buffers) {
            int room = limit - bytes.size();
            if (buffer.remaining() > room) {
                byte[] part = new byte[room];
                buffer.get(part);
                bytes.write(part, 0, room);
                subscription.cancel();
                result.complete(new Bytes(bytes.toByteArray(), true));
                return;
            }
            byte[] all = new byte[buffer.remaining()];
            buffer.get(all);
            bytes.write(all, 0, all.length);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(new Bytes(bytes.toByteArray(), false));
    }
}
