#!/usr/bin/env bash
# Magazine benchmark: publishes the Release build, seeds 1,000 and 100,000 stories, and
# drives the site with wrk at 32 and 64 connections, output caching on and off, against
# the upper bound of the same Kestrel serving a saved story page as a static file.
# Usage: bash bench/run.sh [seconds-per-run]   (needs: wrk, sqlite3; see bench/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${1:-8}
OUT=bench/out
PORT=5170
BASE=http://127.0.0.1:$PORT
mkdir -p "$OUT"

for tool in wrk sqlite3 curl; do
  command -v $tool >/dev/null || { echo "missing $tool: apt-get install -y wrk sqlite3 curl" >&2; exit 1; }
done

echo "== publishing the Release build"
dotnet publish src/Magazine.Web -c Release -r linux-x64 -o "$OUT/app" >/dev/null

seed() { # $1 = number of stories
  local dir="$OUT/data-$1"
  if [ ! -f "$dir/magazine.db" ]; then
    echo "== seeding $1 stories"
    local start=$(date +%s%N)
    (cd "$OUT/app" && Magazine__DataDirectory="$PWD/../data-$1" dotnet Magazine.Web.dll seed-demo --articles "$1" --comments-per-article 3)
    echo "seed-$1 $(( ($(date +%s%N) - start) / 1000000 )) ms" >> "$OUT/seed-times.txt"
  fi
}

SERVER_PID=
STARTUP_MS=
start_server() { # $1 = stories, $2 = cache true|false; sets SERVER_PID and STARTUP_MS (process start to the first 200 on a story page)
  local dir="$PWD/$OUT/data-$1"
  local story=$(sqlite3 "$dir/magazine.db" "SELECT CASE Language WHEN 'ar' THEN '/ar' ELSE '' END || strftime('/%Y/%m/', PublishedAt) || Slug FROM Articles ORDER BY Id DESC LIMIT 1 OFFSET 7")
  local start=$(date +%s%N)
  (cd "$OUT/app" && exec env Magazine__DataDirectory="$dir" Magazine__OutputCache="$2" Magazine__BenchStaticFolder="$PWD/../static" \
     Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production dotnet Magazine.Web.dll --urls "$BASE" >"$PWD/../server.log" 2>&1) &
  SERVER_PID=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$story")" = "200" ]; do sleep 0.02; done
  STARTUP_MS=$(( ($(date +%s%N) - start) / 1000000 ))
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}

peak_rss_mb() { # peak resident memory of the server process (the dotnet host is the exec'd process)
  awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$SERVER_PID/status"
}

RESULTS="$OUT/results.tsv"
: > "$RESULTS"
: > "$OUT/memory.txt"
: > "$OUT/startup.txt"

measure() { # $1 label (dataset/cache/page), $2 connections, $3 url, [$4 lua script]
  local script=()
  [ -n "${4:-}" ] && script=(-s "$4")
  # Warm up at the same concurrency (fills the cache, JIT-compiles), then measure.
  wrk -t2 -c"$2" -d2s "${script[@]}" "$3" >/dev/null
  local report
  report=$(wrk -t2 -c"$2" -d"${DURATION}s" --latency "${script[@]}" "$3")
  local rps=$(echo "$report" | awk '/Requests\/sec/ {print $2}')
  local p50=$(echo "$report" | awk '$1=="50%" {print $2}')
  local p99=$(echo "$report" | awk '$1=="99%" {print $2}')
  local requests=$(echo "$report" | awk '/requests in/ {print $1}')
  local bytes=$(echo "$report" | awk '/requests in/ {print $5}')
  local non2xx=$(echo "$report" | awk '/Non-2xx/ {print $5}')
  printf "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" "$1" "$2" "$rps" "$p50" "$p99" "$requests" "$bytes" "${non2xx:-0}" >> "$RESULTS"
  echo "  $1 c=$2: $rps req/s, p50 $p50, p99 $p99${non2xx:+, non-2xx $non2xx}"
}

for n in 1000 100000; do
  seed $n
done

mkdir -p "$OUT/static"
for n in 1000 100000; do
  db="$OUT/data-$n/magazine.db"
  sqlite3 "$db" "SELECT CASE Language WHEN 'ar' THEN '/ar' ELSE '' END || strftime('/%Y/%m/', PublishedAt) || Slug FROM Articles ORDER BY random() LIMIT 5000" > "$OUT/stories-$n.txt"
  # A deep page: the cursor of the story at nine tenths of the Syria section.
  count=$(sqlite3 "$db" "SELECT COUNT(*) FROM Articles a JOIN Categories c ON c.Id = a.CategoryId WHERE c.Slug = 'syria'")
  cursor=$(sqlite3 "$db" "SELECT (CAST(strftime('%s', a.PublishedAt) AS INTEGER) * 10000000 + 621355968000000000) || '-' || a.Id FROM Articles a JOIN Categories c ON c.Id = a.CategoryId WHERE c.Slug = 'syria' ORDER BY a.PublishedAt DESC, a.Id DESC LIMIT 1 OFFSET $((count * 9 / 10))")
  echo "/section/syria?page=$((count * 9 / 100))&before=$cursor" > "$OUT/deep-$n.txt"
done

for n in 1000 100000; do
  for cache in true false; do
    echo "== $n stories, output cache $cache"
    if curl -s -o /dev/null "$BASE/healthz"; then echo "port $PORT is already serving; stop that server first" >&2; exit 1; fi
    start_server $n $cache
    echo "startup-$n-$cache $STARTUP_MS" >> "$OUT/startup.txt"
    echo "  process start to first story page: $STARTUP_MS ms"
    if [ $n = 1000 ] && [ $cache = true ]; then
      curl -s "$BASE$(head -1 "$OUT/stories-$n.txt")" > "$OUT/static/story.html"
    fi
    for c in 32 64; do
      [ $n = 1000 ] && [ $cache = true ] && measure "static/story.html" $c "$BASE/bench-static/story.html"
      measure "$n/$cache/home" $c "$BASE/"
      STORY_PATHS="$PWD/$OUT/stories-$n.txt" measure "$n/$cache/story" $c "$BASE/" bench/stories.lua
      measure "$n/$cache/section-1" $c "$BASE/section/syria"
      measure "$n/$cache/section-deep" $c "$BASE$(cat "$OUT/deep-$n.txt")"
      measure "$n/$cache/search" $c "$BASE/search?q=market"
      measure "$n/$cache/feed" $c "$BASE/feed"
    done
    echo "memory-$n-$cache $(peak_rss_mb)" >> "$OUT/memory.txt"
    echo "  peak memory: $(peak_rss_mb) MB"
    stop_server
  done
done

bash bench/table.sh "$OUT"
