#!/usr/bin/env bash
# The news-day benchmark: readers on a news-shaped mix (home pages, a hot set of recent
# stories, the long tail of the archive) at 32 and 64 connections, while guests post about
# two approved comments a second and an editor publishes a story a minute; beside it, the
# single-page runs (cached and uncached story and home) and the static-file bound, all in
# the same run; then the news day once more with the small-machine settings, for its peak
# memory. Writes bench/out/newsday.md.
# Usage: bash bench/newsday.sh [stories] [seconds-per-run]   (needs: wrk, sqlite3, curl, python3)
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES=${1:-100000}
DURATION=${2:-20}
OUT=bench/out
PORT=5171
BASE=http://127.0.0.1:$PORT
mkdir -p "$OUT"
source bench/lib.sh

require_tools "wrk sqlite3 curl python3" wrk sqlite3 curl python3
require_free_port $PORT
publish_and_seed
trap 'stop_writers; stop_sites' EXIT
trap 'exit 130' INT TERM

DATA="$PWD/$OUT/newsday-$STORIES"
newsday_archive "$DATA"

TABLE="$OUT/newsday.md"
table_header > "$TABLE"
rm -f "$MEMORY"

echo "== cached: static bound, single pages, then the news day"
start_site newsday-server $PORT true Magazine__DataDirectory="$DATA"
warm_site "$BASE"
cached_runs "$BASE"
news_day_runs "$BASE" newsday
echo "peak memory, cached server: $(peak_rss_mb "${SITE_PID[newsday-server]}") MB" >> "$MEMORY"
stop_site newsday-server

echo "== uncached single pages"
start_site newsday-server $PORT false Magazine__DataDirectory="$DATA"
warm_site "$BASE"
for c in 32 64; do
  run_wrk "uncached story (hot set)" $c "$BASE/" bench/stories.lua
  run_wrk "uncached home" $c "$BASE/"
  run_wrk "uncached search" $c "$BASE/search?q=market"
done
# Searches are a small part of a site's traffic: a few searchers at once, each asking for
# one of the headlines' words, rather than every connection asking for the commonest one.
for c in 1 4; do
  PATHS="$SEARCHES" run_wrk "uncached search (headline words)" $c "$BASE/" bench/stories.lua
done
echo "peak memory, uncached server: $(peak_rss_mb "${SITE_PID[newsday-server]}") MB" >> "$MEMORY"
stop_site newsday-server

echo "== the small-machine settings: the same news day with memory bounded"
start_site small-server $PORT true Magazine__DataDirectory="$DATA" "${SMALL_MACHINE[@]}"
warm_site "$BASE"
news_day_runs "$BASE" small "news day, small-machine settings"
echo "peak memory, cached server with the small-machine settings (${SMALL_MACHINE[*]}): $(peak_rss_mb "${SITE_PID[small-server]}") MB" >> "$MEMORY"
stop_site small-server

{
  echo
  writers_summary newsday
  echo
  writers_summary small "news day with the small-machine settings"
  echo
  sed 's/^/- /' "$MEMORY"
} >> "$TABLE"
cat "$TABLE"
