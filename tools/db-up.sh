#!/usr/bin/env bash
# Makes sure a Postgres server answers on 127.0.0.1:5432. If none does, starts a private
# trust-auth cluster under target/pg from the installed server binaries, or stops with a
# message naming the package to install. Never touches /etc or a system cluster.
set -euo pipefail
# Host and port come from DATABASE_URL (default 127.0.0.1:5432); a private cluster only ever
# listens on the loopback address.
URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/sourcing}
HOSTPORT=$(printf '%s' "$URL" | sed -E 's#^[a-z]+://([^@/]*@)?([^/?]*).*#\2#')
HOST=${HOSTPORT%%:*}
PORT=5432
case "$HOSTPORT" in *:*) PORT=${HOSTPORT##*:} ;; esac
[ -n "$HOST" ] || HOST=127.0.0.1
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR="$ROOT/target/pg"

if command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$HOST" -p "$PORT"; then
  exit 0
fi

find_bin() {
  local name=$1
  if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return; fi
  ls -d /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -n 1
}
INITDB=$(find_bin initdb)
PG_CTL=$(find_bin pg_ctl)
if [ -z "$INITDB" ] || [ -z "$PG_CTL" ]; then
  echo "No PostgreSQL answers on $HOST:$PORT and no server binaries (initdb, pg_ctl) are installed." >&2
  echo "Install them, e.g.: apt-get install postgresql   (or point DATABASE_URL at a running server)" >&2
  exit 1
fi

# initdb refuses to run as root: run the cluster as the postgres (or nobody) user.
AS=()
if [ "$(id -u)" = 0 ]; then
  RUN_USER=postgres
  id "$RUN_USER" >/dev/null 2>&1 || RUN_USER=nobody
  AS=(runuser -u "$RUN_USER" --)
fi

mkdir -p "$DIR/sock"
if [ ! -f "$DIR/data/PG_VERSION" ]; then
  rm -rf "$DIR/data"
  mkdir -p "$DIR/data"
  [ ${#AS[@]} -gt 0 ] && chown -R "$RUN_USER" "$DIR"
  "${AS[@]}" "$INITDB" -D "$DIR/data" -A trust -U postgres >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
fi
[ ${#AS[@]} -gt 0 ] && chown -R "$RUN_USER" "$DIR"
echo "Starting a private PostgreSQL cluster in $DIR on $HOST:$PORT" >&2
"${AS[@]}" "$PG_CTL" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR/sock -c fsync=off" start >/dev/null
