#!/usr/bin/env bash
# The news day scaled out: the workload of newsday.sh (readers on the news mix at 32 and 64
# connections while guests comment and an editor publishes, with the static-file bound and
# the cached pages beside it), first against one instance on SQLite, then against two
# instances behind nginx on PostgreSQL and Redis, on the same archive in the same run.
# Writes the side-by-side table to bench/out/scaleout.md.
# Every server is this run's own throwaway process (PostgreSQL from .ci/postgres.sh with its
# folder under /tmp, redis-server without persistence, nginx with its files under
# bench/out/scaleout/nginx), and all are stopped on exit, Ctrl-C or failure.
# Usage: bash bench/scaleout.sh [stories] [seconds-per-run]
#   (needs: apt-get install -y wrk sqlite3 curl python3 nginx postgresql redis-server)
set -euo pipefail
cd "$(dirname "$0")/.."
STORIES=${1:-100000}
DURATION=${2:-20}
OUT=bench/out
RUN="$PWD/$OUT/scaleout"
mkdir -p "$OUT"
source bench/lib.sh
MEMORY="$RUN/memory.txt"
PEAKS="$RUN/peaks.tsv"
ONE_PORT=5171   # newsday.sh's
NGINX_PORT=5180
A_PORT=5181
B_PORT=5182
REDIS_PORT=6391
PG_DIR="/tmp/magazine-bench-pg-$$"

PACKAGES="wrk sqlite3 curl python3 nginx postgresql redis-server"
PATH="$PATH:/usr/sbin"   # Debian's nginx
require_tools "$PACKAGES" wrk sqlite3 curl python3 nginx redis-server
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "missing PostgreSQL's server: apt-get install -y $PACKAGES" >&2; exit 1; }
for port in $ONE_PORT $NGINX_PORT $A_PORT $B_PORT $REDIS_PORT; do require_free_port $port; done

