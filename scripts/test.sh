#!/usr/bin/env bash
# `npm test`: installs what is missing, then runs every test (unit and integration against real
# Mosquitto, InfluxDB and pseudo-terminals) and prints a closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh || exit 1
mkdir -p run
report=run/vitest-report.json
rm -f "$report"
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@"
status=$?
node --import tsx scripts/test-summary.ts "$report" || status=1
exit $status
