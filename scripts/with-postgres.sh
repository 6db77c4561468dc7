#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server for the tests, and always
# stops the server afterwards (also when the command fails).
#
#   scripts/with-postgres.sh ctest --output-on-failure
#
# The command sees MCSTUDIO_TEST_POSTGRES (a superuser URL for the server's
# "postgres" database; tests create and drop their own databases) and
# MCSTUDIO_TEST_REQUIRE_POSTGRES=1 (a PostgreSQL test fails instead of skipping).
# Needs Debian's postgresql package (scripts/test.sh installs it).
set -euo pipefail

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$PG_BIN" ]; then
  echo "with-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2
  exit 1
fi
WORK=$(mktemp -d /tmp/mcstudio-pg.XXXXXX)
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

# initdb refuses to run as root: then the server runs as the postgres user.
as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}
if [ "$(id -u)" -eq 0 ]; then
  chown postgres "$WORK"
fi
chmod 700 "$WORK"

stop_server() {
  as_server_user "$PG_BIN/pg_ctl" -D "$WORK/data" stop -m fast >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap stop_server EXIT

as_server_user "$PG_BIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
as_server_user "$PG_BIN/pg_ctl" -w -D "$WORK/data" -l "$WORK/server.log" \
  -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$WORK -c fsync=off" start >/dev/null
echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"

export MCSTUDIO_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$PORT/postgres"
export MCSTUDIO_TEST_REQUIRE_POSTGRES=1
"$@"
