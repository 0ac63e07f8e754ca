#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the team-mode tests, run as the `postgres` user (the server refuses root).
#
#   scripts/test-postgres.sh start     create (first time) and start it; prints the URL for FOUNDRY_DR_TEST_PG
#                                      (the server's certificate, for sslmode=verify-full, is ROOT/ca.crt)
#   scripts/test-postgres.sh stop      stop it (the tests use this to take the journal offline)
#   scripts/test-postgres.sh restart   stop and start again
#   scripts/test-postgres.sh remove    stop it and delete its data
#
# The cluster listens on 127.0.0.1 only, on FOUNDRY_DR_TEST_PG_PORT (default 54329), with TLS (a self-signed
# certificate made here) and scram-sha-256 passwords. The test role's password is the environment's
# FOUNDRY_DR_TEST_PG_PASSWORD (default `foundry-dr-test`); it is a throwaway for a loopback-only server.
set -euo pipefail

port="${FOUNDRY_DR_TEST_PG_PORT:-54329}"
root="${FOUNDRY_DR_TEST_PG_ROOT:-/tmp/foundry-dr-test-pg}"
password="${FOUNDRY_DR_TEST_PG_PASSWORD:-foundry-dr-test}"
data="$root/data"
sockets="$root/run"
log="$root/server.log"

# The server must not inherit the caller's open files (a test's pipes to its consoles would never see EOF).
for fd in /proc/$$/fd/*; do
  fd="${fd##*/}"
  if [ "$fd" -gt 2 ] 2>/dev/null; then eval "exec $fd>&-" 2>/dev/null || true; fi
done

bin=""
for candidate in /usr/lib/postgresql/*/bin; do [ -x "$candidate/pg_ctl" ] && bin="$candidate"; done
if [ -z "$bin" ]; then echo "test-postgres: no PostgreSQL server installed (apt-get install postgresql)" >&2; exit 2; fi

as_postgres() {
  if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

pg_ctl() { as_postgres "$bin/pg_ctl" -D "$data" -l "$log" -w -t 30 "$@" >/dev/null; }

running() { [ -f "$data/postmaster.pid" ] && as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; }

create() {
  mkdir -p "$root"
  chown postgres:postgres "$root" 2>/dev/null || true
  as_postgres mkdir -p "$sockets"
  as_postgres "$bin/initdb" -D "$data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 >/dev/null
  if command -v openssl >/dev/null 2>&1; then
    as_postgres openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=localhost \
      -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
      -keyout "$data/server.key" -out "$data/server.crt" >/dev/null 2>&1
    as_postgres chmod 600 "$data/server.key"
    cp "$data/server.crt" "$root/ca.crt" && chmod 644 "$root/ca.crt"
    echo "ssl = on" | as_postgres tee -a "$data/postgresql.conf" >/dev/null
  fi
  {
    echo "listen_addresses = '127.0.0.1'"
    echo "port = $port"
    echo "unix_socket_directories = '$sockets'"
    echo "max_connections = 100"
    echo "fsync = on"
  } | as_postgres tee -a "$data/postgresql.conf" >/dev/null
  pg_ctl start
  as_postgres "$bin/psql" -h "$sockets" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q <<SQL >/dev/null
CREATE ROLE foundrydr LOGIN PASSWORD '$password' CREATEROLE;
CREATE DATABASE foundrydr_test OWNER foundrydr;
SQL
}

case "${1:-start}" in
  start)
    if [ ! -f "$data/PG_VERSION" ]; then create; elif ! running; then pg_ctl start; fi
    echo "postgres://foundrydr@127.0.0.1:$port/foundrydr_test"
    ;;
  stop) if running; then pg_ctl stop -m fast; fi ;;
  restart) if running; then pg_ctl stop -m fast; fi; pg_ctl start ;;
  remove)
    if [ -f "$data/PG_VERSION" ] && running; then pg_ctl stop -m fast; fi
    rm -rf "$root"
    ;;
  *) echo "usage: $0 start|stop|restart|remove" >&2; exit 2 ;;
esac
