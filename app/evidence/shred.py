"""Overwrite and delete an original file once its encrypted copy is verified.

On a plain disk this removes the bytes; SSDs (wear levelling) and copy-on-write or
journalling filesystems (btrfs, ZFS, APFS, some ext4 modes) may keep older copies that
no program can reach. docs/THREAT_MODEL.md says so plainly, and so does the CLI help.
"""

from __future__ import annotations

import os
from pathlib import Path

from app import fs


def overwrite_and_remove(path: Path) -> None:
    """Fill the file with random bytes (fsynced), truncate it, then unlink it."""
    path = Path(path)
    result = fs.overwrite_in_place(path)
    if result is None:
        raise FileNotFoundError(2, "No such file", str(path))
    if not result[1]:
        raise OSError(f"{path} could not be overwritten")
    with open(path, "r+b", buffering=0) as f:
        f.truncate(0)
        os.fsync(f.fileno())
    path.unlink()
    fs.fsync_dir(path.parent)
