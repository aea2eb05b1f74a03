package orbit.ingest;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body collected as bytes that fails with {@link RawInput#tooLarge()} once it passes
 * {@link RawInput#MAX_RAW_BYTES} (the JDK's client has no limiting body handler before Java 25).
 * Being asynchronous, it lets the caller bound the whole fetch by waiting on it with a deadline.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private Flow.Subscription subscription;

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    for (ByteBuffer item : items) {
      if (bytes.size() + item.remaining() > RawInput.MAX_RAW_BYTES) {
        subscription.cancel();
        body.completeExceptionally(RawInput.tooLarge());
        return;
      }
      byte[] chunk = new byte[item.remaining()];
      item.get(chunk);
      bytes.writeBytes(chunk);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable failure) {
    body.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    body.complete(bytes.toByteArray());
  }
}
