"""A clone of the repository on its own runs every test: nothing reads the folder beside it.

The age conformance vectors used to be read from a folder beside the repository, so a
clone alone failed (or, worse, skipped them). They live in ``tests/fixtures/age-cctv/``
now, with their licence.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
# The shared folder next to the repository, by a relative or absolute path or through
# ``.parent``: a path out of the repository.
_OUTSIDE = re.compile(r"""\.\./shared|/work/shared|\.parents?\b[^\n]*/\s*["']shared["']""")


def test_no_code_reads_a_folder_beside_the_repository() -> None:
    offenders = [
        f"{path.relative_to(REPO)}:{number}"
        for folder in ("app", "ui", "tests", "scripts")
        for path in sorted((REPO / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _OUTSIDE.search(line) and path != Path(__file__).resolve()
    ]
    assert not offenders, offenders


def test_the_vendored_vectors_carry_their_licence() -> None:
    folder = REPO / "tests" / "fixtures" / "age-cctv"
    assert "Redistribution and use" in (folder / "LICENSE").read_text(encoding="utf-8")
    assert "C2SP/CCTV" in (folder / "SOURCE.md").read_text(encoding="utf-8")
    assert len([p for p in folder.iterdir() if p.suffix == ""]) >= 140
