"""Where the vault lives: ``--home``, else ``QUIRE_HOME``, else the platform's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

HOME_ENV = "QUIRE_HOME"


def default_home() -> Path:
    return platformdirs.user_data_path("Quire", appauthor=False, roaming=False)


def resolve_home(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The vault folder to use, in order of precedence."""
    if explicit:
        return Path(explicit).expanduser().absolute()
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser().absolute()
    return default_home()
