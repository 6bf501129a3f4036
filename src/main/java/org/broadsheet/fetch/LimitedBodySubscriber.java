package org.broadsheet.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Collects a response body into memory and gives up, cancelling the exchange, as soon as it grows past a limit, so that
 * an endless or huge body costs no more than the limit.
 */
final class LimitedBodySubscriber implements BodySubscriber<byte[]> {
    /** Marks a body that was cut off at the limit; it travels through the client's futures as their cause. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }

    private final long limit;
    private final String tooLargeMessage;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private Flow.@Nullable Subscription subscription;

    private LimitedBodySubscriber(long limit, String tooLargeMessage) {
        this.limit = limit;
        this.tooLargeMessage = tooLargeMessage;
    }

    /** Accepts up to {@code limit} bytes. */
    static LimitedBodySubscriber upTo(long limit) {
        return new LimitedBodySubscriber(limit, "Body larger than " + limit + " bytes");
    }

    /** Fails at the first byte, for a body whose declared length is already too large. */
    static LimitedBodySubscriber refusing(String message) {
        return new LimitedBodySubscriber(0, message);
    }

    /** Drops the body unread: for redirects, errors and 304s, whose bodies nobody looks at. */
    static LimitedBodySubscriber discarding() {
        return new LimitedBodySubscriber(-1, "");
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (limit < 0) {
            subscription.cancel();
            result.complete(new byte[0]);
        } else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            if (buffer.size() + (long) item.remaining() > limit) {
                if (subscription != null) {
                    subscription.cancel();
                }
                result.completeExceptionally(new TooLargeException(tooLargeMessage));
                return;
            }
            byte[] bytes = new byte[item.remaining()];
            item.get(bytes);
            buffer.writeBytes(bytes);
        }
    }

    @Override
    public void onError(Throwable throwable) {
        result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
        result.complete(buffer.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
