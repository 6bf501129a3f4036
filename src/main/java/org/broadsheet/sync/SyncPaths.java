package org.broadsheet.sync;

/** The addresses the sync APIs answer, which take their own keys and no cookie, so no CSRF token either. */
public final class SyncPaths {
    private SyncPaths() {}

    /** True for a Fever or Google Reader API address. */
    public static boolean isSyncPath(String path) {
        return path.equals("/fever")
                || path.startsWith("/fever/")
                || path.equals("/accounts/ClientLogin")
                || path.startsWith("/reader/api/0/");
    }
}
