package org.broadsheet.fetch;

/** Why a fetch failed: a stable reason that is stored with the source and shown to the operator. */
public enum FetchFailure {
    /** The connection or the whole fetch took longer than allowed. */
    TIMEOUT,
    /** The host name does not resolve. */
    UNKNOWN_HOST,
    /** The server refused or dropped the connection. */
    CONNECTION_FAILED,
    /** The server answered with a status other than 2xx or 304. */
    HTTP_STATUS,
    /** The body is larger than allowed, as sent or once decompressed. */
    TOO_LARGE,
    /** The server redirected more often than allowed. */
    TOO_MANY_REDIRECTS,
    /** The host resolves to a loopback, private, link-local or otherwise internal address. */
    BLOCKED_ADDRESS,
    /** The URL is not http or https. */
    UNSUPPORTED_SCHEME,
    /** The site's robots.txt does not allow us this URL, or could not be read because the server failed. */
    ROBOTS_DISALLOWED,
    /** Any other transport or decoding error. */
    IO_ERROR
}
