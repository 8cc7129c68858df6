#!/usr/bin/env bash
# Server time of each console page on the demo's data: signs in with the demo's API key, fetches every page
# $ROUNDS times (after one warm-up each) and prints the median and the slowest time to the last byte (curl's
# time_total over loopback, so it is the server's time plus microseconds).
# Usage: java -jar bootstrap/target/line-engage.jar demo &   then   benchmarks/scripts/console-pages.sh <api key> [base]
set -euo pipefail
KEY="$1"; BASE="${2:-http://localhost:8080}"; ROUNDS="${ROUNDS:-20}"
JAR=$(mktemp); trap 'rm -f "$JAR"' EXIT
curl -s -c "$JAR" -o /dev/null -X POST "$BASE/console/sign-in" --data-urlencode "apiKey=$KEY"
page() { curl -s -b "$JAR" -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE$1"; }
CAMPAIGN=$(curl -s "$BASE/api/v1/campaigns?limit=1" -H "Authorization: Bearer $KEY" | sed -E 's/.*"id":"(cmp_[^"]+)".*/\1/')
AUDIENCE=$(curl -s "$BASE/api/v1/audiences?limit=1" -H "Authorization: Bearer $KEY" | sed -E 's/.*"id":"(aud_[^"]+)".*/\1/')
TEMPLATE=$(curl -s "$BASE/api/v1/templates?limit=1" -H "Authorization: Bearer $KEY" | sed -E 's/.*"id":"(tpl_[^"]+)".*/\1/')
MEMBER=$(curl -s "$BASE/api/v1/lookup?externalId=C-00001" -H "Authorization: Bearer $KEY" | sed -E 's/.*"customer":\{"id":"(cus_[^"]+)".*/\1/')
printf '%-48s %8s %8s\n' page median_ms max_ms
for path in /console/overview /console/members "/console/members/$MEMBER" /console/audiences "/console/audiences/$AUDIENCE" \
    /console/audiences/new /console/templates "/console/templates/$TEMPLATE" /console/campaigns "/console/campaigns/$CAMPAIGN" \
    /console/campaigns/new /console/gateways /console/accounts; do
  page "$path" > /dev/null
  times=$(for _ in $(seq "$ROUNDS"); do page "$path"; done | awk '$1 != 200 { print "HTTP " $1 > "/dev/stderr"; exit 1 } { print $2 * 1000 }' | sort -n)
  median=$(echo "$times" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
  max=$(echo "$times" | tail -1)
  printf '%-48s %8.1f %8.1f\n' "${path/cmp_*/{campaign\}}" "$median" "$max"
done
