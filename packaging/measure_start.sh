#!/bin/sh
# Start time of a built Quire: from starting the program to its locked (unlock) window
# being mapped on an X display, polled every 20 ms with xwininfo. A vault is made once with
# the build's own quire-cli (real Argon2id) and copied afresh for each run, so every run
# opens the same unlock window a person with a diary sees. Needs xvfb-run and xwininfo.
# Usage: packaging/measure_start.sh PROGRAM [RUNS]   (PROGRAM: dist/quire/quire, /usr/bin/quire)
set -eu
if [ -z "${DISPLAY:-}" ]; then
	exec xvfb-run -a -s "-screen 0 1024x640x24 -nolisten tcp" "$0" "$@"
fi
program=$1
runs=${2:-7}
export QT_QPA_PLATFORM=xcb
base=$(mktemp -d)
trap 'rm -rf "$base"' EXIT
printf '%s\n' "quiet harbour lanterns measure seven mornings" |
	"$(dirname "$program")/quire-cli" --home "$base/vault" --passphrase-stdin init >/dev/null
times=""
i=0
while [ "$i" -lt "$runs" ]; do
	i=$((i + 1))
	home=$(mktemp -d)
	cp -a "$base/vault" "$home/vault"
	start=$(date +%s%N)
	"$program" --home "$home/vault" >/dev/null 2>&1 &
	pid=$!
	shown=""
	n=0
	while [ "$n" -lt 1500 ]; do
		if xwininfo -root -tree 2>/dev/null | grep -q '"Quire'; then
			shown=$(date +%s%N)
			# CPU time the program had used by then (utime + stime, in clock ticks): on a
			# machine busy with other work, the wall-clock figure grows and this one does not.
			ticks=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
			break
		fi
		sleep 0.02
		n=$((n + 1))
	done
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	rm -rf "$home"
	[ -n "$shown" ] || { echo "run $i: no window after 30 s" >&2; exit 1; }
	ms=$(((shown - start) / 1000000))
	cpu=$((ticks * 1000 / $(getconf CLK_TCK)))
	echo "run $i: ${ms} ms, ${cpu} ms of CPU"
	times="$times $ms"
	cpus="${cpus:-} $cpu"
done
median() {
	echo "$1" | tr ' ' '\n' | sed '/^$/d' | sort -n | awk '
	{ a[NR] = $1 } END { printf "median %d ms (min %d, max %d, %d runs)", a[int((NR + 1) / 2)], a[1], a[NR], NR }'
}
echo "wall: $(median "$times"); CPU: $(median "$cpus"); load: $(cut -d' ' -f1-3 /proc/loadavg)"
