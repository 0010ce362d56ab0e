#!/usr/bin/env bash
# Makes sure a PostgreSQL and a Redis answer for the scale-out tests; prints the two URLs as
# shell assignments for `eval`. Uses the machine's own servers when they answer, otherwise
# starts private throwaway ones (trust auth, loopback only) under /tmp.
set -euo pipefail

pg_url="${TEST_DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/test}"
redis_url="${TEST_REDIS_URL:-redis://127.0.0.1:6379}"

pg_answers() { pg_isready -q -d "$1" 2>/dev/null && psql "$1" -qtAc 'select 1' >/dev/null 2>&1; }

if ! pg_answers "$pg_url"; then
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  data=/tmp/shangan-pg
  port=55432
  if [ ! -d "$data" ]; then
    mkdir -p "$data" && chown postgres "$data"
    su postgres -c "$bindir/initdb -D $data -A trust -U postgres >/dev/null"
  fi
  su postgres -c "$bindir/pg_ctl -D $data -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' -l $data/log -w start >/dev/null" || true
  pg_url="postgresql://postgres@127.0.0.1:$port/test"
  psql "postgresql://postgres@127.0.0.1:$port/postgres" -qtAc "select 1 from pg_database where datname='test'" | grep -q 1 \
    || psql "postgresql://postgres@127.0.0.1:$port/postgres" -qc "create database test" >/dev/null
  pg_answers "$pg_url" || { echo "PostgreSQL did not start (see $data/log)" >&2; exit 1; }
fi

if ! redis-cli -u "$redis_url" ping 2>/dev/null | grep -q PONG; then
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no >/dev/null
  for _ in $(seq 50); do redis-cli -u "$redis_url" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done
  redis-cli -u "$redis_url" ping 2>/dev/null | grep -q PONG || { echo "Redis did not start" >&2; exit 1; }
fi

echo "export TEST_DATABASE_URL='$pg_url' TEST_REDIS_URL='$redis_url'"
