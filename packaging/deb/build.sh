#!/bin/sh
# Makes DIST/quire_VERSION_ARCH.deb from the one-folder build DIST/quire (make package runs
# it after PyInstaller), with Debian's own tools on a staged tree:
#   dpkg-shlibdeps  reads every ELF file of the build and names the Debian packages of the
#                   system libraries they link (the libraries the build does not carry);
#   dpkg-gencontrol writes DEBIAN/control from packaging/deb/control and changelog, with
#                   those dependencies and the installed size;
#   dpkg-deb        builds the package, files owned by root (--root-owner-group, no fakeroot).
# dpkg-buildpackage is not used: it wants a source package whose debian/rules rebuilds
# everything, and the build is already made, from hash-pinned wheels, by PyInstaller.
#
# Usage: packaging/deb/build.sh DIST VERSION PYTHON   (PYTHON: the build venv's, for icons)
set -eu

dist=$1
version=$2
python=$3
here=$(cd "$(dirname "$0")" && pwd)
packaging=$(dirname "$here")
arch=$(dpkg --print-architecture)
deb="$dist/quire_${version}_${arch}.deb"

changelog_version=$(dpkg-parsechangelog -l "$here/changelog" -S Version)
if [ "$changelog_version" != "$version" ]; then
	echo "packaging/deb/changelog is at $changelog_version, Quire at $version: add an entry" >&2
	exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/quire-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
pkg="$work/debian/quire"
mkdir -p "$pkg/DEBIAN" "$pkg/opt" "$pkg/usr/bin" "$pkg/usr/share/applications" \
	"$pkg/usr/share/metainfo" "$pkg/usr/share/icons/hicolor/scalable/apps" \
	"$pkg/usr/share/doc/quire" "$pkg/usr/share/lintian/overrides" "$pkg/usr/share/man/man1"
cp "$here/control" "$work/debian/control"
cp "$here/changelog" "$work/debian/changelog"

cp -a "$dist/quire" "$pkg/opt/quire"
# Between top-level folders a link is absolute (Debian policy 10.5).
ln -s /opt/quire/quire "$pkg/usr/bin/quire"
ln -s /opt/quire/quire-cli "$pkg/usr/bin/quire-cli"
install -m 644 "$packaging/org.quire.Quire.desktop" "$pkg/usr/share/applications/"
install -m 644 "$packaging/org.quire.Quire.metainfo.xml" "$pkg/usr/share/metainfo/"
install -m 644 "$packaging/icons/org.quire.Quire.svg" "$pkg/usr/share/icons/hicolor/scalable/apps/"
QT_QPA_PLATFORM=offscreen "$python" "$packaging/icons/render.py" \
	"$packaging/icons/org.quire.Quire.svg" "$pkg/usr/share/icons/hicolor" 16 24 32 48 64 128 256
install -m 644 "$here/copyright" "$pkg/usr/share/doc/quire/copyright"
gzip -9n -c "$here/changelog" >"$pkg/usr/share/doc/quire/changelog.gz"
for page in quire.1 quire-cli.1; do
	gzip -9n -c "$here/$page" >"$pkg/usr/share/man/man1/$page.gz"
done
install -m 644 "$here/lintian-overrides" "$pkg/usr/share/lintian/overrides/quire"
# Plain modes: PyInstaller keeps the wheels' (some data files are executable).
find "$pkg" -type d -exec chmod 755 {} +
find "$pkg" -type f -exec chmod 644 {} +
chmod 755 "$pkg/opt/quire/quire"
find "$pkg/opt/quire" -type f -name '*.so*' -exec chmod 644 {} +

# Every ELF file (programs, libraries, Qt plugins, Python extension modules). The folder
# is the package's own, so what the build carries is found there (-l, and $ORIGIN from
# DEBIAN/); only system libraries become dependencies. Its warnings (libraries linked but
# unused, and so on) are about Qt's and the wheels' builds, not ours: silenced.
internal=opt/quire/_internal
(cd "$pkg" && find opt/quire -type f -exec sh -c \
	'for f; do if [ "$(head -c 4 "$f" | tail -c 3)" = ELF ]; then echo "debian/quire/$f"; fi; done' \
	sh {} + >"$work/elf.txt")
(cd "$work" && xargs dpkg-shlibdeps --warnings=0 -Tdebian/quire.substvars \
	-l"$pkg/$internal" -l"$pkg/$internal/PySide6/Qt/lib" -l"$pkg/$internal/pillow.libs" \
	<elf.txt)
(cd "$work" && dpkg-gencontrol -pquire -Pdebian/quire -Tdebian/quire.substvars \
	-v"$version" -fdebian/files)
dpkg-deb --root-owner-group -Zxz -z1 --build "$pkg" "$deb" >/dev/null
echo "$deb"
