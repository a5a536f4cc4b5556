"""Which Quire this is: the version and the commit it was built from.

A person reporting a problem, or an organisation checking what it hands out, needs both.
The commit comes from ``build-info.json`` beside the shipped resources when a build wrote
one (the PyInstaller build: packaging/quire.spec; a wheel: setup.py), else from the
``.git`` folder of the checkout the code runs from, read as files (no ``git`` program is
run: none may be installed, and nothing outside Quire is started for a version line),
else "unknown". The file is made at build time and never committed.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from app import __version__
from app.resources import ResourcesUnreadableError, resource_root

BUILD_INFO_NAME = "build-info.json"
SHORT = 12  # hex digits shown: enough to name one commit for a long time
UNKNOWN = "unknown"
_SHA = re.compile(r"^[0-9a-f]{40}([0-9a-f]{24})?$")  # SHA-1 or SHA-256 object names
_CHECKOUT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class BuildInfo:
    """The version and the build's commit (short form, or "unknown")."""

    version: str
    commit: str

    def line(self, program: str) -> str:
        """What ``--version`` prints: ``quire 0.1.0 (commit 1a2b3c4d5e6f)``."""
        return f"{program} {self.version} (commit {self.commit})"


def build_info() -> BuildInfo:
    """This program's version and commit, however it was installed."""
    return BuildInfo(__version__, _commit_from_build_file() or commit_of_checkout(_CHECKOUT))


def _commit_from_build_file() -> str | None:
    try:
        path = resource_root() / BUILD_INFO_NAME
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, ResourcesUnreadableError):
        return None
    commit = data.get("commit") if isinstance(data, dict) else None
    return commit if isinstance(commit, str) and _is_short_sha(commit) else None


def _is_short_sha(text: str) -> bool:
    return text == UNKNOWN or bool(re.fullmatch(r"[0-9a-f]{7,64}", text))


def write_build_file(folder: Path, source: Path) -> Path:
    """Write ``build-info.json`` for a build made from the checkout at ``source``."""
    path = folder / BUILD_INFO_NAME
    info = {"version": __version__, "commit": commit_of_checkout(source)}
    path.write_text(json.dumps(info) + "\n", encoding="utf-8")
    return path


def commit_of_checkout(root: Path) -> str:
    """The short commit a git checkout at ``root`` has out, read from ``.git``; or "unknown"."""
    try:
        sha = _resolve_head(_git_dir(root))
    except (OSError, UnicodeDecodeError):
        return UNKNOWN
    return sha[:SHORT] if sha else UNKNOWN


def _git_dir(root: Path) -> Path:
    dot_git = root / ".git"
    if dot_git.is_file():  # a worktree or submodule: "gitdir: <path>"
        target = dot_git.read_text(encoding="utf-8").strip().removeprefix("gitdir:").strip()
        return (root / target).resolve()
    return dot_git


def _resolve_head(git_dir: Path) -> str | None:
    head = (git_dir / "HEAD").read_text(encoding="utf-8").strip()
    if _SHA.match(head):  # detached
        return head
    if not head.startswith("ref:"):
        return None
    ref = head.removeprefix("ref:").strip()
    common = git_dir
    if (git_dir / "commondir").is_file():  # worktrees keep branches in the main .git
        common = (git_dir / (git_dir / "commondir").read_text(encoding="utf-8").strip()).resolve()
    for base in dict.fromkeys((git_dir, common)):
        loose = base / ref
        if loose.is_file():
            sha = loose.read_text(encoding="utf-8").strip()
            return sha if _SHA.match(sha) else None
    packed = common / "packed-refs"
    if packed.is_file():
        for line in packed.read_text(encoding="utf-8").splitlines():
            sha, _, name = line.partition(" ")
            if name == ref and _SHA.match(sha):
                return sha
    return None
