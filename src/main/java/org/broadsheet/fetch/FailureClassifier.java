package org.broadsheet.fetch;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLException;

/** Maps the exceptions of the JDK HTTP client to the stable {@link FetchFailure} reasons. */
final class FailureClassifier {
    private FailureClassifier() {}

    static FetchException classify(Throwable thrown, URI url) {
        // The client wraps the real cause in CompletionException or IOException layers: look down the chain.
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof LimitedBodySubscriber.TooLargeException) {
                return new FetchException(FetchFailure.TOO_LARGE, url, t.getMessage(), t);
            }
            if (t instanceof HttpTimeoutException) {
                return new FetchException(FetchFailure.TIMEOUT, url, "Timed out: " + t.getMessage(), t);
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new FetchException(FetchFailure.UNKNOWN_HOST, url, "Unknown host " + url.getHost(), t);
            }
            if (t instanceof ConnectException) {
                return new FetchException(FetchFailure.CONNECTION_FAILED, url, "Connection failed", t);
            }
            if (t instanceof SSLException) {
                return new FetchException(FetchFailure.CONNECTION_FAILED, url, "TLS failed: " + t.getMessage(), t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        Throwable reported =
                thrown instanceof CompletionException && thrown.getCause() != null ? thrown.getCause() : thrown;
        return new FetchException(FetchFailure.IO_ERROR, url, String.valueOf(reported.getMessage()), reported);
    }
}
