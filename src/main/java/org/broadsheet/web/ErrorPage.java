package org.broadsheet.web;

/** A page that explains why a request could not be answered. */
public record ErrorPage(Layout layout, int status, String heading, String message) {}
