# The parts of the news-day benchmark that newsday.sh (one instance on SQLite) and
# scaleout.sh (the same, then two instances behind nginx on PostgreSQL and Redis) share,
# so that both measure exactly the same workload. Sourced from the repository root once
# STORIES, DURATION and OUT are set; a run writes its rows to $TABLE (Markdown) and, when
# $ROWS is set, to $ROWS (tab-separated, for scaleout.sh's side-by-side table).

EMAIL=newsday-editor@example.com
PASSWORD=newsday-editor-passphrase-1
SEEDED="$OUT/data-$STORIES"
HOT="$PWD/$OUT/newsday-hot.txt"
TAIL="$PWD/$OUT/newsday-tail.txt"
WARM="$PWD/$OUT/newsday-warm.txt"
SEARCHES="$PWD/$OUT/newsday-searches.txt"
MEMORY="$OUT/newsday-memory.txt"
declare -A SITE_PID STATIC

require_tools() { # $1 the Debian packages to name, then the commands
  local packages=$1 tool
  shift
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install -y $packages" >&2; exit 1; }
  done
}

require_free_port() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then echo "port $1 is already taken; stop that server first" >&2; exit 1; fi
}

publish_and_seed() {
  if [ -z "${SKIP_PUBLISH:-}" ]; then   # SKIP_PUBLISH=1 reuses bench/out/app
    echo "== publishing the Release build"
    dotnet publish src/Magazine.Web -c Release -r linux-x64 -o "$OUT/app" >/dev/null
  fi
  if [ ! -f "$SEEDED/magazine.db" ]; then
    echo "== seeding $STORIES stories (kept in $SEEDED for later runs)"
    (cd "$OUT/app" && Magazine__DataDirectory="$PWD/../data-$STORIES" dotnet Magazine.Web.dll seed-demo --articles "$STORIES" --comments-per-article 3)
  fi
}

# A fresh copy of the seeded archive in $1, opened to guests' comments without moderation or
# rate limit, with an editor to publish; and the readers' hot and tail paths from it.
newsday_archive() {
  rm -rf "$1" && cp -r "$SEEDED" "$1"
  sqlite3 "$1/magazine.db" "UPDATE SiteSettings SET CommentModeration = 2, CommentRateLimitPerMinute = 0;"
  (cd "$OUT/app" && Magazine__DataDirectory="$1" dotnet Magazine.Web.dll create-user --email "$EMAIL" --password "$PASSWORD" --role Editor >/dev/null)
  local story="CASE Language WHEN 'ar' THEN '/ar' ELSE '' END || strftime('/%Y/%m/', PublishedAt) || Slug FROM Articles WHERE Status = 2"
  sqlite3 "$1/magazine.db" "SELECT $story ORDER BY PublishedAt DESC LIMIT 20" > "$HOT"
  # Two disjoint samples of the archive: the readers' long tail, and the stories the warm-up reads.
  sqlite3 "$1/magazine.db" "SELECT $story ORDER BY random() LIMIT 10000" > "$OUT/newsday-sample.txt"
  head -n 5000 "$OUT/newsday-sample.txt" > "$TAIL"
  tail -n +5001 "$OUT/newsday-sample.txt" > "$WARM"
  rm "$OUT/newsday-sample.txt"
  sqlite3 -separator $'\t' "$1/magazine.db" "SELECT Language, Title FROM Articles WHERE Status = 2 ORDER BY random() LIMIT 300" \
    | python3 bench/searches.py > "$SEARCHES"
}

wait_for_story() { # $1 base address, $2 the pid that must stay alive, $3 its log
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$1$(head -1 "$HOT")")" = "200" ]; do
    kill -0 "$2" 2>/dev/null || { echo "the server stopped; see $3" >&2; exit 1; }
    sleep 0.01
  done
}

# Starts the published site with the benchmark's settings (the cache header on, the comment
# form's minimum delay off, the static-file bound at /bench-static/) and any NAME=VALUE
# settings given, and records the time from process start to its first story page.
start_site() { # $1 name (its log is $OUT/NAME.log), $2 port, $3 output cache true|false, then settings
  local name=$1 port=$2 cache=$3 started
  shift 3
  mkdir -p "$OUT/static"
  started=$(date +%s%N)
  (cd "$OUT/app" && exec env "$@" Magazine__OutputCache="$cache" Magazine__CacheHeader=true \
     Magazine__Comments__MinimumSecondsBeforePosting=0 Magazine__BenchStaticFolder="$PWD/../static" \
     Logging__LogLevel__Default=Warning ASPNETCORE_ENVIRONMENT=Production dotnet Magazine.Web.dll --urls "http://127.0.0.1:$port" >"$PWD/../$name.log" 2>&1) &
  SITE_PID[$name]=$!
  wait_for_story "http://127.0.0.1:$port" "${SITE_PID[$name]}" "$OUT/$name.log"
  echo "start to first story page, $name (cache $cache): $(( ($(date +%s%N) - started) / 1000000 )) ms" >> "$MEMORY"
}

# A server that has been up for a while, as readers meet it: the runtime compiles the hot code
# again, optimised, only after it has run many times, and on two loaded cores that takes
# 30-40 s (an uncached story page costs about 8 ms of CPU in the first 10 s, 3 ms after 40 s).
# Without this the first runs after a start measure that compilation, not the site. The
# warm-up reads the news-day mix on archive stories that no measured run reads (so the
# cached server's later misses stay misses), then searches.
warm_site() { # $1 base address
  local seconds=${WARMUP:-40}
  [ "$seconds" -gt 0 ] || return 0
  HOT_PATHS="$WARM" TAIL_PATHS="$WARM" wrk -t2 -c32 -d"${seconds}s" -s bench/newsday.lua "$1/" >/dev/null
  STORY_PATHS="$SEARCHES" wrk -t2 -c4 -d5s -s bench/stories.lua "$1/" >/dev/null
}

