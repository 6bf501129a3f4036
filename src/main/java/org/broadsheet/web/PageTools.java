package org.broadsheet.web;

/**
 * What every page controller renders with, made once per server: the site's name and asset fingerprint, the
 * templates, the view builders, the time display and the cache of rendered pages.
 */
record PageTools(Site site, Templates templates, Views views, TimeDisplay time, PageCache cache) {}
