/**
 * Real components for tests: a fresh PostgreSQL database per test class ({@link TestPostgres}) and a headless
 * Debian Chromium driven through Selenium ({@link TestBrowser}). Each skips when its component is missing on a
 * developer's machine and fails under CI, where {@code .ci/run} installs and starts everything.
 */
@NullMarked
package org.broadsheet.testing;

import org.jspecify.annotations.NullMarked;
