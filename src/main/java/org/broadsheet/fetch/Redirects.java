package org.broadsheet.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;

/** Reads redirect responses: which statuses redirect, which are permanent, and where they point. */
final class Redirects {
    private Redirects() {}

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static boolean isPermanent(int status) {
        return status == 301 || status == 308;
    }

    /** The absolute target of a redirect, resolved against the URL that answered with it. */
    static URI target(URI from, HttpResponse<?> response) throws FetchException {
        String location = response.headers().firstValue("Location").orElse("").strip();
        if (location.isEmpty()) {
            throw new FetchException(
                    FetchFailure.IO_ERROR,
                    from,
                    "Redirect " + response.statusCode() + " without a Location header",
                    null);
        }
        try {
            URI target = from.resolve(new URI(escapeSpaces(location)));
            String text = target.toString();
            int hash = text.indexOf('#');
            // A fragment is a client-side matter; the server must not see it.
            return hash < 0 ? target : new URI(text.substring(0, hash));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(FetchFailure.IO_ERROR, from, "Invalid redirect location " + location, e);
        }
    }

    private static String escapeSpaces(String location) {
        return location.replace(" ", "%20");
    }
}
