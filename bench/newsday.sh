#!/usr/bin/env bash
# The news-day benchmark: readers on a news-shaped mix (home pages, a hot set of recent
# stories, the long tail of the archive) at 32 and 64 connections, while guests post about
# two approved comments a second and an editor publishes a story a minute; beside it, the
# single-page runs (cached and uncached story and home) and the static-file bound, all in
# the same run. Writes bench/out/newsday.md.
# Usage: bash bench/newsday.sh [stories] [seconds-per-run]   (needs: wrk, sqlite3, curl, python3)
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES=${1:-100000}
DURATION=${2:-20}
OUT=bench/out
PORT=5171
BASE=http://127.0.0.1:$PORT
EMAIL=newsday-editor@example.com
PASSWORD=newsday-editor-passphrase-1
mkdir -p "$OUT"

for tool in wrk sqlite3 curl python3; do
  command -v $tool >/dev/null || { echo "missing $tool: apt-get install -y wrk sqlite3 curl python3" >&2; exit 1; }
done
if curl -s -o /dev/null "$BASE/healthz"; then echo "port $PORT is already serving; stop that server first" >&2; exit 1; fi

if [ -z "${SKIP_PUBLISH:-}" ]; then   # SKIP_PUBLISH=1 reuses bench/out/app
  echo "== publishing the Release build"
  dotnet publish src/Magazine.Web -c Release -r linux-x64 -o "$OUT/app" >/dev/null
fi

SEEDED="$OUT/data-$STORIES"
if [ ! -f "$SEEDED/magazine.db" ]; then
  echo "== seeding $STORIES stories (kept in $SEEDED for later runs)"
  (cd "$OUT/app" && Magazine__DataDirectory="$PWD/../data-$STORIES" dotnet Magazine.Web.dll seed-demo --articles "$STORIES" --comments-per-article 3)
fi

# Each run starts from a copy of the seeded archive, opened to guests' comments without
# moderation or rate limit, with an editor to publish.
DATA="$PWD/$OUT/newsday-$STORIES"
rm -rf "$DATA" && cp -r "$SEEDED" "$DATA"
sqlite3 "$DATA/magazine.db" "UPDATE SiteSettings SET CommentModeration = 2, CommentRateLimitPerMinute = 0;"
(cd "$OUT/app" && Magazine__DataDirectory="$DATA" dotnet Magazine.Web.dll create-user --email "$EMAIL" --password "$PASSWORD" --role Editor >/dev/null)

HOT="$PWD/$OUT/newsday-hot.txt"
TAIL="$PWD/$OUT/newsday-tail.txt"
sqlite3 "$DATA/magazine.db" "SELECT CASE Language WHEN 'ar' THEN '/ar' ELSE '' END || strftime('/%Y/%m/', PublishedAt) || Slug FROM Articles WHERE Status = 2 ORDER BY PublishedAt DESC LIMIT 20" > "$HOT"
sqlite3 "$DATA/magazine.db" "SELECT CASE Language WHEN 'ar' THEN '/ar' ELSE '' END || strftime('/%Y/%m/', PublishedAt) || Slug FROM Articles WHERE Status = 2 ORDER BY random() LIMIT 5000" > "$TAIL"

SERVER_PID=
start_server() { # $1 = output cache true|false; records the time from process start to the first story page
  local started=$(date +%s%N)
  (cd "$OUT/app" && exec env Magazine__DataDirectory="$DATA" Magazine__OutputCache="$1" Magazine__CacheHeader=true \
     Magazine__Comments__MinimumSecondsBeforePosting=0 Magazine__BenchStaticFolder="$PWD/../static" \
     Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production dotnet Magazine.Web.dll --urls "$BASE" >"$PWD/../newsday-server.log" 2>&1) &
  SERVER_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$(head -1 "$HOT")")" = "200" ]; do
    kill -0 "$SERVER_PID" 2>/dev/null || { echo "the server stopped; see $OUT/newsday-server.log" >&2; exit 1; }
    sleep 0.01
  done
  echo "start to first story page, cache $1: $(( ($(date +%s%N) - started) / 1000000 )) ms" >> "$OUT/newsday-memory.txt"
}
stop_server() { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }
peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status"; }

