#!/usr/bin/env bash
# Runs the whole test suite the way CI does: inside a private D-Bus session with an
# unlocked gnome-keyring (a real Secret Service) and under Xvfb when they are installed.
# Where one is missing, the tests that need it skip with a printed reason (never in CI).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTEST=(.venv/bin/python -m pytest "$@")

# A throwaway keyring folder: the user's real keyrings are never touched.
KR=$(mktemp -d)
trap 'rm -rf "$KR"' EXIT
mkdir -p "$KR/data" "$KR/run" && chmod 700 "$KR/run"

inner=("${PYTEST[@]}")
if command -v xvfb-run >/dev/null 2>&1; then
  inner=(xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "${inner[@]}")
fi
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  export XDG_DATA_HOME="$KR/data" XDG_RUNTIME_DIR="$KR/run"
  export QUIRE_TEST_KEYRING=1
  exec dbus-run-session -- sh -c 'printf quire-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "${inner[@]}"
fi
exec "${inner[@]}"
