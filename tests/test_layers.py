"""The core's layers import downwards only: no cycles between vault, wipe and evidence.

``Vault`` is the key-and-database primitive; the wipe and the evidence store build on it;
``app.access`` (the unlock policy) sits above all three. A module-level *or* function-level
import going the other way (the old ``Vault.unlock`` reached up into the wipe and the
evidence store) fails here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"

# package -> packages (and modules) it must never import, directly or in a function
FORBIDDEN = {
    "vault": ("app.wipe", "app.evidence", "app.access", "app.cli", "app.bundle"),
    "storage": ("app.vault", "app.wipe", "app.evidence", "app.access"),
    "wipe": ("app.evidence", "app.access", "app.cli"),
    "evidence": ("app.wipe", "app.access", "app.cli"),
}


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in it (``from app import wipe`` included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layer_imports_only_downwards(package: str) -> None:
    bad = [
        f"{path.relative_to(APP.parent)} imports {mod}"
        for path in sorted((APP / package).rglob("*.py"))
        for mod in sorted(imported_modules(path))
        if any(mod == f or mod.startswith(f + ".") for f in FORBIDDEN[package])
    ]
    assert bad == []


def test_the_scan_sees_function_level_imports() -> None:
    source = "def f():\n    from app import wipe\n    from app.evidence.store import X\n"
    tree_file = Path(__file__).with_name("_layers_probe.py")
    try:
        tree_file.write_text(source, encoding="utf-8")
        mods = imported_modules(tree_file)
    finally:
        tree_file.unlink()
    assert {"app.wipe", "app.evidence.store"} <= mods
