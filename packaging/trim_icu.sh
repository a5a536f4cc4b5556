#!/bin/sh
# Rebuild the build's ICU data library without the parts Qt never asks for, so the folder
# stays under 140 MB (ICU's data is 31 MB of it).
#
# Qt Core is the only library in the build that calls ICU, and only for time zones
# (ucal_*), legacy text encodings (ucnv_*), collation (ucol_*) and locale-aware case
# mapping (u_strTo*): see `nm -D --undefined-only libQt6Core.so.6`. So the data keeps
# every locale's core bundle, collation (coll/), time zone names (zone/), region names
# (zone name fallbacks), every converter (*.cnv), normalisation and properties; it drops
# break-iterator rules and dictionaries (brkitr/: Qt breaks lines itself), currency,
# language and unit display names, spell-out rules and transliterators.
#
# usage: packaging/trim_icu.sh PATH/libicudata.so.NN   (replaced in place)
# needs: icupkg and genccode (Debian: icu-devtools), gcc, objcopy (binutils)
set -eu
for tool in icupkg genccode gcc objcopy; do
	command -v "$tool" >/dev/null 2>&1 || {
		echo "Missing prerequisite: $tool (to build the package). Debian/Ubuntu: sudo apt install icu-devtools gcc binutils" >&2
		exit 1
	}
done
lib=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
major=$(basename "$lib" | sed -n 's/^libicudata\.so\.\([0-9][0-9]*\)$/\1/p')
[ -n "$major" ] || { echo "trim_icu: not an ICU data library: $lib" >&2; exit 1; }
name=icudt${major}l
objcopy -O binary --only-section=.rodata "$lib" "$work/$name.dat"
icupkg -l "$work/$name.dat" >"$work/all.txt"
grep -E '^(brkitr|curr|lang|unit|rbnf|translit)/' "$work/all.txt" >"$work/drop.txt"
# The output's file name is the package name its items are looked up under: keep it.
mkdir "$work/out"
icupkg -r "$work/drop.txt" "$work/$name.dat" "$work/out/$name.dat"
# The library exports the data as the symbol icudtNN_dat, as ICU's own build does.
genccode -a gcc -e "icudt$major" -d "$work" "$work/out/$name.dat" >/dev/null
gcc -shared -nostdlib -s -Wl,-soname,"libicudata.so.$major" -Wl,-z,noexecstack \
	-o "$work/libicudata.so.$major" "$work"/*.S
cp "$work/libicudata.so.$major" "$lib"
echo "trim_icu: $(wc -l <"$work/drop.txt") of $(wc -l <"$work/all.txt") items dropped; $(du -h "$lib" | cut -f1) now"
