#!/usr/bin/env bash
# Measures the start of `broadsheet serve --demo`: wall time from launching the process to the first HTTP 200 from
# GET /, and to the first home page that lists articles (the demo corpus ingested through the real pipeline).
#
#   bench/startup.sh            5 cold runs (each with a fresh data directory), then 5 warm runs (second start on a
#                               data directory that already holds the ingested corpus)
#
# Environment: RUNS (default 5), POLL_MS (default 20), TIMEOUT_S per run (default 60), WARM=0 skips the warm runs,
# BROADSHEET_JAVA_OPTS is passed on to the launcher (compare JVM options with it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
trap cleanup EXIT
trap 'exit 130' INT TERM

runs="${RUNS:-5}"
poll_s="$(awk -v ms="${POLL_MS:-20}" 'BEGIN { printf "%.3f", ms / 1000 }')"
timeout_ms="$((${TIMEOUT_S:-60} * 1000))"

# One timed start on data directory $1; sets t200 (ms to the first 200) and tlist (ms to articles listed).
# Runs in the main shell (no command substitution), so that the exit trap can stop the server it starts.
t200="" tlist=""
time_one_start() {
    local data="$1" port start elapsed
    t200="" tlist=""
    port="$(free_port)"
    local url="http://127.0.0.1:$port"
    start="$(now_ms)"
    start_server "$port" "$data"
    while :; do
        elapsed="$(($(now_ms) - start))"
        ((elapsed < timeout_ms)) || { echo "no answer within ${TIMEOUT_S:-60} s" >&2; cat "$server_log" >&2; return 1; }
        expect_running
        if [[ -z "$t200" && "$(status_of "$url/")" == 200 ]]; then
            t200="$(($(now_ms) - start))"
        fi
        if [[ -n "$t200" ]] && home_lists_articles "$url"; then
            tlist="$(($(now_ms) - start))"
            break
        fi
        sleep "$poll_s"
    done
    stop_server
}

# Runs $1 (a label) $runs times on data directories made by $2 (a function setting REPLY), then prints medians.
series() {
    local label="$1" make_data="$2" i first=() listed=()
    echo "== $label"
    for ((i = 1; i <= runs; i++)); do
        "$make_data"
        time_one_start "$REPLY"
        first+=("$t200")
        listed+=("$tlist")
        printf 'run %d: first 200 after %5d ms, articles listed after %5d ms   (load %s)\n' \
            "$i" "$t200" "$tlist" "$(cut -d' ' -f1 /proc/loadavg)"
    done
    printf 'median: first 200 after %d ms, articles listed after %d ms\n' \
        "$(printf '%s\n' "${first[@]}" | median)" "$(printf '%s\n' "${listed[@]}" | median)"
}

fresh_dir() { new_temp_dir; }

# A data directory that has been through one start already (database migrated, corpus ingested).
warm_dir=""
existing_dir() { REPLY="$warm_dir"; }

ensure_built
machine_facts
echo "java options: ${BROADSHEET_JAVA_OPTS:-(launcher defaults)}"
# One untimed start: it fills the data directory that the second-start series reuses (the launcher records its
# class-data archive right after a build, so the timed runs see the steady state an operator sees).
new_temp_dir
warm_dir="$REPLY"
time_one_start "$warm_dir"
echo
series "cold start: fresh data directory each run" fresh_dir
if [[ "${WARM:-1}" != 0 ]]; then
    echo
    series "second start: data directory from an earlier run" existing_dir
fi
