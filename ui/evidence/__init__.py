"""Evidence files of one incident: list with thumbnails, import, paste, preview, copy out."""

from ui.evidence import refcount_guard

refcount_guard.install()
