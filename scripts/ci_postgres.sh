#!/usr/bin/env bash
# Install PostgreSQL from Debian's packages if it is missing, then start a private, throwaway
# cluster (trust auth, 127.0.0.1 only) and print its DSN on stdout. Idempotent: a running
# cluster is reused. Used by .ci/run for the PostgreSQL store tests; works for developers too.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
DIR=${ASHBY_PG_DIR:-/tmp/ashby-pg}
PORT=${ASHBY_PG_PORT:-54329}
RUN=()
if [ "$(id -u)" = 0 ]; then
  RUN=(runuser -u postgres --)  # PostgreSQL refuses to run as root
fi
if [ ! -f "$DIR/PG_VERSION" ]; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres: "$DIR"
  "${RUN[@]}" "$BIN/initdb" -D "$DIR" -U ashby --auth=trust -E UTF8 >&2
fi
if ! "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR" -l "$DIR/server.log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
fi
echo "postgresql://ashby@127.0.0.1:$PORT/postgres"
