#!/usr/bin/env bash
# Starts (or stops) a throwaway PostgreSQL cluster for the db tests, listening on 127.0.0.1 only.
#   eval "$(bash packages/db/scripts/test-postgres.sh start)"   # exports TEST_DATABASE_URL
#   bash packages/db/scripts/test-postgres.sh stop
# Needs Debian's `postgresql` package (apt-get install -y postgresql). Runs the server as the
# `postgres` user when started as root, since PostgreSQL refuses to run as root.
set -euo pipefail

PORT="${PGTEST_PORT:-54329}"
DIR="${PGTEST_DIR:-/tmp/rygforlob-pgtest}"
BIN="${PGTEST_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi
}

case "${1:-start}" in
  start)
    mkdir -p "$DIR"
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
    if [ ! -f "$DIR/data/PG_VERSION" ]; then
      as_owner "'$BIN/initdb' -D '$DIR/data' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >&2
    fi
    if ! as_owner "'$BIN/pg_ctl' -D '$DIR/data' status" >/dev/null 2>&1; then
      as_owner "'$BIN/pg_ctl' -D '$DIR/data' -l '$DIR/server.log' -w \
        -o \"-c listen_addresses=127.0.0.1 -p $PORT -k '$DIR' -c fsync=off\" start" >&2
    fi
    echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    as_owner "'$BIN/pg_ctl' -D '$DIR/data' -m fast stop" >&2 || true
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
