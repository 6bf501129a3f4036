package org.broadsheet.demo;

/** A demo resource ready to send: its bytes after token substitution, content type and strong ETag. */
record ServedFile(byte[] body, String contentType, String etag) {}
