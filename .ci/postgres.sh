#!/usr/bin/env bash
# A throwaway PostgreSQL server owned by one test run: its own data folder and socket under
# /tmp, no TCP port (nothing to collide with another run), trust authentication on the socket.
#   .ci/postgres.sh start DIR   initialises DIR, starts the server and prints its connection string
#   .ci/postgres.sh stop DIR    stops it and removes DIR
# initdb refuses to run as root, so as root the server runs as the `postgres` user (Debian's
# package creates it). POSTGRES_OPTIONS adds server settings after the defaults, which it may
# override (bench/scaleout.sh turns durability back on: -c fsync=on ...).
set -euo pipefail
command="${1:?usage: postgres.sh start|stop DIR}"
dir="${2:?usage: postgres.sh start|stop DIR}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -x "$bin/initdb" ] || { echo "PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$command" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U magazine --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300 ${POSTGRES_OPTIONS:-}" start >/dev/null
    echo "Host=$dir;Username=magazine;Database=postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: postgres.sh start|stop DIR" >&2; exit 2 ;;
esac
