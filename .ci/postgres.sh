#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the central server tests and prints shell exports for it:
#
#   eval "$(.ci/postgres.sh)"        # sets MOTCUA_TEST_PG_URL (+ MOTCUA_TEST_PG_DIR, MOTCUA_TEST_PG_CTL)
#   mvn -B verify                    # CentralServerPostgresTest now runs instead of skipping
#   .ci/postgres.sh stop             # stops the cluster named by MOTCUA_TEST_PG_DIR and deletes its folder
#
# Installs the Debian "postgresql" package when no server binaries are found (needs root + apt-get). The cluster
# lives in a temporary folder, listens on 127.0.0.1 only, on a free port, with trust authentication for the
# "postgres" user: for tests only. Everything but the export lines goes to stderr.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

as_postgres() {
  if [ "$(id -u)" = "0" ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 1
}

if [ "${1:-}" = "stop" ]; then
  dir="${2:-${MOTCUA_TEST_PG_DIR:-}}"
  [ -n "$dir" ] || { log "usage: postgres.sh stop [DIR] (or set MOTCUA_TEST_PG_DIR)"; exit 2; }
  ctl="${MOTCUA_TEST_PG_CTL:-$(find_bin)/pg_ctl}"
  as_postgres "$ctl" -D "$dir/data" -m fast stop >&2 || log "cluster in $dir was not running"
  rm -rf "$dir"
  exit 0
fi

if ! bin="$(find_bin)"; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    log "installing the Debian postgresql package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2 || log "apt-get update failed; trying the install anyway"
    apt-get install -y -qq postgresql >&2
    bin="$(find_bin)" || { log "postgresql installed but initdb/pg_ctl not found"; exit 1; }
  else
    log "no PostgreSQL server binaries (initdb, pg_ctl) and cannot install them (need root and apt-get)"
    exit 1
  fi
fi

if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
  log "user 'postgres' is missing (the Debian package creates it)"; exit 1
fi

port=""
for p in $(seq 55432 55532); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then port="$p"; break; fi
done
[ -n "$port" ] || { log "no free port in 55432-55532"; exit 1; }

dir="$(mktemp -d /tmp/motcua-pg.XXXXXX)"
chmod 755 "$dir"
if [ "$(id -u)" = "0" ]; then chown postgres: "$dir"; fi

as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2 \
  || as_postgres "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --no-locale >&2
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir \
      -c max_connections=200" start >&2
as_postgres "$bin/psql" -h "$dir" -p "$port" -U postgres -d postgres -qAt \
  -c "CREATE DATABASE motcua_test ENCODING 'UTF8' TEMPLATE template0" >&2

log "PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') running on 127.0.0.1:$port (data in $dir)"
echo "export MOTCUA_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$port/motcua_test?user=postgres'"
echo "export MOTCUA_TEST_PG_DIR='$dir'"
echo "export MOTCUA_TEST_PG_CTL='$bin/pg_ctl'"