TABLE="$OUT/newsday.md"
{
  echo "| run | conns | req/s | p50 ms | p99 ms | vs static | cache hits | notes |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
} > "$TABLE"
declare -A STATIC

run_wrk() { # $1 label, $2 connections, $3 url, [$4 lua], [$5 notes]; appends a row
  local script=()
  [ -n "${4:-}" ] && script=(-s "$4")
  wrk -t2 -c"$2" -d2s "${script[@]}" "$3" >/dev/null
  local report
  # A long timeout: on a loaded machine slow answers are measured rather than dropped.
  report=$(HOT_PATHS="$HOT" TAIL_PATHS="$TAIL" STORY_PATHS="$HOT" wrk -t2 -c"$2" -d"${DURATION}s" --timeout 10s --latency "${script[@]}" "$3")
  local rps=$(echo "$report" | awk '/Requests\/sec/ {print $2}')
  local p50=$(echo "$report" | awk '$1=="50%" {print $2}')
  local p99=$(echo "$report" | awk '$1=="99%" {print $2}')
  local hits=$(echo "$report" | awk '/cache hits/ {print $6}' | tr -d '()')
  local non2xx=$(echo "$report" | awk '/Non-2xx/ {print $5}')
  local errors=$(echo "$report" | awk '/Socket errors/ {print $0}' | sed 's/^ *Socket errors: //')
  [ "$1" = static ] && STATIC[$2]=$rps
  local ratio=$(awk -v r="$rps" -v s="${STATIC[$2]:-0}" 'BEGIN { if (s > 0) printf "%.0f%%", 100 * r / s }')
  local ms='function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }'
  printf "| %s | %s | %.0f | %.2f | %.2f | %s | %s | %s |\n" "$1" "$2" "$rps" \
    "$(awk "$ms BEGIN { print ms(\"$p50\") }")" "$(awk "$ms BEGIN { print ms(\"$p99\") }")" "$ratio" "${hits:-}" \
    "${5:-}${non2xx:+ non-2xx $non2xx}${errors:+ socket errors: $errors}" >> "$TABLE"
  echo "  $1 c=$2: $rps req/s, p50 $p50, p99 $p99 ${hits:+hits $hits}"
}

rm -f "$OUT/newsday-memory.txt"
echo "== cached: static bound, single pages, then the news day"
mkdir -p "$OUT/static"
start_server true
curl -s "$BASE$(head -1 "$HOT")" > "$OUT/static/story.html"
for c in 32 64; do
  run_wrk static $c "$BASE/bench-static/story.html"
  run_wrk "cached story (hot set)" $c "$BASE/" bench/stories.lua
  run_wrk "cached home" $c "$BASE/"
done
for c in 32 64; do
  python3 bench/newsroom.py "$BASE" "$HOT" "$DURATION" "$EMAIL" "$PASSWORD" "$OUT/newsroom-$c.json" >/dev/null &
  WRITERS=$!
  run_wrk "news day" $c "$BASE/" bench/newsday.lua
  wait $WRITERS
  echo "  writers at c=$c: $(cat "$OUT/newsroom-$c.json")"
done
echo "peak memory, cached server: $(peak_rss_mb) MB" >> "$OUT/newsday-memory.txt"
stop_server

echo "== uncached single pages"
start_server false
for c in 32 64; do
  run_wrk "uncached story (hot set)" $c "$BASE/" bench/stories.lua
  run_wrk "uncached home" $c "$BASE/"
  run_wrk "uncached search" $c "$BASE/search?q=market"
done
echo "peak memory, uncached server: $(peak_rss_mb) MB" >> "$OUT/newsday-memory.txt"
stop_server

{
  echo
  echo "Writers during the news day (delay from the acknowledged post to the first anonymous read that shows it):"
  echo
  for c in 32 64; do echo "- $c connections: \`$(cat "$OUT/newsroom-$c.json")\`"; done
  echo
  sed 's/^/- /' "$OUT/newsday-memory.txt"
} >> "$TABLE"
cat "$TABLE"