stop_site() {
  [ -n "${SITE_PID[$1]:-}" ] || return 0
  kill "${SITE_PID[$1]}" 2>/dev/null || true
  wait "${SITE_PID[$1]}" 2>/dev/null || true
  unset "SITE_PID[$1]"
}

stop_sites() {
  local name
  for name in "${!SITE_PID[@]}"; do stop_site "$name"; done
}

# The settings docs/operations.md gives for a machine where the site must stay under 300 MB.
SMALL_MACHINE=(DOTNET_TieredCompilation=0 DOTNET_GCHeapHardLimit=0x5000000 Magazine__OutputCacheMegabytes=32
  Magazine__Database__SqliteOpenConnections=4)

peak_rss_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

table_header() {
  echo "| run | conns | req/s | p50 ms | p99 ms | vs static | cache hits | notes |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|"
}

run_wrk() { # $1 label, $2 connections, $3 url, [$4 lua], [$5 notes]; appends a row (stories.lua reads $PATHS, else the hot set)
  local script=()
  [ -n "${4:-}" ] && script=(-s "$4")
  local threads=$(( $2 < 2 ? $2 : 2 ))
  HOT_PATHS="$HOT" TAIL_PATHS="$TAIL" STORY_PATHS="${PATHS:-$HOT}" wrk -t$threads -c"$2" -d2s "${script[@]}" "$3" >/dev/null
  local report
  # A long timeout: on a loaded machine slow answers are measured rather than dropped.
  report=$(HOT_PATHS="$HOT" TAIL_PATHS="$TAIL" STORY_PATHS="${PATHS:-$HOT}" wrk -t$threads -c"$2" -d"${DURATION}s" --timeout 10s --latency "${script[@]}" "$3")
  local rps=$(echo "$report" | awk '/Requests\/sec/ {print $2}')
  local p50=$(echo "$report" | awk '$1=="50%" {print $2}')
  local p99=$(echo "$report" | awk '$1=="99%" {print $2}')
  local hits=$(echo "$report" | awk '/cache hits/ {print $6}' | tr -d '()')
  local counts=$(echo "$report" | awk '/comment counts fetched/ {printf "%.0f%%", 100 * $4 / $7}')
  local non2xx=$(echo "$report" | awk '/Non-2xx/ {print $5}')
  local errors=$(echo "$report" | awk '/Socket errors/ {print $0}' | sed 's/^ *Socket errors: //')
  [ "$1" = static ] && STATIC[$2]=$rps
  local ratio=$(awk -v r="$rps" -v s="${STATIC[$2]:-0}" 'BEGIN { if (s > 0) printf "%.0f%%", 100 * r / s }')
  local ms='function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }'
  p50=$(awk "$ms BEGIN { printf \"%.2f\", ms(\"$p50\") }")
  p99=$(awk "$ms BEGIN { printf \"%.2f\", ms(\"$p99\") }")
  local notes="${5:-}${counts:+ $counts of answers are card comment counts}${non2xx:+ non-2xx $non2xx}${errors:+ socket errors: $errors}"
  printf "| %s | %s | %.0f | %s | %s | %s | %s | %s |\n" "$1" "$2" "$rps" "$p50" "$p99" "$ratio" "${hits:-}" "$notes" >> "$TABLE"
  [ -z "${ROWS:-}" ] || printf "%s\t%s\t%.0f\t%s\t%s\t%s\t%s\t%s\n" "$1" "$2" "$rps" "$p50" "$p99" "$ratio" "${hits:-}" "$notes" >> "$ROWS"
  echo "  $1 c=$2: $rps req/s, p50 $p50 ms, p99 $p99 ms ${hits:+hits $hits}"
}

# The static-file bound (a story page saved as a file, served by the same path as the pages),
# then the cached hot stories and home page.
cached_runs() { # $1 base address
  curl -s "$1$(head -1 "$HOT")" > "$OUT/static/story.html"
  local c
  for c in 32 64; do
    run_wrk static $c "$1/bench-static/story.html"
    run_wrk "cached story (hot set)" $c "$1/" bench/stories.lua
    run_wrk "cached home" $c "$1/"
  done
}

WRITERS=
# The news day: readers (newsday.lua) and writers (newsroom.py, whose reads that wait for a
# change to show go to the same address) together, at 32 and 64 connections.
news_day_runs() { # $1 base address, $2 name of the writers' reports ($OUT/NAME-writers-C.json), [$3 label]
  local c
  for c in 32 64; do
    python3 bench/newsroom.py "$1" "$HOT" "$DURATION" "$EMAIL" "$PASSWORD" "$OUT/$2-writers-$c.json" >/dev/null &
    WRITERS=$!
    run_wrk "${3:-news day}" $c "$1/" bench/newsday.lua
    wait $WRITERS
    WRITERS=
    echo "  writers at c=$c: $(cat "$OUT/$2-writers-$c.json")"
  done
}

stop_writers() {
  [ -z "$WRITERS" ] || kill "$WRITERS" 2>/dev/null || true
}

writers_summary() { # $1 name of the writers' reports, [$2 which news day]
  echo "Writers during the ${2:-news day} (delay from the acknowledged post to the first anonymous read that shows it):"
  echo
  local c
  for c in 32 64; do echo "- $c connections: \`$(cat "$OUT/$1-writers-$c.json")\`"; done
}
