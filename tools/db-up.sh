#!/usr/bin/env bash
# Makes sure a Postgres server on DATABASE_URL's host and port (default 127.0.0.1:5432) accepts a
# password-less login as `postgres`. Readiness is a real login (`select 1`), never pg_isready
# alone: a Debian system cluster answers pg_isready while refusing every password-less login.
#
# When no server accepts the login:
# 1. no server binaries installed: as root, `apt-get update` and install Debian's `postgresql`
#    non-interactively (not root: a message naming the package, exit 1);
# 2. a Debian system cluster (pg_lsclusters) listening on our port that refuses the login (the
#    package creates 15/main on 5432 and usually starts it): stopped cleanly with pg_ctlcluster.
#    It is stopped again on every later call that finds it there, so it never keeps the port;
# 3. a private trust-auth cluster under target/pg is started on the port (loopback only).
# Nothing in /etc is edited; the system cluster's files are left as the package made them.
set -euo pipefail
URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/sourcing}
HOSTPORT=$(printf '%s' "$URL" | sed -E 's#^[a-z]+://([^@/]*@)?([^/?]*).*#\2#')
HOST=${HOSTPORT%%:*}
PORT=5432
case "$HOSTPORT" in *:*) PORT=${HOSTPORT##*:} ;; esac
[ -n "$HOST" ] || HOST=127.0.0.1
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR="$ROOT/target/pg"
LOGIN="postgres://postgres@$HOST:$PORT/postgres"

say() { echo "db-up: $*" >&2; }
die() {
  say "$*"
  exit 1
}

# A real login without a password prompt (-w), bounded in time.
can_login() {
  PGCONNECT_TIMEOUT=3 psql -w -X -q -t -A "$LOGIN" -c 'select 1' >/dev/null 2>&1
}

# An executable server binary: on PATH (a dangling symlink does not count) or the newest
# version under /usr/lib/postgresql.
find_bin() {
  local name=$1 found
  found=$(command -v "$name" 2>/dev/null || true)
  if [ -n "$found" ] && [ -x "$found" ]; then
    echo "$found"
    return
  fi
  { ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null || true; } | sort -V | tail -n 1
}

install_server() {
  [ "$(id -u)" = 0 ] ||
    die "no PostgreSQL server accepts a login on $HOST:$PORT and no server binaries are installed; as root run: apt-get install postgresql   (or point DATABASE_URL at a running server)"
  say "no PostgreSQL server binaries: installing Debian's 'postgresql' package (apt-get)"
  apt-get update -qq >/dev/null ||
    die "apt-get update failed"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null ||
    die "apt-get install postgresql failed"
}

# Stops every Debian system cluster that is online on our port (it refused the login).
stop_system_clusters() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 0
  local ver name port status
  while read -r ver name port status _; do
    [ "$port" = "$PORT" ] && [ "$status" = online ] || continue
    say "stopping the system cluster $ver/$name: it holds port $PORT and refuses password-less logins"
    if [ "$(id -u)" = 0 ] || [ "$(id -un)" = postgres ]; then
      pg_ctlcluster "$ver" "$name" stop -m fast ||
        die "could not stop the system cluster $ver/$name (pg_ctlcluster $ver $name stop)"
    else
      die "the system cluster $ver/$name holds port $PORT and refuses password-less logins; stop it (pg_ctlcluster $ver $name stop) or point DATABASE_URL at a server you can log in to"
    fi
  done < <(pg_lsclusters --no-header 2>/dev/null || true)
}

# Starts (creating it on first use) the private trust-auth cluster under target/pg.
start_private_cluster() {
  local initdb=$1 pg_ctl=$2 as=() run_user
  # initdb refuses to run as root: run the cluster as the postgres (or nobody) user.
  if [ "$(id -u)" = 0 ]; then
    run_user=postgres
    id "$run_user" >/dev/null 2>&1 || run_user=nobody
    as=(runuser -u "$run_user" --)
  fi
  mkdir -p "$DIR/sock"
  if [ ! -f "$DIR/data/PG_VERSION" ]; then
    rm -rf "$DIR/data"
    mkdir -p "$DIR/data"
    [ ${#as[@]} -gt 0 ] && chown -R "$run_user" "$DIR"
    "${as[@]}" "$initdb" -D "$DIR/data" -A trust -U postgres >"$DIR/initdb.log" 2>&1 ||
      {
        cat "$DIR/initdb.log" >&2
        exit 1
      }
  fi
  [ ${#as[@]} -gt 0 ] && chown -R "$run_user" "$DIR"
  # A pid file left by a killed server of ours would make pg_ctl refuse to start.
  "${as[@]}" "$pg_ctl" -D "$DIR/data" status >/dev/null 2>&1 || rm -f "$DIR/data/postmaster.pid"
  say "starting a private PostgreSQL cluster in $DIR on $HOST:$PORT"
  "${as[@]}" "$pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR/sock -c fsync=off" start >/dev/null ||
    {
      tail -n 20 "$DIR/server.log" >&2 || true
      die "the private cluster did not start (log: $DIR/server.log)"
    }
}

command -v psql >/dev/null 2>&1 ||
  die "psql (Debian package postgresql-client) is needed to check the database login"
can_login && exit 0
case "$HOST" in
127.0.0.1 | localhost) ;;
*) die "no server accepts a password-less login at $LOGIN (a private cluster is only started on 127.0.0.1)" ;;
esac

INITDB=$(find_bin initdb)
PG_CTL=$(find_bin pg_ctl)
if [ -z "$INITDB" ] || [ -z "$PG_CTL" ]; then
  install_server
  INITDB=$(find_bin initdb)
  PG_CTL=$(find_bin pg_ctl)
  [ -n "$INITDB" ] && [ -n "$PG_CTL" ] ||
    die "the postgresql package is installed but initdb/pg_ctl were not found under /usr/lib/postgresql"
fi
stop_system_clusters
start_private_cluster "$INITDB" "$PG_CTL"
for _ in $(seq 1 30); do
  can_login && exit 0
  sleep 1
done
die "a server runs on $HOST:$PORT but a password-less login as postgres fails (psql $LOGIN)"
