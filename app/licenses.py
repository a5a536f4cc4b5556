"""The licences of what Quire ships, with their full texts (the About window).

``resources/licenses/index.json`` names every component in a release (each package of
requirements/runtime.lock, Python, Qt and what is inside it, the fonts, the word lists,
the build's launcher and the system libraries PyInstaller copies in) with its SPDX licence
and the files holding its texts, which travel in the wheel and the build beside it.
A component whose text is missing is an error here, not a blank page in the window.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from app.resources import resource_dir

INDEX_NAME = "index.json"


class LicenceFileMissingError(FileNotFoundError):
    """The index names a licence text this installation does not have."""


@dataclass(frozen=True)
class Component:
    """One shipped thing: its name, SPDX licence, text files, and the packages it covers."""

    name: str
    licence: str
    files: tuple[Path, ...]
    packages: tuple[str, ...]

    def text(self) -> str:
        """Every licence text of the component, one after another."""
        parts = []
        for path in self.files:
            parts.append(f"==> {path.name} <==\n\n{path.read_text(encoding='utf-8')}")
        return "\n\n".join(parts)


def components(folder: Path | None = None) -> list[Component]:
    """Every shipped component, in the index's order; raises if a text is missing."""
    folder = folder or resource_dir("licenses")
    data = json.loads((folder / INDEX_NAME).read_text(encoding="utf-8"))
    out = []
    for entry in data["components"]:
        files = tuple((folder / name).resolve() for name in entry["files"])
        for path in files:
            if not path.is_file():
                raise LicenceFileMissingError(
                    "The licence text " + str(path) + " of " + entry["name"] + " is missing."
                )
        out.append(
            Component(entry["name"], entry["licence"], files, tuple(entry.get("packages", ())))
        )
    return out
