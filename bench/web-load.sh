#!/usr/bin/env bash
# Load test of the reader's pages: starts `broadsheet serve --demo`, waits until the demo corpus is ingested, warms up,
# then runs wrk against one article page and against the home page and prints requests/s and latency percentiles.
#
#   bench/web-load.sh
#
# Environment (defaults are the foundation issue's targets): DURATION (30s), CONNECTIONS (64), THREADS (2),
# WARMUP (5s at 16 connections per page), GZIP=1 also sends "Accept-Encoding: gzip" as browsers do (wrk sends none),
# BROADSHEET_JAVA_OPTS is passed on to the launcher (compare JVM options with it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
trap cleanup EXIT
trap 'exit 130' INT TERM

duration="${DURATION:-30s}"
connections="${CONNECTIONS:-64}"
threads="${THREADS:-2}"
warmup="${WARMUP:-5s}"

# Prints how many articles the API lists, following its 'next' tokens.
article_count() {
    python3 - "$1" <<'PY'
import json, sys, urllib.parse, urllib.request
base, count, after = sys.argv[1], 0, None
while True:
    url = base + "/api/v1/articles?limit=100" + ("&after=" + urllib.parse.quote(after) if after else "")
    with urllib.request.urlopen(url, timeout=5) as r:
        page = json.load(r)
    count += len(page["articles"])
    after = page.get("next")
    if not after:
        break
print(count)
PY
}

# Prints the id of the newest article.
first_article_id() {
    curl -s --max-time 5 "$1/api/v1/articles?limit=1" | python3 -c 'import json, sys; print(json.load(sys.stdin)["articles"][0]["id"])'
}

# Runs wrk against $2 with label $1 and prints one summary line, plus wrk's own output to stderr with VERBOSE=1.
load() {
    local label="$1" url="$2" out rps p50 p99 errors headers=()
    [[ "${3:-}" == gzip ]] && headers=(-H "Accept-Encoding: gzip")
    local load_before
    load_before="$(cut -d' ' -f1 /proc/loadavg)"
    out="$(wrk -t"$threads" -c"$connections" -d"$duration" --latency "${headers[@]}" "$url")"
    [[ "${VERBOSE:-0}" == 1 ]] && printf '%s\n' "$out" >&2
    rps="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")"
    p50="$(awk '$1 == "50%" { print $2 }' <<<"$out")"
    p99="$(awk '$1 == "99%" { print $2 }' <<<"$out")"
    errors="$(awk '/Non-2xx|Socket errors/' <<<"$out" | tr -s ' ' | paste -sd ';' -)"
    printf '%-24s %10s req/s   p50 %8s   p99 %8s   load %s -> %s %s\n' \
        "$label" "$rps" "$p50" "$p99" "$load_before" "$(cut -d' ' -f1 /proc/loadavg)" "${errors:+  ($errors)}"
}

ensure_built
machine_facts
echo "java options: ${BROADSHEET_JAVA_OPTS:-(launcher defaults)}"
echo "wrk: -t$threads -c$connections -d$duration --latency${GZIP:+ (and again with Accept-Encoding: gzip)}"


port="$(free_port)"
url="http://127.0.0.1:$port"
new_temp_dir
start_server "$port" "$REPLY"
until home_lists_articles "$url"; do
    expect_running
    sleep 0.2
done
# Ingestion is done when the count of articles stays the same for three seconds.
previous=-1 stable=0
while ((stable < 3)); do
    expect_running
    count="$(article_count "$url")"
    if [[ "$count" == "$previous" ]]; then stable=$((stable + 1)); else stable=0; fi
    previous="$count"
    sleep 1
done
id="$(first_article_id "$url")"
echo "ingested $count articles; article page: /articles/$id"
echo "server pid $server_pid"

for path in "/articles/$id" "/"; do
    wrk -t"$threads" -c16 -d"$warmup" "$url$path" >/dev/null
done
echo
load "article /articles/$id" "$url/articles/$id"
load "home /" "$url/"
if [[ -n "${GZIP:-}" ]]; then
    load "article, gzip" "$url/articles/$id" gzip
    load "home, gzip" "$url/" gzip
fi
