#!/usr/bin/env bash
# `npm run demo`: installs what is missing, then runs the whole system until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
exec node --import tsx scripts/demo.ts "$@"
