"""The user guide (resources/guide/<language>.md), for the Help window and for tests.

Shipped with the other resources so it opens offline, in the person's language, from a
checkout, a wheel or the built package alike (app/resources.py).
"""

from __future__ import annotations

from app.resources import resource_dir
from app.settings import LANGUAGES

FALLBACK = "en"


def guide_text(language: str) -> str:
    """The guide in ``language`` (Markdown), or the English one for a language without one."""
    folder = resource_dir("guide")
    name = language if language in LANGUAGES else FALLBACK
    path = folder / f"{name}.md"
    if not path.is_file():
        path = folder / f"{FALLBACK}.md"
    return path.read_text(encoding="utf-8")
