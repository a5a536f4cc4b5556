#!/bin/sh
# Before `make` builds .venv or starts Quire: name each missing prerequisite in one line,
# with the package that provides it, instead of letting ensurepip or Qt fail with a trace.
#
#   scripts/check_prereqs.sh venv   Python 3.11 or newer that can make a virtual environment
#   scripts/check_prereqs.sh qt     the system libraries (and a font) Qt needs on Linux
#   scripts/check_prereqs.sh run    both (test: the same; the tests drive real Qt windows)
#
# PY names the interpreter (the Makefile passes its own, default python3). Exit 1 if
# anything is missing. The library list is what the Qt that Quire uses (Core, Gui,
# Widgets, Pdf with the Network it links, Charts; the xcb and offscreen platform plugins,
# xcb GL integrations, compose and ibus input, the image formats) links from the system,
# beyond glibc, libstdc++, zlib and zstd, which every Debian and Fedora has;
# tests/test_check_prereqs.py compares it with the installed PySide6.
set -u

mode=${1:-run}
PY=${PY:-python3}
missing=0

say() {
	echo "Missing prerequisite: $*" >&2
	missing=1
}

check_python() {
	if ! command -v "$PY" >/dev/null 2>&1; then
		say "$PY (Python 3.11 or newer) is not installed. Debian/Ubuntu: sudo apt install python3 python3-venv; Fedora: sudo dnf install python3"
		return
	fi
	version=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
	if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
		say "Python 3.11 or newer ($PY is ${version:-unusable}). Debian 12, Ubuntu 24.04 and Fedora have one; elsewhere run: make PY=/path/to/python3.11 ..."
		return
	fi
	if ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
		say "$PY cannot make a virtual environment (no ensurepip). Debian/Ubuntu: sudo apt install python3-venv"
	fi
}

ldconfig_cmd() {
	for c in ldconfig /sbin/ldconfig /usr/sbin/ldconfig; do
		if command -v "$c" >/dev/null 2>&1; then
			echo "$c"
			return
		fi
	done
}

# soname, Debian/Ubuntu package, Fedora package.
QT_LIBS='
libGL.so.1 libgl1 libglvnd-glx
libEGL.so.1 libegl1 libglvnd-egl
libfontconfig.so.1 libfontconfig1 fontconfig
libfreetype.so.6 libfreetype6 freetype
libglib-2.0.so.0 libglib2.0-0 glib2
libgthread-2.0.so.0 libglib2.0-0 glib2
libdbus-1.so.3 libdbus-1-3 dbus-libs
libX11.so.6 libx11-6 libX11
libX11-xcb.so.1 libx11-xcb1 libX11-xcb
libxcb.so.1 libxcb1 libxcb
libxcb-glx.so.0 libxcb-glx0 libxcb
libxcb-cursor.so.0 libxcb-cursor0 xcb-util-cursor
libxcb-icccm.so.4 libxcb-icccm4 xcb-util-wm
libxcb-image.so.0 libxcb-image0 xcb-util-image
libxcb-keysyms.so.1 libxcb-keysyms1 xcb-util-keysyms
libxcb-randr.so.0 libxcb-randr0 libxcb
libxcb-render.so.0 libxcb-render0 libxcb
libxcb-render-util.so.0 libxcb-render-util0 xcb-util-renderutil
libxcb-shape.so.0 libxcb-shape0 libxcb
libxcb-shm.so.0 libxcb-shm0 libxcb
libxcb-sync.so.1 libxcb-sync1 libxcb
libxcb-util.so.1 libxcb-util1 xcb-util
libxcb-xfixes.so.0 libxcb-xfixes0 libxcb
libxcb-xkb.so.1 libxcb-xkb1 libxcb
libxkbcommon.so.0 libxkbcommon0 libxkbcommon
libxkbcommon-x11.so.0 libxkbcommon-x11-0 libxkbcommon-x11
libgssapi_krb5.so.2 libgssapi-krb5-2 krb5-libs
libbrotlicommon.so.1 libbrotli1 libbrotli
libbrotlidec.so.1 libbrotli1 libbrotli
'

check_qt_libs() {
	[ "$(uname -s)" = Linux ] || return 0
	ldconfig=$(ldconfig_cmd)
	if [ -z "$ldconfig" ]; then
		echo "Note: ldconfig not found, so the Qt system libraries were not checked." >&2
		return
	fi
	known=$("$ldconfig" -p 2>/dev/null)
	tab=$(printf '\t')
	absent=$(echo "$QT_LIBS" | while read -r soname deb fedora; do
		[ -n "$soname" ] || continue
		case "$known" in
		*"$tab$soname "*) ;;
		*) echo "$soname, which Qt needs. Debian/Ubuntu: sudo apt install $deb; Fedora: sudo dnf install $fedora" ;;
		esac
	done)
	if [ -n "$absent" ]; then
		echo "$absent" | while IFS= read -r line; do echo "Missing prerequisite: $line" >&2; done
		missing=1
	fi
	fonts=$(find /usr/share/fonts /usr/local/share/fonts -type f \( -name '*.ttf' -o -name '*.otf' \) 2>/dev/null | head -n 1)
	if [ -z "$fonts" ]; then
		say "a font for the window's text. Debian/Ubuntu: sudo apt install fonts-dejavu-core; Fedora: sudo dnf install dejavu-sans-fonts"
	fi
}

case "$mode" in
venv) check_python ;;
qt) check_qt_libs ;;
run | test)
	check_python
	check_qt_libs
	;;
*)
	echo "usage: $0 venv|qt|run|test" >&2
	exit 2
	;;
esac
exit "$missing"