NGINX_PID=
REDIS_PID=
PG_STARTED=
SAMPLERS=()
stop_pid() { [ -z "$1" ] || { kill "$1" 2>/dev/null; wait "$1" 2>/dev/null; } || true; }
cleanup() {
  stop_writers
  stop_pid "$NGINX_PID"
  stop_sites
  stop_pid "$REDIS_PID"
  local sampler
  for sampler in "${SAMPLERS[@]}"; do stop_pid "$sampler"; done
  [ -z "$PG_STARTED" ] || .ci/postgres.sh stop "$PG_DIR" || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The peak, while the runs last, of the memory a server's processes hold together: the sum of
# their proportional set sizes (pages they share counted once), read twice a second.
sample_peak() { # $1 the server's first process, $2 the file that keeps the peak in MB
  local peak=0 now
  while kill -0 "$1" 2>/dev/null; do
    now=$(cat "/proc/$1/smaps_rollup" $(pgrep -P "$1" | sed 's|.*|/proc/&/smaps_rollup|') 2>/dev/null \
      | awk '/^Pss:/ {kb += $2} END {printf "%d", kb / 1024}')
    [ "$now" -le "$peak" ] || { peak=$now; echo "$peak" > "$2"; }
    sleep 0.5
  done
}

publish_and_seed
rm -rf "$RUN" && mkdir -p "$RUN"
newsday_archive "$RUN/sqlite"

echo "== copying the archive into a throwaway PostgreSQL (durable, as SQLite is: fsync and synchronous commits on)"
PG_STARTED=1
PG=$(POSTGRES_OPTIONS="-c fsync=on -c synchronous_commit=on -c full_page_writes=on" .ci/postgres.sh start "$PG_DIR")
createdb --host "$PG_DIR" --username magazine --encoding UTF8 --locale C.UTF-8 --template template0 magazine
DB="${PG/Database=postgres/Database=magazine}"
started=$(date +%s)
(cd "$OUT/app" && Magazine__DataDirectory="$RUN/sqlite" dotnet Magazine.Web.dll copy-to-postgresql --to "$DB" > "$RUN/copy.log")
echo "copy-to-postgresql of the archive: $(( $(date +%s) - started )) s" >> "$MEMORY"
mkdir -p "$RUN/media"
[ ! -d "$RUN/sqlite/uploads" ] || cp -r "$RUN/sqlite/uploads/." "$RUN/media/"

echo "== one instance on SQLite"
TABLE="$RUN/one.md" ROWS="$RUN/one.tsv"
table_header > "$TABLE"
start_site one $ONE_PORT true Magazine__DataDirectory="$RUN/sqlite"
warm_site "http://127.0.0.1:$ONE_PORT"
cached_runs "http://127.0.0.1:$ONE_PORT"
news_day_runs "http://127.0.0.1:$ONE_PORT" scaleout/one
printf "one\tthe instance (SQLite inside it)\t%s\n" "$(peak_rss_mb "${SITE_PID[one]}")" >> "$PEAKS"
stop_site one

echo "== two instances behind nginx on PostgreSQL and Redis"
redis-server --port $REDIS_PORT --bind 127.0.0.1 --save "" --appendonly no --dir "$RUN" --logfile "$RUN/redis.log" &
REDIS_PID=$!
until (exec 3<>"/dev/tcp/127.0.0.1/$REDIS_PORT") 2>/dev/null; do
  kill -0 "$REDIS_PID" 2>/dev/null || { echo "redis-server stopped; see $RUN/redis.log" >&2; exit 1; }
  sleep 0.05
done
SHARED=(Magazine__Database__Provider=PostgreSql "ConnectionStrings__Magazine=$DB"
  "ConnectionStrings__Redis=127.0.0.1:$REDIS_PORT,abortConnect=false"
  "Magazine__MediaDirectory=$RUN/media" Magazine__ReverseProxy__Enabled=true)
start_site two-a $A_PORT true Magazine__DataDirectory="$RUN/a" "${SHARED[@]}"
start_site two-b $B_PORT true Magazine__DataDirectory="$RUN/b" "${SHARED[@]}"

mkdir -p "$RUN/nginx/temp"
sed -e "s/@PORT@/$NGINX_PORT/" -e "s/@A_PORT@/$A_PORT/" -e "s/@B_PORT@/$B_PORT/" bench/scaleout-nginx.conf > "$RUN/nginx/nginx.conf"
nginx -p "$RUN/nginx" -e "$RUN/nginx/error.log" -c nginx.conf -g "daemon off;" &
NGINX_PID=$!
wait_for_story "http://127.0.0.1:$NGINX_PORT" "$NGINX_PID" "$RUN/nginx/error.log"

sample_peak "$(head -1 "$PG_DIR/data/postmaster.pid")" "$RUN/peak-postgresql" &
SAMPLERS+=($!)
sample_peak "$NGINX_PID" "$RUN/peak-nginx" &
SAMPLERS+=($!)

TABLE="$RUN/two.md" ROWS="$RUN/two.tsv"
table_header > "$TABLE"
warm_site "http://127.0.0.1:$NGINX_PORT"
cached_runs "http://127.0.0.1:$NGINX_PORT"
news_day_runs "http://127.0.0.1:$NGINX_PORT" scaleout/two
{
  printf "two\tinstance A\t%s\n" "$(peak_rss_mb "${SITE_PID[two-a]}")"
  printf "two\tinstance B\t%s\n" "$(peak_rss_mb "${SITE_PID[two-b]}")"
  printf "two\tredis-server\t%s\n" "$(peak_rss_mb "$REDIS_PID")"
  printf "two\tPostgreSQL (all its processes)\t%s\n" "$(cat "$RUN/peak-postgresql")"
  printf "two\tnginx (master and workers)\t%s\n" "$(cat "$RUN/peak-nginx")"
} >> "$PEAKS"

python3 bench/scaleout-table.py "$RUN" "$STORIES" "$DURATION" > "$OUT/scaleout.md"
cat "$OUT/scaleout.md"
