# Shared by the bench/*.sh scripts: building, a free port, starting and stopping the demo server.
# Sourced, not run. Expects `set -euo pipefail` in the caller.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
server_pid=""
server_log=""
temp_dirs=()

# Builds the jar when the sources changed, through the launcher, so that its build stamp is written too. Not timed.
ensure_built() {
    (cd "$root" && ./broadsheet --version >/dev/null)
}

# Prints a TCP port on 127.0.0.1 that nothing listens on now (the kernel picks it).
free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Prints the wall clock in milliseconds.
now_ms() {
    local ns
    ns="$(date +%s%N)"
    printf '%s' "$((ns / 1000000))"
}

# Makes a temp dir, removed at exit, and puts its path in REPLY. It does not print the path: a command substitution
# would run it in a subshell, and the dir would never reach temp_dirs.
new_temp_dir() {
    REPLY="$(mktemp -d "${TMPDIR:-/tmp}/broadsheet-bench.XXXXXX")"
    temp_dirs+=("$REPLY")
}

# Starts `broadsheet serve --demo` on 127.0.0.1:$1 with data in $2, in its own session; sets server_pid. Call it in
# the main shell, not in a command substitution, so that the exit trap knows the pid.
# Extra JVM options come from BROADSHEET_JAVA_OPTS, which the launcher reads.
start_server() {
    local port="$1" data="$2"
    server_log="$data.log"
    temp_dirs+=("$server_log")
    setsid "$root/broadsheet" serve --demo --host 127.0.0.1 --port "$port" --data "$data" >"$server_log" 2>&1 &
    server_pid=$!
}

# Stops the server with SIGTERM (the launcher execs the JVM, so the pid is the JVM's) and waits for it to exit.
stop_server() {
    [[ -n "$server_pid" ]] || return 0
    if kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid" 2>/dev/null || true
        local i
        for ((i = 0; i < 300; i++)); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        if kill -0 "$server_pid" 2>/dev/null; then
            echo "server $server_pid did not stop within 30 s; killing it" >&2
            kill -KILL "$server_pid" 2>/dev/null || true
        fi
    fi
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}

cleanup() {
    stop_server
    if ((${#temp_dirs[@]})); then
        rm -rf "${temp_dirs[@]}"
    fi
}

# Fails (after printing the server's log) when the server process has exited.
expect_running() {
    if ! kill -0 "$server_pid" 2>/dev/null; then
        echo "the server exited early; its log:" >&2
        cat "$server_log" >&2
        return 1
    fi
}

# Prints the HTTP status of GET $1 (000 when nothing answered).
status_of() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true
}

# True when the home page at $1 lists at least one article.
home_lists_articles() {
    curl -s --max-time 2 "$1/" 2>/dev/null | grep -q '/articles/'
}

# Prints the median of the numbers on stdin.
median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; m = int((NR + 1) / 2); if (NR % 2) print v[m]; else print (v[m] + v[m + 1]) / 2 }'
}

machine_facts() {
    echo "machine: $(nproc) cores, $(uname -srm), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo)"
    echo "jdk: $("${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -version 2>&1 | head -n 1)"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
