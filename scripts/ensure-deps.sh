#!/usr/bin/env bash
# Installs what the system needs and is missing: Debian packages via apt-get, npm dependencies from the lock file.
# Safe to run every time: it does nothing when everything is present.
set -euo pipefail
cd "$(dirname "$0")/.."

declare -A package_of=(
  [mosquitto]=mosquitto
  [mosquitto_passwd]=mosquitto
  [influxd]=influxdb
  [influx]=influxdb-client
  [socat]=socat
  [dbus-daemon]=dbus
  [openssl]=openssl
  [chromium]=chromium
)
missing=()
for command in "${!package_of[@]}"; do
  command -v "$command" >/dev/null 2>&1 || missing+=("${package_of[$command]}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  echo "installing Debian packages: ${missing[*]}" >&2
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

# Install from the lock file when node_modules is absent or older than it. `npm ci` would be the
# usual choice, but npm 11 rejects lock files whose optional per-platform packages (Biome's
# binaries) were resolved on one platform only; `npm install` honours the same lock.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "installing npm dependencies" >&2
  npm install --no-audit --no-fund --loglevel=error >&2
fi
