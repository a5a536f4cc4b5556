"""Evidence files of one incident: list with thumbnails, import, paste, preview, copy out."""
