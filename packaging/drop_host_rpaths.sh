#!/bin/sh
# Every ELF file of a build may look for libraries only in the build itself ($ORIGIN...):
# a run path naming the build host's folders (a pyenv Python's libpython and extension
# modules carry /root/.pyenv/versions/X/lib) is dropped, as lintian's
# custom-library-search-path asks. Usage: drop_host_rpaths.sh FOLDER   (needs patchelf)
set -eu
changed=$(find "$1" -type f -exec sh -c '
for f; do
	[ "$(head -c 4 "$f" | tail -c 3)" = ELF ] || continue
	old=$(patchelf --print-rpath "$f")
	[ -n "$old" ] || continue
	new=$(echo "$old" | tr ":" "\n" | grep "^\$ORIGIN" | paste -sd: -) || true
	[ "$new" = "$old" ] && continue
	if [ -n "$new" ]; then patchelf --set-rpath "$new" "$f"; else patchelf --remove-rpath "$f"; fi
	echo "$f"
done' sh {} + | wc -l)
echo "drop_host_rpaths: $changed files no longer search the build host's folders"
