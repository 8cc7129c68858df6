#!/usr/bin/env bash
# The performance suite in one command: each part starts what it needs (the LINE sandbox on :9090, a throw-away
# service on :8080, or for multi-instance an empty database on the external PostgreSQL given by DATABASE_URL),
# runs its benchmark with the arguments benchmarks/RESULTS.md records, prints the figures, and stops what it
# started. Ports 8080, 8101-8103 and 9090 must be free.
# Usage: benchmarks/scripts/suite.sh [part ...]        (no part: all but the two multi-instance parts)
# Parts: webhook-steady journey-welcome transactional-latency campaign-throughput multi-instance
#        multi-instance-webhooks
# LENGTH=seconds shortens the constant-rate parts (60 by default, as recorded). Build first: mvn -B -q -DskipTests package
set -euo pipefail
cd "$(dirname "$0")/../.."
TOKEN=bench-admin-token-0123456789
LENGTH="${LENGTH:-60}"
BENCH=(java -jar benchmarks/target/benchmarks.jar)
PARTS=("$@")
[ ${#PARTS[@]} -gt 0 ] || PARTS=(webhook-steady journey-welcome transactional-latency campaign-throughput)
STARTED=()
stop_all() { for pid in "${STARTED[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; STARTED=(); }
trap stop_all EXIT
ready() { for _ in $(seq 1200); do curl -sf -o /dev/null "$1" && return 0; sleep 0.1; done; echo "$1 never answered" >&2; exit 1; }
sandbox() { java -Xmx6g -jar line-sandbox/target/line-sandbox.jar --port 9090 > /tmp/suite-sandbox.log 2>&1 & STARTED+=($!); ready http://127.0.0.1:9090/sandbox/channels; }
service() {
  # -u DATABASE_URL: the multi-instance parts' database is theirs; this service runs on its own embedded one
  env -u DATABASE_URL LINE_ENGAGE_ADMIN_TOKEN=$TOKEN LINE_ENGAGE_PROFILE_RATE=0 LINE_API_BASE_URL=http://127.0.0.1:9090 \
    LINE_DATA_API_BASE_URL=http://127.0.0.1:9090 java -Xmx1g -jar bootstrap/target/line-engage.jar --ephemeral \
    > /tmp/suite-service.log 2>&1 & STARTED+=($!)
  ready http://127.0.0.1:8080/health/ready
}
echo "machine: $(nproc) CPUs, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%FT%TZ)"
for part in "${PARTS[@]}"; do
  echo "== $part"
  case "$part" in
    webhook-steady)
      service
      "${BENCH[@]}" webhook-steady --admin-token $TOKEN --rate 5000 --seconds "$LENGTH" ;;
    journey-welcome)
      sandbox; service
      # warm-up: a short run, then the measured rate for 30 s, so that both JVMs have compiled the paths it takes
      "${BENCH[@]}" journey-welcome --admin-token $TOKEN --rate 300 --seconds 10 > /dev/null
      "${BENCH[@]}" journey-welcome --admin-token $TOKEN --rate 1000 --seconds 30 | grep 'follow -> welcome' | sed 's/^/warm-up: /'
      "${BENCH[@]}" journey-welcome --admin-token $TOKEN --rate 1000 --seconds "$LENGTH" ;;
    transactional-latency)
      sandbox; service
      "${BENCH[@]}" transactional-latency --admin-token $TOKEN --followers 60000 --rate 20 --seconds 20 ;;
    campaign-throughput)
      sandbox; service
      "${BENCH[@]}" campaign-throughput --admin-token $TOKEN --followers 1000000
      "${BENCH[@]}" campaign-throughput --admin-token $TOKEN --followers 100000 --personalized ;;
    multi-instance)
      : "${DATABASE_URL:?multi-instance needs DATABASE_URL=postgres://user:pass@host:port/empty_db}"
      sandbox
      "${BENCH[@]}" multi-instance --database-url "$DATABASE_URL" --followers 200000 --kill-after-ms 20000 ;;
    multi-instance-webhooks)
      : "${DATABASE_URL:?multi-instance-webhooks needs DATABASE_URL=postgres://user:pass@host:port/empty_db}"
      sandbox
      "${BENCH[@]}" multi-instance-webhooks --database-url "$DATABASE_URL" --followers 20000 --rate 300 \
        --kill-after-ms 20000 ;;
    *) echo "unknown part $part" >&2; exit 2 ;;
  esac
  stop_all
done
