#!/usr/bin/env bash
# The one test command (README "The two commands"; .ci/run runs it too). On a fresh clone it installs what the tests
# need and is missing, then runs `dotnet test` (extra arguments are passed on, e.g. --filter "FullyQualifiedName~X")
# and ends with one plain line: "tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages the tests drive, installed with apt when missing: PostgreSQL's binaries (the storage tests start their
# own server from them, TestDoubles/LocalPostgresServer.cs) and Chromium with the DejaVu fonts (CardPhoneFitTests
# renders every card at phone width, Cards/CardRenderer.cs).
packages=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || packages+=(postgresql)
[ -x /usr/bin/chromium ] || packages+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || packages+=(fonts-dejavu-core)
if [ ${#packages[@]} -gt 0 ]; then
  echo "tests/run.sh: missing, installing: apt-get install ${packages[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# Node tools the tests drive (card validators, manifest schema, Agents Playground), each pinned by its
# package-lock.json: `npm ci` when node_modules is missing or older than the lock file.
for lock in tests/playground/package-lock.json tests/validators/*/package-lock.json; do
  dir=$(dirname "$lock")
  installed="$dir/node_modules/.package-lock.json"
  if [ ! -f "$installed" ] || [ "$lock" -nt "$installed" ]; then
    echo "tests/run.sh: npm ci --prefix $dir"
    npm ci --prefix "$dir" --no-audit --no-fund
  fi
done

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test "$@" 2>&1 | tee "$log" || status=$?
# One plain closing line for people and CI: "tests: N passed, N failed, N skipped".
summary=$(grep -Eo 'Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" | tail -n 1 || true)
if [ -n "$summary" ]; then
  count() { echo "$summary" | sed -E "s/.*$1: +([0-9]+).*/\\1/"; }
  echo "tests: $(count Passed) passed, $(count Failed) failed, $(count Skipped) skipped"
elif grep -Eq '^ *Total tests: +[0-9]+' "$log"; then
  # A detailed console logger (--logger "console;verbosity=detailed") ends with one count per line instead.
  count() { grep -Eo "^ *$1: +[0-9]+" "$log" | tail -n 1 | grep -Eo '[0-9]+' || echo 0; }
  echo "tests: $(count Passed) passed, $(count Failed) failed, $(count Skipped) skipped"
else
  echo "tests: no test summary (the build failed?)"
fi
exit "$status"
