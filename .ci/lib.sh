# shellcheck shell=bash
# Shared by the .ci scripts: sourced, not run.

# Prints the folder holding PostgreSQL's server programs (pg_ctl, initdb), or nothing when no server is installed.
# pg_config may come from libpq-dev without a server, so its answer is only taken when pg_ctl is really there.
pg_bindir() {
    local dir
    if command -v pg_config >/dev/null; then
        dir="$(pg_config --bindir 2>/dev/null || true)"
        if [[ -n "$dir" && -x "$dir/pg_ctl" ]]; then
            printf '%s' "$dir"
            return 0
        fi
    fi
    # Newest major version first.
    for dir in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
        if [[ -x "$dir/pg_ctl" ]]; then
            printf '%s' "$dir"
            return 0
        fi
    done
}

# The folder holding the throwaway cluster: its data/ folder and the port file.
pg_state_dir() {
    printf '%s' "${BROADSHEET_PG_DIR:-${TMPDIR:-/tmp}/broadsheet-pg-$(id -u)}"
}

# Runs a command as the postgres user when root (PostgreSQL refuses to run as root), else as the current user.
as_pg_user() {
    if [[ "$(id -u)" == 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}
