"""Overwrite and delete an original file once its encrypted copy is verified.

On a plain disk this removes the bytes; SSDs (wear levelling) and copy-on-write or
journalling filesystems (btrfs, ZFS, APFS, some ext4 modes) may keep older copies that
no program can reach. docs/THREAT_MODEL.md says so plainly, and so does the CLI help.
"""

from __future__ import annotations

import os
from pathlib import Path

from app import fs

_BLOCK = 1024 * 1024


def overwrite_and_remove(path: Path) -> None:
    """Fill the file with random bytes, fsync, truncate, then unlink it."""
    path = Path(path)
    size = path.stat().st_size
    with open(path, "r+b", buffering=0) as f:
        left = size
        while left:
            n = min(left, _BLOCK)
            f.write(os.urandom(n))
            left -= n
        os.fsync(f.fileno())
        f.truncate(0)
        os.fsync(f.fileno())
    path.unlink()
    fs.fsync_dir(path.parent)
